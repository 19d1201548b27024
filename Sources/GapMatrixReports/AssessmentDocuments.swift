import GapMatrix

/// The assessment for people: a dashboard grid, per-country scorecards, per-theme league
/// tables. Each is a `Document`, written as text and as Markdown.
public enum AssessmentDocuments {
    static let legend = [
        "Colours: G green (meets the green threshold), Y yellow, O orange, R red (at or beyond the red threshold), . not rated (no data, out of the source's scope, or not applicable to the country's roles).",
        "Trends to 2030: ^ on track or maintaining, / moderately improving, - stagnating, v decreasing, blank unavailable.",
    ]

    static func f1(_ v: Double) -> String { NumberFormat.fixed(v, 1) }

    /// The index rule in words: opt-in, and only for units every theme of which can be judged.
    static func indexRule(_ a: Assessment, indicators: Int) -> String {
        guard a.spec.index else { return "No overall index or ranks: the study does not ask for them (ratings: index)" }
        var s = "An index score only for a unit with at least \(Int((a.sufficiency * 100).rounded()))% of the applicable, in-scope "
            + "indicators of every theme with a value"
        if let mm = a.spec.maxMissing {
            s += " and at most \(Int((mm * 100).rounded()))% of its \(indicators) indicators missing"
        }
        return s
    }

    /// Why a unit has no index score, for scorecards and bars.
    static func noIndex(_ u: Assessment.UnitResult) -> String {
        u.exclusion.isEmpty ? "no index score" : "no index score (\(u.exclusion))"
    }
    static func rank(_ v: Double) -> String { v.isNaN ? "-" : NumberFormat.integer(v) }

    /// Units x themes, grouped by region, one letter per colour and an arrow per trend.
    public static func dashboard(_ study: Study, _ inputs: StudyInputs, _ a: Assessment) -> Document {
        let v = AssessmentView(inputs: inputs, assessment: a)
        var d = Document()
        d.heading(1, "\(study.name): dashboard")
        d.paragraph("Reference year \(inputs.referenceYear.map(String.init) ?? "-"). "
                    + (a.spec.index ? RecipeText.indexScores(a.recipe) : RecipeText.indexScores(a.recipe).replacingOccurrences(of: "Index scores", with: "Theme scores"))
                    + "; " + indexRule(a, indicators: inputs.framework.indicators.count).lowercasedFirst + ".")
        d.preformatted(legend)
        let regions = Set(a.units.map { v.region($0.unit) }).sorted()
        for region in regions {
            let members = v.unitsByRank.filter { v.region($0) == region }
            d.heading(2, region.isEmpty ? "No region" : region)
            var rows: [[String]] = []
            for unit in members {
                let u = v.units[unit]!
                var r = [unit, String(v.name(unit).prefix(28))] + (a.spec.index ? [f1(u.indexScore), rank(u.indexRank)] : [])
                for t in a.themeCodes {
                    let c = v.themes[unit]![t]!
                    r.append(c.colour.value.letter + c.trend.value.arrow)
                }
                rows.append(r)
            }
            d.table(TextTable(header: ["Unit", "Name"] + (a.spec.index ? [inputs.framework.root, "Rank"] : []) + a.themeCodes, rows: rows,
                              numeric: a.spec.index ? [2, 3] : []))
        }
        d.heading(2, "Themes")
        d.table(TextTable(header: ["Code", "Theme"], rows: a.themeCodes.map { [$0, v.nodeName($0)] }, numeric: []))
        return d
    }

    /// One scorecard per unit: index, each theme, each indicator with value, year, colour and trend.
    public static func scorecards(_ study: Study, _ inputs: StudyInputs, _ a: Assessment) -> Document {
        let v = AssessmentView(inputs: inputs, assessment: a)
        var d = Document()
        d.heading(1, "\(study.name): country scorecards")
        d.preformatted(legend + ["Years marked * are stale (older than the study's stale limit)."])
        for unit in a.units.map(\.unit) {
            let u = v.units[unit]!
            d.heading(2, "\(v.name(unit)) (\(unit))")
            var line = "Region: \(v.region(unit).isEmpty ? "-" : v.region(unit)); income group: \(v.income(unit).isEmpty ? "-" : v.income(unit)). "
            if a.spec.index {
                line += u.included ? "Index \(f1(u.indexScore)), rank \(rank(u.indexRank)) of \(a.units.filter(\.included).count)."
                    : "No index score: \(u.exclusion)."
            }
            let roles = a.roles.units[unit]
            if a.roles.spec != nil, let roles { line += " Roles: \(roles.label) (\(roles.reason))." }
            d.paragraph(line)
            var rows: [[String]] = []
            for t in a.themeCodes {
                let c = v.themes[unit]![t]!
                rows.append([t, c.colour.value.letter + c.trend.value.arrow, f1(c.score), rank(c.rank), "",
                             NumberFormat.fixed(100 * c.coverage, 0) + "%", c.colour.reason])
                for code in inputs.framework.children(of: t).filter({ $0.kind == .indicator }).map(\.code) {
                    let x = v.cells[unit]![code]!
                    let year = x.year.map { String($0) + (x.stale ? "*" : "") } ?? "-"
                    rows.append(["  " + code, x.colour.value.letter + x.trend.value.arrow, f1(x.score), "",
                                 (x.raw.isNaN ? "-" : Bounds.fmt(x.raw)) + " (" + year + ")", "", x.colour.reason])
                }
            }
            d.table(TextTable(header: ["Theme / indicator", "Rating", "Score", "Rank", "Value (year)", "Coverage", "Why"],
                              rows: rows, numeric: [2, 3, 5]))
        }
        return d
    }

    /// Per theme (and the index), units by score with colour and trend.
    public static func leagueTables(_ study: Study, _ inputs: StudyInputs, _ a: Assessment) -> Document {
        let v = AssessmentView(inputs: inputs, assessment: a)
        var d = Document()
        d.heading(1, "\(study.name): league tables")
        d.preformatted(legend)
        let root = inputs.framework.root
        d.heading(2, "\(root): \(v.nodeName(root))")
        d.table(TextTable(header: ["Rank", "Unit", "Name", "Score"],
                          rows: v.unitsByRank.filter { v.units[$0]!.included }.map { u in
                              [rank(v.units[u]!.indexRank), u, v.name(u), f1(v.units[u]!.indexScore)]
                          }, numeric: [0, 3]))
        for t in a.themeCodes {
            d.heading(2, "\(t): \(v.nodeName(t))")
            let ranked = a.units.map(\.unit).filter { !(v.themes[$0]![t]!.rank.isNaN) }
                .sorted { (v.themes[$0]![t]!.rank, $0) < (v.themes[$1]![t]!.rank, $1) }
            d.table(TextTable(header: ["Rank", "Unit", "Name", "Score", "Rating"],
                              rows: ranked.map { u in
                                  let c = v.themes[u]![t]!
                                  return [rank(c.rank), u, v.name(u), f1(c.score), c.colour.value.letter + c.trend.value.arrow]
                              }, numeric: [0, 3]))
        }
        return d
    }
}

extension String {
    /// The sentence with its first letter in lower case, to run on after a semicolon.
    var lowercasedFirst: String { isEmpty ? self : prefix(1).lowercased() + dropFirst() }
}
