import GapMatrix

/// The assessment for people, scoreboard first: a dashboard (per region and theme, every
/// indicator's colour, value and trend, the theme's colour and coverage, the country's roles),
/// per-country scorecards and, only when the study asks for an index, league tables whose ranks
/// carry their rank intervals. Each is a `Document`, written as text and as Markdown.
public enum AssessmentDocuments {
    /// What every letter, arrow and word of the scoreboard means, and why colour and score can
    /// disagree.
    static let legend = [
        "Colours: G green, Y yellow, O orange, R red; . not rated.",
        "  The colour compares the value with the green and red thresholds: green at or beyond green, red at or beyond",
        "  red, yellow or orange in between (on green's or red's side of the midpoint). The score (0-100) places the",
        "  value between the lower bound (0) and the optimum (100). A value can score 60 and still be red when the red",
        "  threshold sits high on the scale. A theme's colour follows its two worst indicators, not its score.",
        "Trends to 2030: ^ on track or maintaining, / moderately improving, - stagnating, v decreasing, blank unavailable.",
        "Indicator cells are in one of four states: a value (observed in the study window); missing (no value: a data",
        "  gap); out of scope (the source does not cover the country by design); not applicable (the indicator is for",
        "  a role the country does not hold). Coverage counts values among the cells that apply and are in scope.",
        "Roles: origin, destination, or both, from the study's rules on emigrant and immigrant numbers and remittances;",
        "  an indicator for one role applies only to countries holding it.",
    ]

    static func f1(_ v: Double) -> String { NumberFormat.fixed(v, 1) }

    /// The index rule in words: opt-in, and only for units every theme of which can be judged.
    static func indexRule(_ a: Assessment, indicators: Int) -> String {
        guard a.spec.index else {
            return "No overall index, ranks or league table: the study does not ask for them (ratings: index is false); "
                + "countries are compared theme by theme against published or stated thresholds"
        }
        var s = "An index score only for a unit with at least \(Int((a.sufficiency * 100).rounded()))% of the applicable, in-scope "
            + "indicators of every theme with a value"
        if let mm = a.spec.maxMissing {
            s += " and at most \(Int((mm * 100).rounded()))% of its \(indicators) indicators missing"
        }
        return s
    }

    /// How ranks are shown, when there is an index.
    static func rankNote(_ stats: [String: UncertaintyAnalysis.RankStats]) -> String {
        stats.isEmpty ? "Ranks are shown without an interval: the study records no uncertainty run."
            : "Every rank carries its rank interval, the 5th-95th percentile of the unit's rank across the recorded "
                + "uncertainty run (ua_rankstats.csv): \"12 (8-20)\"."
    }

    /// Why a unit has no index score, for scorecards and bars.
    static func noIndex(_ u: Assessment.UnitResult) -> String {
        u.exclusion.isEmpty ? "no index score" : "no index score (\(u.exclusion))"
    }
    static func rank(_ v: Double) -> String { v.isNaN ? "-" : NumberFormat.integer(v) }

