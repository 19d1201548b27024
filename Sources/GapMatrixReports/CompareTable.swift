import GapMatrix

/// Countries side by side, theme by theme and indicator by indicator, with the median of
/// their peer groups (region or income group).
public enum CompareTable {
    public enum Peers: String, CaseIterable, Sendable { case region, income, none }

    public static func document(_ study: Study, _ inputs: StudyInputs, _ a: Assessment, units: [String], peers: Peers) -> Document {
        document(study, inputs, a, units: units, peers: peers, view: AssessmentView(inputs: inputs, assessment: a))
    }

    /// With the assessment's view already built (the HTML report asks for one document per
    /// country and builds the view once).
    static func document(_ study: Study, _ inputs: StudyInputs, _ a: Assessment, units: [String], peers: Peers,
                         view v: AssessmentView) -> Document {
        let groupColumn = peers == .region ? v.regionColumn : v.incomeColumn
        let groups: [String] = peers == .none ? [] :
            Array(Set(units.compactMap { inputs.units.groups[groupColumn]?[$0] })).sorted()
        func members(_ g: String) -> [String] { a.units.map(\.unit).filter { inputs.units.groups[groupColumn]?[$0] == g } }
        func median(_ xs: [Double]) -> Double {
            let p = xs.filter { !$0.isNaN }
            return p.isEmpty ? .nan : Moments.median(p)
        }
        var header = ["Theme / indicator"] + units
        header += groups.map { "Median \($0)" }
        var rows: [[String]] = []
        let root = inputs.framework.root
        // The index only when the study asks for one, and without a rank: a rank is shown only
        // with its rank interval, which the scorecards and league tables give.
        if a.spec.index {
            rows.append([root] + units.map { u in
                let r = v.units[u]!
                return r.included ? AssessmentDocuments.f1(r.indexScore) : "-"
            } + groups.map { g in AssessmentDocuments.f1(median(members(g).map { v.units[$0]!.indexScore })) })
        }
        if a.roles.spec != nil { rows.append(["Roles"] + units.map(v.rolesText) + groups.map { _ in "" }) }
        for t in a.themeCodes {
            rows.append(["\(t): \(v.nodeName(t))"] + units.map { u in
                let c = v.themes[u]![t]!
                return "\(v.themeText(c)), score \(AssessmentDocuments.f1(c.score))"
            } + groups.map { g in AssessmentDocuments.f1(median(members(g).map { v.themes[$0]![t]!.score })) })
            for node in inputs.framework.children(of: t) where node.kind == .indicator {
                rows.append(["  " + v.indicatorName(node.code)] + units.map { u in
                    let c = v.cells[u]![node.code]!
                    guard c.state == .value, let y = c.year else { return ". " + v.valueText(c) }
                    return "\(c.colour.value.letter)\(c.trend.value.arrow) \(v.valueText(c)) (\(y)\(c.stale ? "*" : ""))"
                } + groups.map { g in
                    let m = median(members(g).map { v.cells[$0]![node.code]!.raw })
                    return m.isNaN ? "-" : Bounds.fmt(m)
                })
            }
        }
        var d = Document()
        d.heading(1, "\(study.name): " + units.map { "\(v.name($0)) (\($0))" }.joined(separator: ", "))
        d.paragraph((a.spec.index ? "Index: score. " : "") + "Themes: rating, coverage (values / indicators that apply and are in scope) and score. "
                    + "Indicators: rating, value with its unit (year; * stale), or the cell's state. "
                    + (groups.isEmpty ? "" : "Peer medians over \(peers == .region ? "UN regions" : "income groups") (themes: scores; indicators: values)."))
        d.preformatted(AssessmentDocuments.legend)
        d.table(TextTable(header: header, rows: rows, numeric: []))
        return d
    }
}
