import ArgumentParser
import GapMatrix
import GapMatrixReports

struct Validate: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a study and its inputs, run its recipe, and say what was found.",
        discussion: """
            Prints units, indicators, levels, missing values and what each step did, or the problems with \
            their file, line and field (exit 65 bad data, 66 missing input): every bad row or cell of a data \
            file, up to 20, so they can be fixed in one go. Input files must be UTF-8. After the summary, a "warning:" line for each flagged coherence check \
            of a theme (weak or negative correlations, redundant indicators, main effect against weight, ties, \
            fewer than 3 indicators, yes/no items only); warnings leave the exit code 0.
            """
    )

    static let examples = ["gapmatrix validate Datasets/asem/study.yaml"]

    @OptionGroup var study: StudyArgument

    func run() throws {
        let (s, inputs) = try study.load()
        let build = try study.results(s, inputs, parts: []).build
        print(ValidationReport.text(study: s, inputs: inputs, build: build), terminator: "")
    }
}
