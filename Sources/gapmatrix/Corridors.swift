import ArgumentParser
import GapMatrix
import GapMatrixReports

struct CorridorsCommand: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "corridors",
        abstract: "Remittance costs by corridor against SDG 10.c (3% target, 5% ceiling).",
        discussion: """
            Without filters prints the costliest and cheapest corridors in the latest period and the share of \
            corridors above the ceiling by year; with --from or --to, every period of the matching corridors.
            """
    )

    static let examples = [
        "gapmatrix corridors Datasets/gfmd-2007/study.yaml --to PHL",
        "gapmatrix corridors Datasets/gfmd-2007/study.yaml --from \"United Arab Emirates\" --to Philippines",
    ]

    @OptionGroup var study: StudyArgument

    @Option(help: "Sending country (ISO3 code or name).")
    var from: String?

    @Option(help: "Receiving country (ISO3 code or name).")
    var to: String?

    func run() throws {
        let (s, inputs) = try study.load()
        guard let c = s.corridors else {
            throw GapMatrixError(.usage, file: s.file, found: "a study without a corridors: section", expected: "corridors: with a costs file")
        }
        // Corridors run to and from countries outside the study, so any unit of the units file is taken.
        let countries = Choices.units(inputs, everyKnown: true)
        let from = try self.from.map { try countries.resolve($0, at: .option("from")) }
        let to = try self.to.map { try countries.resolve($0, at: .option("to")) }
        let analysis = try StudyResults.Registries.load(s, inputs, parts: .corridors).corridors!
        guard from != nil || to != nil else {
            print(CorridorReports.summary(s, inputs, analysis).text(), terminator: "")
            return
        }
        let rows = analysis.rows.filter { (from == nil || $0.from == from) && (to == nil || $0.to == to) }
        var d = Document()
        d.heading(1, "Corridors" + (from.map { " from \($0)" } ?? "") + (to.map { " to \($0)" } ?? "") + ": \(rows.count) observations")
        d.table(TextTable(header: ["From", "To", "Period", "Cost %", "Gap to 3", "Above 5", "Since first", "Since \(c.spec.baselineYear)"],
                          rows: rows.map { r in
                              [r.from, r.to, r.period, NumberFormat.fixed(r.cost, 2), NumberFormat.fixed(r.gapToTarget, 2),
                               r.aboveCeiling ? "yes" : "no", NumberFormat.fixed(r.changeSinceFirst, 2),
                               r.changeSinceBaseline.map { NumberFormat.fixed($0, 2) } ?? "-"]
                          }, numeric: [3, 4, 6, 7]))
        print(d.text(), terminator: "")
    }
}

struct OpportunitiesCommand: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "opportunities",
        abstract: "Pairs where one country's policy gap meets another's strength and migrants or remittances link them."
    )

    static let examples = ["gapmatrix opportunities Datasets/gfmd-2007/study.yaml --theme RT2 --top 5"]

    @OptionGroup var study: StudyArgument

    @Option(help: "Only this theme (code or name).")
    var theme: String?

    @Option(help: "At most this many pairs per theme (at least 1).")
    var top = 20

    func validate() throws {
        try Check.atLeast(1, top, option: "top")
    }

    func run() throws {
        let (s, inputs) = try study.load()
        try StudyArgument.requireRatings(s)
        guard s.ties != nil else {
            throw GapMatrixError(.usage, file: s.file, found: "a study without a ties: section", expected: "ties: with migrant stock or remittance files")
        }
        let theme = try self.theme.map { try Choices.themes(inputs.framework).resolve($0, at: .option("theme")) }
        let r = try study.results(s, inputs, parts: .opportunities)
        let ops = r.opportunities!
            .filter { (theme == nil || $0.theme == theme) && $0.rank <= top }
        var d = Document()
        d.heading(1, "\(s.name): opportunities")
        d.table(TextTable(header: ["Theme", "#", "Gap", "Strength", "Migrants gap->strength", "Migrants strength->gap", "Remittances US$m",
                                   "Shared practices", "Existing partnerships"],
                          rows: ops.map { o in
                              [o.theme, "\(o.rank)", o.gapUnit, o.strengthUnit, NumberFormat.fixed(o.migrantsOut, 0), NumberFormat.fixed(o.migrantsIn, 0),
                               NumberFormat.fixed(o.remittancesIn + o.remittancesOut, 1), o.sharedPractices.joined(separator: " "),
                               o.sharedPartnerships.joined(separator: " ")]
                          }, numeric: [1, 4, 5, 6]))
        print(d.text(), terminator: "")
    }
}
