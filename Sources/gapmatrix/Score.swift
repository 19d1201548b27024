import ArgumentParser
import Foundation
import GapMatrix
import GapMatrixReports

struct Score: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Run a study's recipe and report scores and ranks at every level.",
        discussion: """
            Without --out, prints the results table. With --out DIR, writes results.csv (wide), scores.csv \
            (long: unit x node), results.txt and the records of each step.

            --stages DIR writes every stage's data set as dset_<Stage>.csv in COINr's layout at full precision \
            (Raw, Denominated, Imputed, Screened, Treated, Normalised, Aggregated), with ranks_Aggregated.csv, \
            impute_points.csv, screen_summary.csv, treat_details.csv, treat_points_long.csv and \
            weights_effective.csv.
            """
    )

    static let examples = [
        "gapmatrix score Datasets/asem/study.yaml",
        "gapmatrix score Datasets/asem/study.yaml --out Reports/asem --stages Reports/asem/stages",
    ]

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

    @OptionGroup var study: StudyArgument

    @Option(help: "Folder for the result files.")
    var out: String?

    @Option(help: "Folder for every stage's data set in COINr's layout.")
    var stages: String?

    @Option(help: "Format of what is printed: text or csv.")
    var format: Format = .text

    func run() throws {
        let (s, inputs) = try study.load()
        let build = try study.results(s, inputs, parts: []).build
        // Everything is rendered before anything is written: a failure leaves no files.
        let text = ScoreReport.text(build, inputs: inputs, title: s.name)
        let wide = ScoreReport.wideCSV(build, inputs: inputs)
        var outFiles: [(name: String, text: String)] = []
        if out != nil {
            outFiles = [("results.csv", wide), ("scores.csv", ScoreReport.longCSV(build, inputs: inputs)),
                        ("results.txt", text)]
        }
        let stageFiles = stages == nil ? [] :
            StageFiles.render(build, framework: inputs.framework, groupColumn: s.recipe.impute.group)
        if let out { try AtomicWriter.write(outFiles, into: out) }
        if let stages { try AtomicWriter.write(stageFiles, into: stages) }
        if out == nil || format == .csv {
            print(format == .csv ? wide : text, terminator: "")
        } else {
            print("\(s.name): \(build.aggregated.unitCount) units scored; results in \(out!)"
                  + (stages.map { ", stages in \($0)" } ?? ""))
        }
    }
}
