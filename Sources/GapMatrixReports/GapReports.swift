import Foundation
import GapMatrix

/// The knowledge-gap matrix for rapporteurs: long CSV, a grid by region, totals, the
/// rapporteur's document, leaders and learning matches.
public enum GapReports {
    static let regionColumn = ReportGroups.region
    static let incomeColumn = ReportGroups.income

    /// What the registries behind `r`'s gap matrix cover, for the sentence every "no documented
    /// practice" statement carries; nil without a gap matrix.
    public static func coverage(_ r: StudyResults) -> RegistryCoverage? {
        guard let g = r.gaps, let a = r.assessment else { return nil }
        return RegistryCoverage.compute(practices: r.practices, partnerships: r.partnerships, themes: g.themes,
                                        units: a.units.map(\.unit), region: { r.inputs.units.groups[regionColumn]?[$0] },
                                        roles: { a.roles.roles($0) })
    }

    public static let legend = [
        "D data gap (too few indicators with data to judge)",
        "P policy gap, no documented practice",
        "U policy gap, practice documented but not evaluated",
        "E policy gap, evaluated practice",
        "O outcome gap (outcomes red or orange, no policy shortfall)",
        "V evidence gap (yellow or green, no evaluated practice on record)",
        ". no gap (yellow or green, an evaluated practice on record)",
        "Policy gaps come only from policy indicators. Indicator cells are: a value, missing (a data gap), out of the",
        "source's scope, or not applicable to the country's roles; only values and missing cells count towards coverage.",
    ]

    public static func csv(_ inputs: StudyInputs, _ g: KnowledgeGapMatrix) -> String {
        var w = CSVWriter(GapSchemas.gapMatrix(g.themes))
        for c in g.cells {
            w.row([.text(c.unit), .text(inputs.units.name(c.unit)), .text(inputs.units.groups[regionColumn]?[c.unit] ?? ""),
                   .text(inputs.units.groups[incomeColumn]?[c.unit] ?? ""), .text(c.theme), .text(c.gapClass.rawValue),
                   .value(c.coverage), .text(c.colour.rawValue), .text(c.policyColour.rawValue), .text(c.outcomeColour.rawValue)]
                  + CellState.allCases.map { .whole(c.counts[$0]) }
                  + [.whole(c.practices.count), .whole(c.evaluatedPractices), .list(c.practices), .text(c.reasons)])
        }
        return w.text
    }

    /// Indicator cells by state (value, missing, out of scope, not applicable) by a key.
    static func stateTotals(_ g: KnowledgeGapMatrix, title: String, key: (KnowledgeGapMatrix.Cell) -> String) -> TextTable {
        let keys = Set(g.cells.map(key)).sorted()
        let rows = keys.map { k -> [String] in
            let counts = g.cells.filter { key($0) == k }.reduce(StateCounts()) { $0 + $1.counts }
            return [k.isEmpty ? "-" : k] + CellState.allCases.map { "\(counts[$0])" } + ["\(counts.total)"]
        }
        return TextTable(header: [title] + CellState.allCases.map(\.rawValue) + ["indicator cells"], rows: rows,
                         numeric: Set(1...(CellState.allCases.count + 1)))
    }

    /// Counts of each gap class by a key (theme, region or income group).
    static func totals(_ g: KnowledgeGapMatrix, title: String, key: (KnowledgeGapMatrix.Cell) -> String) -> TextTable {
        let keys = Set(g.cells.map(key)).sorted()
        let classes = KnowledgeGapMatrix.GapClass.allCases
        let rows = keys.map { k -> [String] in
            let cells = g.cells.filter { key($0) == k }
            return [k.isEmpty ? "-" : k] + classes.map { c in "\(cells.filter { $0.gapClass == c }.count)" } + ["\(cells.count)"]
        }
        return TextTable(header: [title] + classes.map(\.symbol) + ["cells"], rows: rows, numeric: Set(1...(classes.count + 1)))
    }

