import ArgumentParser
import GapMatrix
import GapMatrixReports

struct Gaps: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Show the knowledge-gap matrix: data, policy, outcome, practice and evidence gaps by theme and country.",
        discussion: """
            Each cell is a data gap, a policy gap (from policy indicators, with no, unevaluated or evaluated \
            practice), an outcome gap, an evidence gap or no gap, by the first rule that applies (docs/METHODS.md \
            section 5).
            """
    )

    static let examples = [
        "gapmatrix gaps Datasets/gfmd-2007/study.yaml --region Africa --format text",
        "gapmatrix gaps Datasets/gfmd-2007/study.yaml --theme RT2 --format csv",
    ]

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, csv }

    @OptionGroup var study: StudyArgument

    @Option(help: "Only this theme (code or name).")
    var theme: String?

    @Option(help: "Only this region (UN region, e.g. Africa).")
    var region: String?

    @Option(help: "Output format: text, md or csv.")
    var format: Format = .text

    func run() throws {
        let (s, inputs) = try study.load()
        try StudyArgument.requireRatings(s)
        let theme = try self.theme.map { try Choices.themes(inputs.framework).resolve($0, at: .option("theme")) }
        let region = try self.region.map { try Choices.regions(inputs.units).resolve($0, at: .option("region")) }
        let results = try study.results(s, inputs, parts: [.gaps, .partnerships])
        let g = results.gaps!
        let themes = theme.map { [$0] } ?? g.themes
        switch format {
        case .csv:
            let shown = g.filtered(themes: themes) { region == nil || inputs.units.groups[ReportGroups.region]?[$0] == region }
            print(CSVWriter.withoutByteOrderMark(GapReports.csv(inputs, shown)), terminator: "")
        case .text, .md:
            let doc = GapReports.grid(s, inputs, g, themes: themes, region: region, coverage: GapReports.coverage(results))
            print(format == .md ? doc.markdown() : doc.text(), terminator: "")
        }
    }
}

struct Practices: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "practices",
        abstract: "List the documented practices of a study's registry."
    )

    static let examples = ["gapmatrix practices Datasets/gfmd-2007/study.yaml --country PHL --theme RT1"]

    @OptionGroup var study: StudyArgument

    @Option(help: "Only practices implemented by this country (ISO3 code or name).")
    var country: String?

    @Option(help: "Only practices on this theme (code or name).")
    var theme: String?

    func run() throws {
        let (s, inputs) = try study.load()
        let country = try self.country.map { try Choices.units(inputs).resolve($0, at: .option("country")) }
        let theme = try self.theme.map { try Choices.themes(inputs.framework).resolve($0, at: .option("theme")) }
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

struct Learn: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Who can a country learn from? Similar peers that do better where it has a policy or outcome gap.",
        discussion: """
            For each theme where the country has a policy or outcome gap, up to k peers that are green there with \
            sufficient coverage and share one of its roles: those linked to it by a corridor first, then those sharing \
            its region and income group, then the nearest in GDP per capita and population; each with its documented \
            practices and the reason for the match.
            """
    )

    static let examples = [
        "gapmatrix learn Datasets/gfmd-2007/study.yaml SEN --k 3",
        "gapmatrix learn Datasets/gfmd-2007/study.yaml Senegal",
    ]

    @OptionGroup var study: StudyArgument

    @Argument(help: "The country (ISO3 code or name).")
    var unit: String

    @Option(help: "Peers per theme.")
    var k: Int?

    func validate() throws {
        try Check.atLeast(1, k, option: "k")
    }

    func run() throws {
        var (s, inputs) = try study.load()
        try StudyArgument.requireRatings(s)
        let unit = try Choices.units(inputs).resolve(self.unit, at: .argument("unit"))
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
