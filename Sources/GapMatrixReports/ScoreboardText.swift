import Foundation
import GapMatrix

/// How the scoreboard documents and the HTML page say a cell, a theme, a country's roles and a
/// rank: one wording for every place a person reads them.
extension AssessmentView {
    /// The indicator's name without the unit it may carry, then its code: "Tertiary school
    /// enrolment (SE.TER.ENRR)".
    func indicatorName(_ code: String) -> String {
        guard let n = framework.node(code) else { return code }
        return "\(ValueText.label(n.name, unit: n.unit)) (\(code))"
    }

    /// The indicator's unit as a header prints it ("% gross", "category 1-4"), or "-".
    func unitText(_ code: String) -> String {
        framework.node(code)?.unit.flatMap { $0.isEmpty ? nil : $0 } ?? "-"
    }

    /// Who an indicator applies to, in words.
    func appliesTo(_ code: String) -> String {
        guard let role = framework.node(code)?.role else { return "every country" }
        return role == .both ? "every country" : "\(role.rawValue)s"
    }

    /// A cell as a reader says it: the value with its unit ("10.85% gross", "category 3 of 1-4",
    /// "yes"), or the state that stands in for it.
    func valueText(_ c: Assessment.Cell) -> String {
        switch c.state {
        case .value: ValueText.reading(c.raw, unit: framework.node(c.indicator)?.unit)
        case .missing: c.imputed ? "imputed, not rated" : "missing"
        case .outOfScope: "out of scope"
        case .notApplicable: "not applicable"
        }
    }

    /// A grid cell: letter, arrow and a compact value ("R- 10.8%"; "yes"; "3" for a category),
    /// or the state in a word. The unit is in the column's key.
    func gridText(_ c: Assessment.Cell) -> String {
        switch c.state {
        case .value:
            let unit = ValueText.shortUnit(framework.node(c.indicator)?.unit) ?? ""
            let number = unit == "0/1 item" && (c.raw == 0 || c.raw == 1) ? (c.raw == 1 ? "yes" : "no")
                : Self.compact(c.raw) + (unit.hasPrefix("%") ? "%" : "")
            return c.colour.value.letter + c.trend.value.arrow.filter { $0 != " " } + " " + number
        case .missing: return "missing"
        case .outOfScope: return "out of scope"
        case .notApplicable: return "n/a"
        }
    }

    /// Whole numbers bare, others with one decimal, large ones grouped ("5.6 million").
    static func compact(_ v: Double) -> String {
        if abs(v) >= 1000 { return ValueText.number(v) }
        return v == v.rounded() ? NumberFormat.integer(v) : NumberFormat.fixed(v, 1)
    }

    /// A cell's reason without the name and value the table already shows: "red: at or above
    /// red threshold 5%" (states keep their whole reason).
    func whyText(_ c: Assessment.Cell) -> String {
        guard c.state == .value, let node = framework.node(c.indicator) else { return c.colour.reason }
        let label = Assessment.describe(c.raw, score: c.score, node: node) + " "
        return c.colour.reason.hasPrefix(label) ? String(c.colour.reason.dropFirst(label.count)) : c.colour.reason
    }

    /// Colour letter and trend arrow, no padding: "R-", "G".
    static func rating(_ colour: Colour, _ trend: Trend) -> String {
        colour.letter + trend.arrow.filter { $0 != " " }
    }

    /// Theme colour and trend with coverage: "R- 4/5" (values of the indicators that apply and
    /// are in scope), "." when nothing applies in scope.
    func themeText(_ t: Assessment.ThemeCell) -> String {
        let mark = t.colour.value.letter + t.trend.value.arrow.filter { $0 != " " }
        return t.counts.assessable == 0 ? mark + " none" : mark + " \(t.counts.value)/\(t.counts.assessable)"
    }

    /// The theme's policy and outcome colours apart: "policy green, outcome red", or what
    /// stands in for a side without a rated indicator ("no outcome indicator").
    func sidesText(_ t: Assessment.ThemeCell) -> String {
        let side = { (name: String, r: Rated<Colour>) in r.value == .grey ? r.reason : "\(name) \(r.value.rawValue)" }
        return side("policy", t.policyColour) + ", " + side("outcome", t.outcomeColour)
    }

    /// The four states of a theme's indicator cells, in the legend's order: "4/1/0/1".
    func statesText(_ t: Assessment.ThemeCell) -> String {
        CellState.allCases.map { "\(t.counts[$0])" }.joined(separator: "/")
    }

    /// The four states in words: "4 with a value, 1 missing, 0 out of scope, 1 not applicable".
    func statesWords(_ t: Assessment.ThemeCell) -> String {
        "\(t.counts.value) with a value, \(t.counts.missing) missing, \(t.counts.outOfScope) out of scope, "
            + "\(t.counts.notApplicable) not applicable"
    }

    /// Coverage as a share: "4 of 5 (80%)", or "nothing applies in scope".
    func coverageText(_ t: Assessment.ThemeCell) -> String {
        t.counts.assessable == 0 ? "nothing applies in scope"
            : "\(t.counts.value) of \(t.counts.assessable) (\(NumberFormat.fixed(100 * t.coverage, 0))%)"
    }

    /// The country's roles ("origin and destination"), "-" when the study sets none.
    func rolesText(_ unit: String) -> String {
        guard assessment.roles.spec != nil, let r = assessment.roles.units[unit] else { return "-" }
        return r.unassigned && !r.roles.isEmpty ? r.label + " (by default)" : r.label
    }

    /// The reason for the roles, as the role assignment recorded it.
    func rolesReason(_ unit: String) -> String? {
        guard assessment.roles.spec != nil else { return nil }
        return assessment.roles.units[unit]?.reason
    }

    /// An index rank with its 5th-95th percentile rank interval from the recorded uncertainty
    /// run: "12 (8-20)"; the rank alone when the study records no run.
    func rankText(_ unit: String, _ stats: [String: UncertaintyAnalysis.RankStats]) -> String {
        guard let u = units[unit], u.included, !u.indexRank.isNaN else { return "-" }
        let rank = NumberFormat.integer(u.indexRank)
        guard let s = stats[unit], !s.q5.isNaN, !s.q95.isNaN else { return rank }
        return "\(rank) (\(NumberFormat.fixed(s.q5, 0))-\(NumberFormat.fixed(s.q95, 0)))"
    }

    /// Countries of a region: by index rank with an index, else by name.
    func unitsInOrder(region: String) -> [String] {
        let members = assessment.units.map(\.unit).filter { self.region($0) == region }
        guard assessment.spec.index else { return members.sorted { (name($0), $0) < (name($1), $1) } }
        return unitsByRank.filter { self.region($0) == region }
    }

    /// Region names in order, the units with no region last.
    var regions: [String] { Set(assessment.units.map { region($0.unit) }).sorted() }
}
