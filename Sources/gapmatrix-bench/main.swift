import Foundation
import GapMatrix

// Speed of the default study's report (end to end, its recorded uncertainty run and gap
// stability), then of the ASEM pipeline (release build): full regenerations per second, and a
// 1,000-row replay of COINr's uncertainty design (its 100 rows cycled ten times).
// Run from the repository root: `make bench`.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ x: [Double]) -> Double {
    let s = x.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

do {
    // `gapmatrix-bench synthetic` runs the synthetic case alone (for profiling).
    if CommandLine.arguments.dropFirst().first == "synthetic" {
        try syntheticBenchmark()
        exit(0)
    }
    // `gapmatrix-bench uncertainty` runs the ASEM uncertainty timings alone (to compare builds).
    if CommandLine.arguments.dropFirst().first == "uncertainty" {
        try uncertaintyBenchmark()
        exit(0)
    }
    // `gapmatrix-bench agreements` times the bilateral labour agreements over all pairs of UN members (issue 16: under 1 s).
    if CommandLine.arguments.dropFirst().first == "agreements" {
        try agreementsBenchmark()
        exit(0)
    }
    // `gapmatrix-bench process` times whole gapmatrix processes: replay and make report's runs (issue 18);
    // `gapmatrix-bench process replay` the replay alone.
    if CommandLine.arguments.dropFirst().first == "process" {
        try processBenchmark(runs: CommandLine.arguments.dropFirst(2).first == "replay" ? 31 : 9,
                             replayOnly: CommandLine.arguments.dropFirst(2).first == "replay")
        exit(0)
    }
    // `gapmatrix-bench report` times the default study's report alone (issue 15: under 2 s).
    if CommandLine.arguments.dropFirst().first == "report" {
        try defaultStudyBenchmark()
        exit(0)
    }
    // `gapmatrix-bench read` reads the default study's values files ten times (for profiling the reader).
    if CommandLine.arguments.dropFirst().first == "read" {
        let s = try Study.read("Datasets/gfmd-2007/study.yaml")
        let t = try seconds { for _ in 0..<10 { _ = try s.loadInputs() } }
        print("Default study's values files read 10 times: \(Int((t * 100).rounded())) ms each")
        exit(0)
    }
    try defaultStudyBenchmark()
    try agreementsBenchmark()
    let study = try Study.read("Datasets/asem/study.yaml")
    var inputs: StudyInputs! = nil
    let load = try seconds { inputs = try study.loadInputs() }
    print("ASEM: \(inputs.raw.unitCount) units, \(inputs.framework.indicators.count) indicators; inputs read in \(String(format: "%.2f", load * 1000)) ms")

    // Full regeneration: denominate, impute, screen, treat, normalise, weight, aggregate, rank.
    for _ in 0..<50 { _ = try Regenerate.run(inputs, recipe: study.recipe) }
    var per: [Double] = []
    var count = 0
    let total = try seconds {
        while count < 2000 {
            per.append(try seconds { _ = try Regenerate.run(inputs, recipe: study.recipe) })
            count += 1
        }
    }
    print(String(format: "Full regeneration: %.0f per second; median %.3f ms, 95th percentile %.3f ms (%d runs)",
                 Double(count) / total, median(per) * 1000, per.sorted()[Int(Double(per.count) * 0.95)] * 1000, count))

    let ua = "Tests/Fixtures/asem/coinr-ua-n100"
    let base = try DesignTable.read(ua + "/sa_UA_N100_params.csv")
    let sets = try DesignTable.readWeightSets(ua + "/sa_noisy_weights.csv", framework: inputs.framework)
    var design: [DesignRow] = []
    for k in 0..<10 {
        for var row in base {
            row.id = "r_\(design.count + 1)"
            _ = k
            design.append(row)
        }
    }

    // Replay as `gapmatrix replay` runs it: shared front, cached treatment and normalisation.
    var times: [Double] = []
    for _ in 0..<5 {
        times.append(try seconds {
            var replayer = try Replayer(inputs: inputs, recipe: study.recipe, weightSets: sets)
            for row in design { _ = try replayer.scores(row) }
        })
    }
    print(String(format: "Replay of 1,000 rows (cached steps): median %.1f ms over 5 runs (%.1f µs per replication)",
                 median(times) * 1000, median(times) * 1000))

    // The same design with every replication regenerated from raw data, no reuse at all.
    let vectors = try Replayer(inputs: inputs, recipe: study.recipe, weightSets: sets).weightSets
    let full = try seconds {
        for row in design {
            _ = try Regenerate.run(inputs, recipe: study.recipe.applying(row, weightSets: vectors, framework: inputs.framework))
        }
    }
    print(String(format: "Replay of 1,000 rows (full regeneration each): %.1f ms", full * 1000))

    // Uncertainty analysis with COINr's vignette inputs (the study's uncertainty: section), N = 1,000.
    if let spec = study.uncertainty {
        var ua: [Double] = []
        for _ in 0..<5 {
            ua.append(try seconds {
                let r = try UncertaintyAnalysis.run(inputs, recipe: study.recipe, spec: spec, seed: 42, replications: 1...1000)
                _ = UncertaintyAnalysis.rankStats(r)
            })
        }
        print(String(format: "Uncertainty analysis, N = 1,000 with rank statistics: median %.1f ms over 5 runs (%.1f µs per replication; COINr: about 146 s)",
                     median(ua) * 1000, median(ua) * 1000))
    }
    if let spec = study.uncertainty {
        var sa: [Double] = []
        for _ in 0..<3 {
            sa.append(try seconds {
                _ = try SensitivityAnalysis.run(inputs, recipe: study.recipe, spec: spec, n: 1000, seed: 42, sobolPoints: true)
            })
        }
        print(String(format: "Sensitivity analysis, N = 1,000 (6,000 regenerations, 1,000 bootstrap resamples): median %.1f ms over 3 runs (%.1f µs per regeneration; COINr: about 1,115 s)",
                     median(sa) * 1000, median(sa) / 6000 * 1e6))
    }
    try syntheticBenchmark()
} catch {
    FileHandle.standardError.write(Data("gapmatrix-bench: \(error)\n".utf8))
    exit(1)
}
