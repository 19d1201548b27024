import ArgumentParser
import Foundation
import GapMatrix
import GapMatrixReports

struct Uncertainty: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "uncertainty",
        abstract: "Uncertainty analysis: regenerate the study N times with its uncertain inputs drawn at random.",
        discussion: """
            The study's uncertainty: section names the uncertain inputs (\(UncertaintySpec.parameters.joined(separator: ", "))). Writes \
            ua_scores.csv (target score per unit and replication), ua_params.csv and ua_weights.csv (the \
            design, replayable with `gapmatrix replay`), ua_rankstats.csv (nominal rank, mean, median, 5th and \
            95th percentile rank) and ua_summary.txt. The same seed gives the same files.

            --shard i/n runs the i-th of n slices of the replications and writes only its \
            ua_*.shard-i-of-n.csv files; `gapmatrix merge` joins the shards into exactly the files of the \
            unsharded run. Run shards as a job array under a scheduler, for example with Slurm (sbatch \
            --array=1-8 with --shard $SLURM_ARRAY_TASK_ID/8) or a Kubernetes Indexed Job (--shard \
            $((JOB_COMPLETION_INDEX+1))/8), each writing to shared storage.
            """
    )

    static let examples = [
        "gapmatrix uncertainty Datasets/asem/study.yaml --n 1000 --seed 42 --out ua",
        "gapmatrix uncertainty Datasets/asem/study.yaml --n 1000 --seed 42 --shard 1/2 --out ua-1",
        "gapmatrix uncertainty Datasets/asem/study.yaml --n 1000 --seed 42 --shard 2/2 --out ua-2",
    ]

    @OptionGroup var study: StudyArgument

    @Option(help: "Number of replications (at least 2).")
    var n: Int

    @Option(help: "Random seed.")
    var seed: UInt64

    @Option(help: "Run slice i of n, e.g. 2/8.")
    var shard: String?

    @Option(help: "Output folder.")
    var out: String

    func validate() throws {
        try Check.atLeast(2, n, option: "n")
        if let shard {
            let parts = shard.split(separator: "/").map { Int($0) }
            guard parts.count == 2, let i = parts[0], let k = parts[1], k >= 1, (1...k).contains(i), k <= n else {
                throw ValidationError("option '--shard' must be i/n with 1 <= i <= n <= --n (found '\(shard)').")
            }
        }
    }

    func run() throws {
        let (s, inputs) = try study.load()
        let spec = try StudyArgument.uncertainty(of: s)
        var range = 1...n
        var shardIndex: (Int, Int)? = nil
        if let shard {
            let p = shard.split(separator: "/").map { Int($0)! }
            // Contiguous slices whose sizes differ by at most one.
            let lo = (p[0] - 1) * n / p[1] + 1, hi = p[0] * n / p[1]
            range = lo...hi
            shardIndex = (p[0], p[1])
        }
        let started = Date()
        let progress = Progress("replications", total: range.count)
        let result = try UncertaintyAnalysis.run(inputs, recipe: s.recipe, spec: spec, seed: seed, replications: range,
                                                 progress: progress.update)
        progress.finish()
        let files = shardIndex.map { UncertaintyFiles.shard(inputs, result, index: $0.0, of: $0.1) }
            ?? UncertaintyFiles.full(s, inputs, result, seed: seed)
        try AtomicWriter.write(files, into: out)
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data(String(format: "%d replications in %.3f s\n", range.count, seconds).utf8))
        print("\(s.name): replications \(range.lowerBound)-\(range.upperBound) of \(n) written to \(out)")
    }
}

struct Merge: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the shards of an uncertainty run into the files of the whole run.",
        discussion: """
            Checks that the shards come from one run (same units, nominal scores and weight sets) and cover \
            every replication exactly once, then writes what the unsharded run writes.
            """
    )

    static let examples = ["gapmatrix merge Datasets/asem/study.yaml --seed 42 --out ua ua-1 ua-2"]

    @OptionGroup var study: StudyArgument

    @Option(help: "The seed the shards were run with (recorded in the summary).")
    var seed: UInt64

    @Option(help: "Output folder.")
    var out: String

    @Argument(help: "Folders holding shard files.")
    var shards: [String]

    func run() throws {
        let (s, inputs) = try study.load()
        let parts = try UncertaintyFiles.readShards(shards, framework: inputs.framework)
        let merged = try UncertaintyAnalysis.merge(parts)
        try AtomicWriter.write(UncertaintyFiles.full(s, inputs, merged, seed: seed), into: out)
        print("\(parts.count) shards, \(merged.rows.count) replications merged into \(out)")
    }
}

struct Sensitivity: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Sensitivity analysis: first-order and total Sobol indices of the ranking's variation.",
        discussion: """
            Runs N (d + 2) regenerations over the study's uncertain inputs (d of them), with output the mean \
            absolute rank change against the nominal ranking, and estimates each input's first-order and \
            total index with 5-95% bootstrap intervals (COINr's estimators). --sobol-points uses GSL's Sobol \
            sequence instead of uniform random points (at most 20 inputs). Writes sa_indices.csv, \
            sa_outputs.csv and sa_summary.txt.
            """
    )

    static let examples = ["gapmatrix sensitivity Datasets/asem/study.yaml --n 1000 --seed 42 --sobol-points --out sa"]

    @OptionGroup var study: StudyArgument

    @Option(help: "Rows of the A and B matrices (at least 2).")
    var n: Int

    @Option(help: "Random seed.")
    var seed: UInt64

    @Flag(help: "Use Sobol quasi-random points.")
    var sobolPoints = false

    @Option(help: "Bootstrap resamples for the intervals.")
    var bootstrap = 1000

    @Option(help: "Output folder.")
    var out: String

    func validate() throws {
        try Check.atLeast(2, n, option: "n")
        try Check.atLeast(1, bootstrap, option: "bootstrap")
    }

    func run() throws {
        let (s, inputs) = try study.load()
        let spec = try StudyArgument.uncertainty(of: s)
        let started = Date()
        let progress = Progress("regenerations", total: n * (spec.parameterCount + 2))
        let r = try SensitivityAnalysis.run(inputs, recipe: s.recipe, spec: spec, n: n, seed: seed, sobolPoints: sobolPoints,
                                            bootstrap: bootstrap, progress: progress.update)
        progress.finish()
        try AtomicWriter.write(SensitivityFiles.render(s, r, seed: seed, sobolPoints: sobolPoints), into: out)
        FileHandle.standardError.write(Data(String(format: "%d regenerations in %.3f s\n", r.runs, Date().timeIntervalSince(started)).utf8))
        print("\(s.name): sensitivity indices of \(r.parameters.count) inputs written to \(out)")
    }
}

extension StudyArgument {
    /// The study's uncertain inputs, or a usage error naming the missing section.
    static func uncertainty(of s: Study) throws -> UncertaintySpec {
        guard let spec = s.uncertainty else {
            throw GapMatrixError(.usage, file: s.file, found: "a study without an uncertainty: section",
                                 expected: "uncertainty: with the uncertain inputs (see gapmatrix uncertainty --help)")
        }
        return spec
    }
}
