import GapMatrix

extension GapReports {
    /// The rapporteur's document: a summary (the counts of every gap class), a section per theme
    /// (its counts, the indicators missing most, its practices), then an annex with the lists
    /// behind the counts, country by country: the information gap, policy gaps without practice,
    /// outcome gaps, and practices without evaluation.
    public static func knowledgeGaps(_ study: Study, _ inputs: StudyInputs, _ g: KnowledgeGapMatrix, practices: [Practice],
                                     stability: GapStability? = nil, coverage: RegistryCoverage? = nil) -> Document {
        var d = Document()
        d.heading(1, "\(study.title): knowledge gaps")
        summary(&d, study, inputs, g, practices: practices, stability: stability, coverage: coverage)
        d.heading(2, "Themes")
        for t in g.themes { themeSection(&d, t, inputs, g, practices: practices, stability: stability) }
        annex(&d, inputs, g, practices: practices, coverage: coverage)
        return d
    }

    static func summary(_ d: inout Document, _ study: Study, _ inputs: StudyInputs, _ g: KnowledgeGapMatrix, practices: [Practice],
                        stability: GapStability?, coverage: RegistryCoverage?) {
        let count = { (c: KnowledgeGapMatrix.GapClass) in g.cells.filter { $0.gapClass == c }.count }
        d.heading(2, "Summary")
        d.paragraph("The first GFMD meeting (Brussels, 2007) asked for a matrix of knowledge gaps. This document lists, for "
                    + "\(Set(g.cells.map(\.unit)).count) units and \(g.themes.count) themes (\(g.cells.count) cells): where data are too "
                    + "thin to judge (the information gap), where a policy gap has no documented practice, and where practices "
                    + "lack evaluation. A cell is a data gap when fewer than \(Int((g.spec.sufficiency * 100).rounded()))% of its theme's "
                    + "indicators that apply to the country's roles and lie in their source's scope have a value in the study window"
                    + (study.recipe.impute.method == .none && study.recipe.impute.panel == .none ? "" : " (imputed values do not count)")
                    + ". The summary and the theme sections give the counts; the annex lists the countries behind them.")
        d.table(TextTable(header: ["Symbol", "Gap class", "Cells"] + g.themes,
                          rows: KnowledgeGapMatrix.GapClass.allCases.map { c in
                              [c.symbol, c.rawValue, "\(count(c))"] + g.themes.map { t in "\(g.cells.filter { $0.theme == t && $0.gapClass == c }.count)" }
                          }, numeric: Set(2..<(3 + g.themes.count))))
        d.preformatted(legend)
        d.paragraph("A policy gap comes only from policy indicators (red or orange); red or orange outcomes with no policy shortfall "
                    + "are outcome gaps (O). A cell out of its source's scope or not applicable to the country's roles is neither a "
                    + "value nor a data gap: it leaves coverage unchanged. Indicator cells by state: \(g.counts.text).")
        if let stability { d.paragraph(GapStabilityReports.sentence(study, stability)) }
        d.paragraph("Adding evidence never makes a cell's class worse: a documented practice moves a policy gap from P to U, an "
                    + "evaluation from U to E, and an evaluated practice turns an evidence gap (V: yellow or green with no evaluated "
                    + "practice on record, whether none is documented or none is evaluated) into no gap.")
        if let coverage { d.paragraph(coverage.sentence) }
        let unevaluated = practices.filter { !$0.isEvaluated }.count
        d.paragraph("\(unevaluated) of \(practices.count) documented practices have no independent or impact evaluation on record.")
    }

