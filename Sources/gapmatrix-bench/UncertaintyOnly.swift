import Foundation
import GapMatrix

/// `gapmatrix-bench uncertainty`: the ASEM replay, uncertainty and sensitivity timings alone,
/// repeated more often and reported as minimum and median, to compare two builds on a shared
/// machine (where the minimum moves least with other load).
func uncertaintyBenchmark() throws {
    let study = try Study.read("Datasets/asem/study.yaml")
    let inputs = try study.loadInputs()
    guard let spec = study.uncertainty else { return }
    let ua = "Tests/Fixtures/asem/coinr-ua-n100"
    let base = try DesignTable.read(ua + "/sa_UA_N100_params.csv")
    let sets = try DesignTable.readWeightSets(ua + "/sa_noisy_weights.csv", framework: inputs.framework)
    var design: [DesignRow] = []
    for _ in 0..<10 {
        for var row in base {
            row.id = "r_\(design.count + 1)"
            design.append(row)
        }
    }
    func report(_ name: String, _ times: [Double]) {
        print(String(format: "%@: min %.1f ms, median %.1f ms over %d runs", name, times.min()! * 1000, median(times) * 1000, times.count))
    }
    report("Replay of 1,000 rows", try (0..<21).map { _ in
        try seconds {
            var replayer = try Replayer(inputs: inputs, recipe: study.recipe, weightSets: sets)
            for row in design { _ = try replayer.scores(row) }
        }
    })
    report("Uncertainty analysis, N = 1,000", try (0..<21).map { _ in
        try seconds {
            let r = try UncertaintyAnalysis.run(inputs, recipe: study.recipe, spec: spec, seed: 42, replications: 1...1000)
            _ = UncertaintyAnalysis.rankStats(r)
        }
    })
    report("Sensitivity analysis, N = 1,000", try (0..<7).map { _ in
        try seconds { _ = try SensitivityAnalysis.run(inputs, recipe: study.recipe, spec: spec, n: 1000, seed: 42, sobolPoints: true) }
    })
}
