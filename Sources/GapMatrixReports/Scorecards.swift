import GapMatrix

/// One scorecard per country: its roles and why, then each theme (colour, coverage with the four
/// states, policy and outcome colours, the reason) and each of its indicators (colour and trend,
/// the value with its unit and year, the score apart, and why the colour).
extension AssessmentDocuments {
    public static func scorecards(_ study: Study, _ inputs: StudyInputs, _ a: Assessment,
                                  rankStats: [UncertaintyAnalysis.RankStats]? = nil) -> Document {
        let v = AssessmentView(inputs: inputs, assessment: a)
        let stats = Self.rankStats(a, rankStats)
        var d = Document()
        d.heading(1, "\(study.title): country scorecards")
        d.paragraph("Countries by name. For each theme: its rating (colour and trend), coverage and the reason for its colour; "
                    + "for each indicator: rating, value with its unit and year (* stale: older than the study's stale limit), "
                    + "score 0-100 and why the colour. " + indexRule(a, indicators: inputs.framework.indicators.count) + "."
                    + (a.spec.index ? " " + rankNote(stats) : ""))
        d.preformatted(legend)
        for unit in a.units.map(\.unit).sorted(by: { (v.name($0), $0) < (v.name($1), $1) }) {
            d.heading(2, "\(v.name(unit)) (\(unit))")
            scorecard(&d, unit, v, stats)
        }
        return d
    }

    /// The country's lines and table, appended to `d` (also the body of its HTML section).
    static func scorecard(_ d: inout Document, _ unit: String, _ v: AssessmentView,
                          _ stats: [String: UncertaintyAnalysis.RankStats]) {
        let a = v.assessment
        let u = v.units[unit]!
        var line = "Region: \(v.region(unit).isEmpty ? "-" : v.region(unit)); income group: \(v.income(unit).isEmpty ? "-" : v.income(unit))."
        if let reason = v.rolesReason(unit) { line += " Roles: \(v.rolesText(unit)) (\(reason))." }
        if a.spec.index {
            line += u.included ? " Index \(f1(u.indexScore)), rank \(v.rankText(unit, stats)) of \(a.units.filter(\.included).count)."
                : " No index score: \(u.exclusion)."
        }
        d.paragraph(line)
        var rows: [[String]] = []
        for t in a.themeCodes {
            let c = v.themes[unit]![t]!
            let sides = v.sidesText(c)
            rows.append(["\(t): \(v.nodeName(t))", AssessmentView.rating(c.colour.value, c.trend.value), "coverage " + v.coverageText(c), "",
                         f1(c.score), "\(v.statesWords(c)); \(sides); \(c.colour.reason)"])
            for code in v.framework.children(of: t).filter({ $0.kind == .indicator }).map(\.code) {
                let x = v.cells[unit]![code]!
                let year = x.state == .value ? x.year.map { String($0) + (x.stale ? "*" : "") } ?? "-" : ""
                rows.append(["  " + v.indicatorName(code), x.state == .value ? AssessmentView.rating(x.colour.value, x.trend.value) : ".",
                             v.valueText(x), year, x.state == .value ? f1(x.score) : "", v.whyText(x)])
            }
        }
        d.table(TextTable(header: ["Theme / indicator", "Rating", "Value", "Year", "Score", "Why"], rows: rows, numeric: [4]))
    }
}
