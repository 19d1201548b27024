import ArgumentParser
import GapMatrix
import GapMatrixReports

struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the knowledge-gap matrix: data, policy, outcome, practice and evidence gaps by theme and country.",
        discussion: """
            Each cell is a data gap, a policy gap (from policy indicators, with no, unevaluated or
            evaluated practice), an outcome gap, an evidence gap or no gap, by the first rule that
            applies (METHODS.md section 5).

            Example:
              gapmatrix gaps Datasets/gfmd-2007/study.yaml --region Africa --format text
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, csv }

    @OptionGroup var study: StudyArgument

    @Option(help: "Only this theme.")
    var theme: String?

    @Option(help: "Only this region (UN region, e.g. Africa).")
    var region: String?

    @Option(help: "Output format: text, md or csv.")
    var format: Format = .text

    func run() throws {
        let (s, inputs) = try study.load()
        try StudyArgument.requireRatings(s)
        let g = try study.results(s, inputs, parts: .gaps).gaps!
        if let theme, !g.themes.contains(theme) {
            throw GapMatrixError(.usage, field: "theme", found: "unknown theme '\(theme)'", expected: "one of: \(g.themes.joined(separator: ", "))")
        }
        let regions = Set(inputs.units.groups[ReportGroups.region]?.values.map { $0 } ?? [])
        if let region, !regions.contains(region) {
            throw GapMatrixError(.usage, field: "region", found: "unknown region '\(region)'", expected: "one of: \(regions.sorted().joined(separator: ", "))")
        }
        let themes = theme.map { [$0] } ?? g.themes
        switch format {
        case .csv:
            let shown = g.filtered(themes: themes) { region == nil || inputs.units.groups[ReportGroups.region]?[$0] == region }
            print(GapReports.csv(inputs, shown), terminator: "")
        case .text, .md:
            let doc = GapReports.grid(s, inputs, g, themes: themes, region: region)
            print(format == .md ? doc.markdown() : doc.text(), terminator: "")
        }
    }
}

struct Practices: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the documented practices of a study's registry.",
        discussion: """
            Example:
              gapmatrix practices Datasets/gfmd-2007/study.yaml --country PHL --theme RT1
            """
    )

    @OptionGroup var study: StudyArgument

    @Option(help: "Only practices implemented by this country (ISO3).")
    var country: String?

    @Option(help: "Only practices on this theme.")
    var theme: String?

    func run() throws {
        let (s, inputs) = try study.load()
        if let country { try StudyArgument.requireUnit(country, inputs) }
        let practices = try StudyResults.Registries.load(s, inputs, parts: .practices).practices.filter {
            (country == nil || $0.countries.contains(country!)) && (theme == nil || $0.themes.contains(theme!))
        }
        var d = Document()
        d.heading(1, "\(s.name): \(practices.count) documented practice\(practices.count == 1 ? "" : "s")")
        for p in practices {
            d.heading(2, "\(p.id): \(p.title)")
            var facts = ["Countries: \(p.countries.joined(separator: ", "))", "Themes: \(p.themes.joined(separator: ", "))"]
            if !p.gcm.isEmpty { facts.append("GCM objectives: \(p.gcm.map(String.init).joined(separator: ", "))") }
            if !p.sdg.isEmpty { facts.append("SDG targets: \(p.sdg.joined(separator: ", "))") }
            facts.append("Years: \(p.start.map(String.init) ?? "?")-\(p.end.map(String.init) ?? "")")
            facts.append("Evaluation: \(p.evaluation.level.rawValue)" + (p.evaluation.reference.map { " (\($0))" } ?? ""))
            d.paragraph(facts.joined(separator: ". ") + ".")
            if let summary = p.summary { d.paragraph(summary) }
            if let outcomes = p.outcomes { d.paragraph("Outcomes: \(outcomes)") }
            d.paragraph("Sources: " + p.sources.joined(separator: "; "))
        }
        print(d.text(), terminator: "")
    }
}

struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who can a country learn from? Similar peers that do better where it has a policy or outcome gap.",
        discussion: """
            For each theme where the country has a policy or outcome gap, up to k peers that are green
            there with sufficient coverage and share one of its roles: those linked to it by a corridor
            first, then those sharing its region and income group, then the nearest in GDP per capita
            and population; each with its documented practices and the reason for the match.

            Example:
              gapmatrix learn Datasets/gfmd-2007/study.yaml SEN --k 3
            """
    )

    @OptionGroup var study: StudyArgument

    @Argument(help: "The country (ISO3).")
    var unit: String

    @Option(help: "Peers per theme.")
    var k: Int?

    func validate() throws {
        if let k, k < 1 { throw ValidationError("--k must be at least 1.") }
    }

    func run() throws {
        var (s, inputs) = try study.load()
        try StudyArgument.requireRatings(s)
        try StudyArgument.requireUnit(unit, inputs)
        if let k { s.gaps.k = k }
        let r = try study.results(s, inputs, parts: .learning)
        let g = r.gaps!
        let matches = r.learning!.matches.filter { $0.unit == unit }
        var d = Document()
        d.heading(1, "\(inputs.units.name(unit)) (\(unit)): peers to learn from")
        var rows: [[String]] = []
        for c in g.cells where c.unit == unit { rows.append([c.theme, c.gapClass.rawValue, c.reasons]) }
        d.table(TextTable(header: ["Theme", "Gap", "Why"], rows: rows, numeric: []))
        if matches.isEmpty { d.paragraph("No policy or outcome gap with a green peer to learn from.") }
        for m in matches {
            d.paragraph("\(m.theme) #\(m.rank): \(inputs.units.name(m.peer)) (\(m.peer)). \(m.explanation)."
                        + (m.practices.isEmpty ? "" : " Practices: \(m.practices.joined(separator: ", ")).") )
        }
        print(d.text(), terminator: "")
    }
}
