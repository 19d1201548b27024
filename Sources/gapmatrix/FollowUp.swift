import ArgumentParser
import GapMatrix
import GapMatrixReports

struct FollowUpCommand: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "The follow-up report for a Forum meeting: recommendations, actions, what is overdue, research needs.",
        discussion: """
            Reads the study's recommendations: and followup: registers. Prints the report; with --out also \
            writes followup.txt, followup.md and followup.csv there.
            """
    )

    static let examples = ["gapmatrix followup Datasets/gfmd-2007/study.yaml --meeting \"Manila 2008\""]

    @OptionGroup var study: StudyArgument

    @Option(help: "The meeting the report is for, as named in the follow-up register (default: the latest).")
    var meeting: String?

    @Option(help: "Folder to write the report files into.")
    var out: String?

    func run() throws {
        let (s, inputs) = try study.load()
        let recommendations = try s.loadRecommendations(inputs)
        guard let register = try s.loadFollowUp(recommendations: recommendations) else {
            throw GapMatrixError(.usage, file: s.file, found: "a study without a followup: register",
                                 expected: "recommendations: and followup: files in the study")
        }
        let meetings = register.meetings.map(\.name)
        let choices = Choices(kind: "meeting", codes: meetings, names: [:],
                              expected: "one of the register's meetings: \(meetings.joined(separator: ", "))")
        guard let name = try meeting.map({ try choices.resolve($0, at: .option("meeting")) }) ?? meetings.last else {
            throw GapMatrixError(.badData, file: s.followUpFile, field: "meetings", found: "no meetings", expected: "the meetings in the order held")
        }
        let report = try FollowUpReport.build(meeting: name, recommendations: recommendations, register: register, inputs: inputs)
        let f = inputs.framework
        let names = Dictionary(uniqueKeysWithValues: f.nodes.map { ($0.code, $0.name) })
        let doc = FollowUpReports.document(report, indicatorNames: names, themeNames: names)
        if let out {
            try AtomicWriter.write([("followup.txt", doc.text()), ("followup.md", doc.markdown()),
                                    ("followup.csv", FollowUpReports.csv(report)),
                                    (DataPackage.fileName, FollowUpReports.codebook(s))], into: out)
        }
        print(doc.text(), terminator: "")
    }
}