    /// One theme: its gap classes, the indicators missing in most cells, its practices.
    static func themeSection(_ d: inout Document, _ t: String, _ inputs: StudyInputs, _ g: KnowledgeGapMatrix, practices: [Practice],
                             stability: GapStability?) {
        let cells = g.cells.filter { $0.theme == t }
        d.heading(3, "\(t): \(inputs.framework.node(t)?.name ?? t)")
        let classes = KnowledgeGapMatrix.GapClass.allCases.map { c in (c, cells.filter { $0.gapClass == c }.count) }.filter { $0.1 > 0 }
        d.paragraph("\(cells.count) cells: " + classes.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: "; ") + ".")
        var missing: [String: Int] = [:]
        for c in cells { for s in c.statuses where s.status == .missing { missing[s.indicator, default: 0] += 1 } }
        let most = missing.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3)
        d.paragraph(most.isEmpty ? "No indicator of the theme is missing where it applies and is in scope."
                    : "Indicators missing most often: " + most.map {
                        "\(inputs.framework.node($0.key)?.name ?? $0.key) (\($0.key)), \($0.value) units"
                    }.joined(separator: "; ") + ".")
        let here = practices.filter { $0.themes.contains(t) }
        d.paragraph("\(here.count) documented practice\(here.count == 1 ? "" : "s") on the theme, \(here.filter(\.isEvaluated).count) evaluated; "
                    + "\(cells.filter { $0.gapClass.isPolicyGap }.count) policy gaps, of which \(cells.filter { $0.gapClass == .policyNoPractice }.count) "
                    + "without any documented practice.")
        if let s = stability?.unstableByTheme.first(where: { $0.theme == t }) {
            d.paragraph("\(s.unstable) of \(s.cells) cells change class in more than \(Int((GapStability.unstableAbove * 100).rounded()))% of the recorded run's replications (gap_stability.csv).")
        }
    }

    /// The lists behind the counts, theme by theme.
    static func annex(_ d: inout Document, _ inputs: StudyInputs, _ g: KnowledgeGapMatrix, practices: [Practice],
                      coverage: RegistryCoverage?) {
        let name = { (u: String) in "\(inputs.units.name(u)) (\(u))" }
        d.heading(2, "Annex: the countries behind the counts")
        func listByTheme(_ heading: String, _ gapClass: KnowledgeGapMatrix.GapClass, named: Bool) {
            d.heading(3, heading)
            // "No documented practice" speaks of the registries: say what they cover.
            if gapClass == .policyNoPractice, let coverage { d.paragraph(coverage.sentence) }
            for t in g.themes {
                let cells = g.cells.filter { $0.theme == t && $0.gapClass == gapClass }
                let title = named ? "\(t): \(inputs.framework.node(t)?.name ?? t)" : t
                d.heading(4, "\(title) (\(cells.count) units)")
                if !cells.isEmpty {
                    d.table(TextTable(header: ["Unit", "Why"], rows: cells.map { [name($0.unit), $0.reasons] }, numeric: []))
                }
            }
        }
        listByTheme("Where data are missing (the information gap)", .dataGap, named: true)
        listByTheme("Policy gaps without any documented practice", .policyNoPractice, named: false)
        listByTheme("Outcome gaps (outcomes red or orange, no policy shortfall)", .outcomeGap, named: false)
        d.heading(3, "Practices without an evaluation")
        let unevaluated = practices.filter { !$0.isEvaluated }
        d.paragraph("\(unevaluated.count) of \(practices.count) documented practices have no independent or impact evaluation on record "
                    + "(monitoring alone does not count; an unknown evaluation is an evidence gap).")
        if !unevaluated.isEmpty {
            d.table(TextTable(header: ["Practice", "Title", "Countries", "Themes", "Evaluation"],
                              rows: unevaluated.map { [$0.id, $0.title, $0.countries.joined(separator: " "), $0.themes.joined(separator: " "),
                                                       $0.evaluation.level.rawValue] }, numeric: []))
        }
        let cells = g.cells.filter { $0.gapClass == .policyUnevaluated || $0.gapClass == .evidenceGap }
        d.paragraph("Cells whose practices lack evaluation: \(cells.count).")
        if !cells.isEmpty {
            d.table(TextTable(header: ["Unit", "Theme", "Gap class", "Practices"],
                              rows: cells.map { [name($0.unit), $0.theme, $0.gapClass.rawValue, $0.practices.joined(separator: " ")] }, numeric: []))
        }
    }
}
