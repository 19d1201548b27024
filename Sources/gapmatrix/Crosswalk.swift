import ArgumentParser
import Foundation
import GapMatrix
import GapMatrixReports

/// `gapmatrix crosswalk`: two studies on the same data, related through their shared indicators.
struct CrosswalkCommand: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "crosswalk",
        abstract: "Relate two studies' frameworks: which themes feed which, and where a country's cells disagree.",
        discussion: """
            Links each theme of the first study to the themes of the second that share an indicator with it, \
            shows the second framework's coverage by the data (themes with 0, 1, 2 or more indicators) and by its \
            practice and partnership registries, and lists each study's views (sessions, meetings). With --country, \
            the two studies' cells for that country side by side, with a verdict for each link.
            """
    )

    static let examples = [
        "gapmatrix crosswalk Datasets/gfmd-2007/study.yaml Datasets/gcm-2018/study.yaml",
        "gapmatrix crosswalk Datasets/gfmd-2007/study.yaml Datasets/gcm-2018/study.yaml --country PHL --format md",
    ]

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md }

    @Argument(help: "The first study file (YAML).")
    var first: String

    @Argument(help: "The second study file (YAML), on the same data.")
    var second: String

    @Option(help: "A unit (code or name) whose cells in the two studies are compared.")
    var country: String?

    @Option(help: "Output format: text or md.")
    var format: Format = .text

    func run() throws {
        let parts: StudyResults.Parts = country == nil ? [.practices, .partnerships] : [.gaps, .partnerships]
        let a = try side(first, parts: parts), b = try side(second, parts: parts)
        var unit: String? = nil
        if let country {
            try StudyArgument.requireRatings(a.study, for: " to compare a country's cells")
            try StudyArgument.requireRatings(b.study, for: " to compare a country's cells")
            unit = try Choices.units(b.inputs).resolve(country, at: .option("country"))
            guard a.inputs.units.codes.contains(unit!) else {
                throw GapMatrixError(.usage, file: a.study.file, found: "unit '\(unit!)', which the first study does not assess",
                                     expected: "a unit of both studies")
            }
        }
        let doc = try CrosswalkReport.document(a.side, b.side, unit: unit)
        print(format == .md ? doc.markdown() : doc.text(), terminator: "")
    }

    private func side(_ path: String, parts: StudyResults.Parts) throws -> (study: Study, inputs: StudyInputs, side: CrosswalkReport.Side) {
        let s = try Study.read(path)
        let inputs = try s.checkedInputs()
        let r = try StudyResults.load(s, inputs, parts: s.ratings == nil ? parts.subtracting([.gaps]) : parts)
        return (s, inputs, CrosswalkReport.Side(study: s, framework: inputs.framework, gaps: r.gaps, practices: r.practices,
                                                partnerships: r.partnerships, units: inputs.units))
    }
}
