import ArgumentParser
import GapMatrix
import GapMatrixReports

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare countries side by side, theme by theme and indicator by indicator.",
        discussion: """
            Shows each country's rating, score, values and years, with the median of its peer group
            (UN region or income group). Needs a study with ratings.

            Example:
              gapmatrix compare Datasets/gfmd-2007/study.yaml PHL MEX MAR --peers region
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md }

    @OptionGroup var study: StudyArgument

    @Argument(help: "Unit codes (ISO3 for countries).")
    var units: [String]

    @Option(help: "Peer group for medians: region, income or none.")
    var peers: String = "region"

    @Option(help: "Output format: text or md.")
    var format: Format = .text

    func validate() throws {
        guard !units.isEmpty else { throw ValidationError("Give at least one unit code, e.g. PHL.") }
        guard CompareTable.Peers(rawValue: peers) != nil else {
            throw ValidationError("--peers must be region, income or none (found '\(peers)').")
        }
    }

    func run() throws {
        let (s, inputs) = try study.load()
        try StudyArgument.requireRatings(s, for: " to compare")
        for u in units { try StudyArgument.requireUnit(u, inputs) }
        let a = try study.results(s, inputs, parts: .ratings).assessment!
        let doc = CompareTable.document(s, inputs, a, units: units, peers: CompareTable.Peers(rawValue: peers)!)
        print(format == .md ? doc.markdown() : doc.text(), terminator: "")
    }
}