    /// Rank statistics by unit (empty without an index or an uncertainty run).
    static func rankStats(_ a: Assessment, _ stats: [UncertaintyAnalysis.RankStats]?) -> [String: UncertaintyAnalysis.RankStats] {
        guard a.spec.index, let stats else { return [:] }
        return Dictionary(stats.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The scoreboard: an overview of every country (roles, each theme's colour, trend and
    /// coverage), then one section per theme with every indicator's colour, trend and value.
    public static func dashboard(_ study: Study, _ inputs: StudyInputs, _ a: Assessment,
                                 rankStats: [UncertaintyAnalysis.RankStats]? = nil) -> Document {
        let v = AssessmentView(inputs: inputs, assessment: a)
        let stats = Self.rankStats(a, rankStats)
        let root = inputs.framework.root
        var d = Document()
        d.heading(1, "\(study.title): scoreboard")
        let scores = RecipeText.indexScores(a.recipe)
        d.paragraph("Reference year \(inputs.referenceYear.map(String.init) ?? "-"). Per country and theme: the theme's colour, "
                    + "trend and coverage, then, theme by theme, each indicator's colour, trend and value with its unit "
                    + "(scorecards.md gives every value with its year, score and reason). "
                    + (a.spec.index ? scores : scores.replacingOccurrences(of: "Index scores", with: "Theme scores"))
                    + "; " + indexRule(a, indicators: inputs.framework.indicators.count).lowercasedFirst + "."
                    + (a.spec.index ? " " + rankNote(stats) : ""))
        d.preformatted(legend)

        d.heading(2, "Overview")
        d.paragraph("Each theme cell: colour, trend, then values / indicators that apply and are in scope (\"R- 4/5\"). "
                    + (a.spec.index ? "Countries by index rank within each region." : "Countries by name within each region."))
        for region in v.regions {
            d.heading(3, region.isEmpty ? "No region" : region)
            let rows = v.unitsInOrder(region: region).map { unit -> [String] in
                let u = v.units[unit]!
                return ["\(v.name(unit)) (\(unit))", v.rolesText(unit)]
                    + a.themeCodes.map { v.themeText(v.themes[unit]![$0]!) }
                    + (a.spec.index ? [u.included ? f1(u.indexScore) : "-", v.rankText(unit, stats)] : [])
            }
            d.table(TextTable(header: ["Country", "Roles"] + a.themeCodes + (a.spec.index ? [root, "Rank (5-95%)"] : []),
                              rows: rows, numeric: a.spec.index ? [a.themeCodes.count + 2, a.themeCodes.count + 3] : []))
        }

        for t in a.themeCodes { themeBoard(&d, t, v, level: 2) }
        return d
    }

    /// One theme's board: the key of its indicators (name, code, unit, type, who it applies to),
    /// then per region each country's theme rating, the four states and every indicator's cell.
    static func themeBoard(_ d: inout Document, _ t: String, _ v: AssessmentView, level: Int) {
        let codes = v.framework.children(of: t).filter { $0.kind == .indicator }.map(\.code)
        d.heading(level, "\(t): \(v.nodeName(t))")
        d.table(TextTable(header: ["#", "Indicator (code)", "Unit", "Type", "Applies to"],
                          rows: codes.enumerated().map { i, code in
                              ["\(i + 1)", v.indicatorName(code), v.unitText(code),
                               v.framework.node(code)!.type.rawValue, v.appliesTo(code)]
                          }, numeric: [0]))
        for region in v.regions {
            d.heading(level + 1, "\(t), \(region.isEmpty ? "no region" : region)")
            let rows = v.unitsInOrder(region: region).map { unit -> [String] in
                let c = v.themes[unit]![t]!
                return ["\(v.name(unit)) (\(unit))", v.themeText(c), v.statesText(c)]
                    + codes.map { v.gridText(v.cells[unit]![$0]!) }
            }
            d.table(TextTable(header: ["Country", t, "Value/missing/out of scope/n.a."] + codes.indices.map { "\($0 + 1)" },
                              rows: rows, numeric: []))
        }
    }

    /// Per theme, units by score with colour and trend; with an index, the index table first,
    /// every rank with its rank interval. Only written when the study asks for an index.
    public static func leagueTables(_ study: Study, _ inputs: StudyInputs, _ a: Assessment,
                                    rankStats: [UncertaintyAnalysis.RankStats]? = nil) -> Document {
        let v = AssessmentView(inputs: inputs, assessment: a)
        let stats = Self.rankStats(a, rankStats)
        var d = Document()
        d.heading(1, "\(study.title): league tables")
        d.paragraph(indexRule(a, indicators: inputs.framework.indicators.count) + ". " + rankNote(stats)
                    + " Themes are listed by score, without ranks: the uncertainty run ranks the index only.")
        d.preformatted(legend)
        let root = inputs.framework.root
        d.heading(2, "\(root): \(v.nodeName(root))")
        d.table(TextTable(header: ["Rank (5-95%)", "Country", "Roles", "Score"],
                          rows: v.unitsByRank.filter { v.units[$0]!.included }.map { u in
                              [v.rankText(u, stats), "\(v.name(u)) (\(u))", v.rolesText(u), f1(v.units[u]!.indexScore)]
                          }, numeric: [3]))
        for t in a.themeCodes {
            d.heading(2, "\(t): \(v.nodeName(t))")
            let scored = a.units.map(\.unit).filter { !(v.themes[$0]![t]!.score.isNaN) }
                .sorted { (-v.themes[$0]![t]!.score, $0) < (-v.themes[$1]![t]!.score, $1) }
            d.table(TextTable(header: ["Country", "Score", "Rating"],
                              rows: scored.map { u in
                                  let c = v.themes[u]![t]!
                                  return ["\(v.name(u)) (\(u))", f1(c.score), v.themeText(c)]
                              }, numeric: [1]))
        }
        return d
    }
}

extension String {
    /// The sentence with its first letter in lower case, to run on after a semicolon.
    var lowercasedFirst: String { isEmpty ? self : prefix(1).lowercased() + dropFirst() }
}
