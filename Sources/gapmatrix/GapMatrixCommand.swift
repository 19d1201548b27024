import ArgumentParser
import Foundation
import GapMatrix

@main
struct GapMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gapmatrix",
        abstract: "Composite indicators, knowledge-gap matrices and partnerships for migration and development.",
        discussion: """
            Exit codes: 0 ok, 64 usage, 65 bad data, 66 missing input, 73 cannot write.

            Example:
              gapmatrix score Datasets/asem/study.yaml --out Reports/asem
            """,
        subcommands: [Score.self, Report.self, Compare.self, Replay.self, Validate.self, Import.self]
    )

    /// One place turns every error into a message and an exit code: ours carry their own
    /// code; the argument parser's keep theirs (64 for usage errors).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as GapMatrixError {
            FileHandle.standardError.write(Data("gapmatrix: error: \(error)\n".utf8))
            Foundation.exit(error.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}

/// Options every study command shares.
struct StudyArgument: ParsableArguments {
    @Argument(help: "The study file (YAML).")
    var study: String

    /// Reads the study and its inputs and checks the recipe against them.
    func load() throws -> (Study, StudyInputs) {
        let s = try Study.read(study)
        let inputs = try s.loadInputs()
        try s.check(inputs)
        return (s, inputs)
    }
}