    /// Themes x countries, grouped by region, 25 countries per block; then totals.
    public static func grid(_ study: Study, _ inputs: StudyInputs, _ g: KnowledgeGapMatrix, themes: [String]? = nil,
                            region: String? = nil, coverage: RegistryCoverage? = nil) -> Document {
        let themeList = themes ?? g.themes
        var d = Document()
        d.heading(1, "\(study.title): knowledge-gap matrix")
        d.preformatted(legend)
        if let coverage { d.paragraph(coverage.sentence) }
        let regionOf = { (u: String) in inputs.units.groups[regionColumn]?[u] ?? "" }
        let units = Array(Set(g.cells.map(\.unit))).sorted()
        let regions = Set(units.map(regionOf)).sorted().filter { region == nil || $0 == region }
        var byKey: [String: KnowledgeGapMatrix.Cell] = [:]
        for c in g.cells { byKey[c.unit + "|" + c.theme] = c }
        for r in regions {
            d.heading(2, r.isEmpty ? "No region" : r)
            let members = units.filter { regionOf($0) == r }
            var lines: [String] = []
            for start in stride(from: 0, to: members.count, by: 25) {
                let block = Array(members[start..<min(start + 25, members.count)])
                lines.append("      " + block.map { FastText.padded($0, to: 4) }.joined())
                for t in themeList {
                    lines.append(FastText.padded(t, to: 6)
                                 + block.map { FastText.padded(byKey[$0 + "|" + t]?.gapClass.symbol ?? " ", to: 4) }.joined())
                }
                lines.append("")
            }
            d.preformatted(lines.map(FastText.trimmingTrailingWhitespace).dropLast())
        }
        let shown = g.filtered(themes: themeList) { region == nil || regionOf($0) == region }
        d.heading(2, "Totals by theme")
        d.table(totals(shown, title: "Theme") { $0.theme })
        d.heading(2, "Totals by region")
        d.table(totals(shown, title: "Region") { inputs.units.groups[regionColumn]?[$0.unit] ?? "" })
        d.heading(2, "Totals by income group")
        d.table(totals(shown, title: "Income group") { inputs.units.groups[incomeColumn]?[$0.unit] ?? "" })
        d.heading(2, "Indicator cells by state and theme")
        d.table(stateTotals(shown, title: "Theme") { $0.theme })
        return d
    }

    public static func leadersCSV(_ inputs: StudyInputs, _ leaders: [PeerLearning.Leader], themes: [String]) -> String {
        var w = CSVWriter(GapSchemas.leaders(themes))
        for l in leaders {
            w.row([.text(l.theme), .whole(l.rank), .text(l.unit), .text(inputs.units.name(l.unit)), .value(l.score), .list(l.practices)])
        }
        return w.text
    }

    public static func matchesCSV(_ inputs: StudyInputs, _ matches: [PeerLearning.Match], themes: [String]) -> String {
        var w = CSVWriter(GapSchemas.matches(themes))
        for m in matches {
            w.row([.text(m.unit), .text(inputs.units.name(m.unit)), .text(m.theme), .whole(m.rank), .text(m.peer),
                   .text(inputs.units.name(m.peer)), .value(m.unitScore), .value(m.peerScore), .list(m.shared), .value(m.distance),
                   .text(m.tie), .list(m.practices), .text(m.explanation)])
        }
        return w.text
    }

    public static func practicesCSV(_ practices: [Practice], themes: [String]) -> String {
        var w = CSVWriter(GapSchemas.practices(themes))
        for p in practices {
            w.row([.text(p.id), .text(p.title), .text(p.origin.rawValue), .list(p.countries), .list(p.themes), .list(p.gcm.map(String.init)), .list(p.sdg),
                   .whole(p.start), .whole(p.end), .text(p.evaluation.level.rawValue), .whole(p.evaluation.year),
                   .text(p.evaluation.reference ?? ""), .whole(p.sources.count)] + detailCells(p.details))
        }
        return w.text
    }

    /// The practice-form fields of practices.csv, in the schema's order.
    static func detailCells(_ d: PracticeDetails) -> [CSVWriter.Cell] {
        [.text(d.status?.rawValue ?? ""), .text(d.endDate ?? ""), .text(d.lastVerified ?? ""), .list(d.funders),
         .value(d.budget?.amount ?? .nan), .text(d.budget?.currency ?? ""), .text(d.budget?.period ?? ""), .text(d.targetGroup ?? ""),
         .list(d.figures.map { NumberFormat.shortest($0.value) ?? "" }), .list(d.figures.map(\.date)), .list(d.figures.map(\.what)),
         .text(d.lessons ?? ""), .text(d.challenges ?? "")]
    }

    /// One row per reference: references are free text and may hold the list separator.
    public static func practiceSourcesCSV(_ practices: [Practice]) -> String {
        var w = CSVWriter(GapSchemas.practiceSources)
        for p in practices {
            for (i, s) in p.sources.enumerated() {
                let url = i < p.details.sourceURLs.count ? p.details.sourceURLs[i] : nil
                w.row([.text(p.id), .whole(i + 1), .text(s), .text(url ?? "")])
            }
        }
        return w.text
    }
}
