import ArgumentParser
import Foundation
import GapMatrix

@main
struct GapMatrixCommand: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "gapmatrix",
        abstract: "Composite indicators, knowledge-gap matrices and partnerships for migration and development.",
        discussion: "Exit codes: 0 ok, 64 usage, 65 bad data, 66 missing input, 73 cannot write.",
        version: GapMatrixVersion.current,
        subcommands: [Score.self, Report.self, Compare.self, Gaps.self, Practices.self, Learn.self, Replay.self, Uncertainty.self, Sensitivity.self, Merge.self, AuditCommand.self, CorridorsCommand.self, OpportunitiesCommand.self, PartnershipsCommand.self, FollowUpCommand.self, DiffCommand.self, CrosswalkCommand.self, Validate.self, Import.self]
    )

    static let examples = [
        "gapmatrix report Datasets/gfmd-2007/study.yaml --out Reports/gfmd-2007",
        "gapmatrix score Datasets/asem/study.yaml --out Reports/asem",
    ]

    /// One place turns every error into a message and an exit code: ours carry their own
    /// code; the argument parser's keep theirs (64 for usage errors).
    static func main() {
        var listEveryProblem = false
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            // Misspelt subcommands and requests for help are answered before the parser runs.
            let path = try CommandPath.read(arguments, root: self)
            if path.helpRequested {
                print(path.help(root: self), terminator: "")
                return
            }
            var command = try parseAsRoot(arguments)
            // validate is run to find what to fix, so it lists every problem found, not the first.
            listEveryProblem = command is Validate
            try command.run()
        } catch let error as GapMatrixError {
            FileHandle.standardError.write(Data(message(error, listEveryProblem: listEveryProblem).utf8))
            Foundation.exit(error.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}

extension GapMatrixCommand {
    /// A line per problem; past the first, only a count unless `listEveryProblem`.
    static func message(_ e: GapMatrixError, listEveryProblem: Bool) -> String {
        var text = "gapmatrix: error: \(e)\n"
        guard e.moreCount > 0 else { return text }
        if listEveryProblem {
            text += e.more.map { "gapmatrix: error: \($0)\n" }.joined()
            if e.moreCount > e.more.count { text += "gapmatrix: \(e.moreCount - e.more.count) more problems not listed\n" }
        } else {
            text += "gapmatrix: \(e.moreCount) more problem\(e.moreCount == 1 ? "" : "s") in \(e.file ?? "this input"); "
                + "`gapmatrix validate` lists them\n"
        }
        return text
    }
}

/// Options every study command shares.
struct StudyArgument: ParsableArguments {
    @Argument(help: "The study file (YAML).")
    var study: String

    /// The study's results with `parts`, computed by the core once.
    func results(_ s: Study, _ inputs: StudyInputs, parts: StudyResults.Parts) throws -> StudyResults {
        try StudyResults.load(s, inputs, parts: parts)
    }

    /// Fails with a usage error unless the study has ratings, which `purpose` needs.
    static func requireRatings(_ s: Study, for purpose: String = "") throws {
        guard s.ratings != nil else {
            throw GapMatrixError(.usage, file: s.file, found: "a study without a ratings: section",
                                 expected: "a study with ratings (thresholds in its framework)" + purpose)
        }
    }

    /// Reads the study and its inputs and checks the recipe against them.
    func load() throws -> (Study, StudyInputs) {
        let s = try Study.read(study)
        return (s, try s.checkedInputs())
    }
}
