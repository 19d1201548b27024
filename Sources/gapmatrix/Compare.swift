import ArgumentParser
import Foundation
import GapMatrix
import GapMatrixReports

struct Compare: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare countries side by side, theme by theme and indicator by indicator.",
        discussion: """
            Shows each country's rating, score, values and years, with the median of its peer group (UN region \
            or income group). Needs a study with ratings. A country given twice is shown once.
            """
    )

    static let examples = [
        "gapmatrix compare Datasets/gfmd-2007/study.yaml PHL MEX MAR --peers region",
        "gapmatrix compare Datasets/gfmd-2007/study.yaml Philippines Mexico --peers income",
    ]

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md }

    @OptionGroup var study: StudyArgument

    @Argument(help: "Units: codes (ISO3 for countries) or names.")
    var units: [String]

    @Option(help: "Peer group for medians: region, income or none.")
    var peers: String = "region"

    @Option(help: "Output format: text or md.")
    var format: Format = .text

    func validate() throws {
        guard !units.isEmpty else { throw ValidationError("Give at least one unit code or name, e.g. PHL.") }
        guard CompareTable.Peers(rawValue: peers) != nil else {
            throw ValidationError("option '--peers' must be region, income or none (found '\(peers)').")
        }
    }

    func run() throws {
        let (s, inputs) = try study.load()
        try StudyArgument.requireRatings(s, for: " to compare")
        let choices = Choices.units(inputs)
        let codes = try units.map { try choices.resolve($0, at: .argument("units")) }
        // A unit named twice (PHL PHL, or PHL Philippines) gets one column, where it first appears.
        var units: [String] = []
        for c in codes where !units.contains(c) { units.append(c) }
        if units.count < codes.count {
            let twice = units.filter { c in codes.filter { $0 == c }.count > 1 }
            FileHandle.standardError.write(Data("gapmatrix: note: \(twice.joined(separator: ", ")) given more than once; shown once\n".utf8))
        }
        let a = try study.results(s, inputs, parts: .ratings).assessment!
        let doc = CompareTable.document(s, inputs, a, units: units, peers: CompareTable.Peers(rawValue: peers)!)
        print(format == .md ? doc.markdown() : doc.text(), terminator: "")
    }
}
