import ArgumentParser
import GapMatrix
import GapMatrixReports

struct PartnershipsCommand: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "partnerships",
        abstract: "Partnership scorecards, and the imported bilateral labour agreements by agreement, country or corridor.",
        discussion: """
            --view registry (default) prints the hand-coded registry's scorecards; agreements, countries and corridors \
            show the agreements of the study's agreements: section, the country roll-up by period signed and the corridor \
            partnership-gap matrix. Filters: --country, --pair, --period, --type, --area (with --area-status).
            """
    )

    static let examples = [
        "gapmatrix partnerships Datasets/gfmd-2007/study.yaml --country MAR",
        "gapmatrix partnerships Datasets/gfmd-2007/study.yaml --view agreements --country Philippines --period 2000-2009",
        "gapmatrix partnerships Datasets/gfmd-2007/study.yaml --view corridors --country IND --area savings_and_remittances --area-status \"not mentioned\"",
        "gapmatrix partnerships Datasets/gfmd-2007/study.yaml --view agreements --pair ESP MAR --type \"labour agreement\"",
        "gapmatrix partnerships Datasets/gfmd-2007/study.yaml --view countries --country DEU",
    ]

    enum View: String, ExpressibleByArgument, CaseIterable { case registry, agreements, countries, corridors }

    @OptionGroup var study: StudyArgument

    @Option(help: "registry, agreements, countries or corridors.")
    var view: View = .registry

    @Option(help: "Only partnerships, agreements or corridors with this party (ISO3 code or name).")
    var country: String?

    @Option(parsing: .upToNextOption, help: "Only agreements or the corridor between these two countries (two codes or names).")
    var pair: [String] = []

    @Option(help: "Only agreements signed in this period: \(AgreementScores.periods.joined(separator: ", ")).")
    var period: String?

    @Option(help: "Only agreements of this type: \(Agreement.Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var type: String?

    @Option(help: "Only agreements or corridors with --area-status on this area of the UN Network's guidance.")
    var area: String?

    @Option(help: "With --area: mentioned (default), \"not mentioned\" or \"not coded\".")
    var areaStatus: String = "mentioned"

    func validate() throws {
        if !pair.isEmpty && pair.count != 2 { throw Place.option("pair").error("\(pair.count) values", expected: "two countries") }
    }

    func run() throws {
        let (s, inputs) = try study.load()
        try StudyArgument.requireRatings(s)
        // Partners may lie outside the study: any unit of the units file is taken.
        let units = Choices.units(inputs, everyKnown: true)
        let country = try self.country.map { try units.resolve($0, at: .option("country")) }
        // Scores read the gap matrix (with the study's practices) and the ties.
        let r = try study.results(s, inputs, parts: [.partnerships, .gaps])
        guard view != .registry else {
            let shown = zip(r.partnerships, r.partnershipScores).filter { p, _ in
                country.map { c in p.parties.contains { $0.country == c } } ?? true
            }
            print(PartnershipReports.scorecards(s, inputs, shown.map(\.0), shown.map(\.1)).text(), terminator: "")
            return
        }
        guard let ag = r.agreements else {
            throw GapMatrixError(.usage, file: s.file, found: "a study without an agreements: section", expected: "agreements: with the agreement files (README)")
        }
        var f = PartnershipGapReports.Filter()
        f.country = country
        if pair.count == 2 { f.pair = (try units.resolve(pair[0], at: .option("pair")), try units.resolve(pair[1], at: .option("pair"))) }
        f.period = try period.map { try Self.fixed("period", AgreementScores.periods + ["all years"]).resolve($0, at: .option("period")) }
        f.type = try type.map { Agreement.Kind(rawValue: try Self.fixed("type", Agreement.Kind.allCases.map(\.rawValue)).resolve($0, at: .option("type")))! }
        f.area = try area.map { try Self.fixed("area", Partnership.areas).resolve($0, at: .option("area")) }
        f.areaStatus = Agreement.AreaStatus(rawValue: try Self.fixed("status", Agreement.AreaStatus.allCases.map(\.rawValue))
            .resolve(areaStatus, at: .option("area-status")))!
        let d: Document = switch view {
        case .agreements: PartnershipGapReports.agreements(inputs, ag, f)
        case .countries: PartnershipGapReports.countries(inputs, ag, f)
        case .corridors, .registry: PartnershipGapReports.corridors(inputs, ag, f)
        }
        print(d.text(), terminator: "")
    }

    /// A closed list of words, checked like units and themes (any case, "did you mean").
    static func fixed(_ kind: String, _ codes: [String]) -> Choices {
        Choices(kind: kind, codes: codes, names: [:], expected: "one of: " + codes.joined(separator: ", "))
    }
}
