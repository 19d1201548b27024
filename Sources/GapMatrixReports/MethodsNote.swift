import GapMatrix

/// The methods note: the recipe that ran, framework and crosswalk, bounds and thresholds with
/// their justification, data vintages, and what was left out and why.
public enum MethodsNote {
    /// The note of a study with ratings.
    public static func document(_ r: StudyResults) -> Document {
        let (study, inputs, a) = (r.study, r.inputs, r.assessment!)
        let f = inputs.framework
        let docs = inputs.docs
        var d = Document()
        d.heading(1, "\(study.name): methods note")
        var setup = "Units: \(inputs.raw.unitCount). Reference year: \(inputs.referenceYear.map(String.init) ?? "-")."
        if let w = inputs.provenance?.window {
            setup += " Each cell takes its latest value from the \(w.years) years up to the reference year"
            if let s = w.staleAfter { setup += "; values older than \(s) years are used and flagged stale" }
            setup += "."
        }
        d.paragraph(setup)
        let bounds = r.build.recipe.normalise.method == .bounds && r.build.recipe.normalise.overrides.isEmpty
        let indexRule = AssessmentDocuments.indexRule(a, indicators: f.indicators.count) + ". "
        d.paragraph("Scores: \(RecipeText.scores(r.build, f)). " + RecipeText.steps(r.build).joined(separator: " ") + " "
                    + indexRule
                    + "Colours: green at or beyond the green threshold, red at or beyond the red one, yellow or orange in between by "
                    + "side of the midpoint; theme colour by the two-worst rule. Trends: observed yearly change in score from the "
                    + "baseline (\(a.spec.baselineYear) +- \(a.spec.baselineTolerance) years) against the change needed to reach the green "
                    + "threshold by \(a.spec.targetYear); a theme has a trend when \(Int((a.spec.themeTrendShare * 100).rounded()))% of its indicators do."
                    + (bounds ? "" : " Trends compare observed values on the bounds scale (optimum and lower bound below), whatever the normalisation."))

        d.heading(2, "Framework and crosswalk")
        var themeRows: [[String]] = []
        for t in a.themeCodes {
            let n = f.node(t)!
            themeRows.append([t, n.name, Bounds.fmt(n.weight), docs.note(t, "gcm") ?? "", docs.note(t, "sdg") ?? ""])
        }
        d.table(TextTable(header: ["Theme", "Name", "Weight", "GCM objectives", "SDG targets"], rows: themeRows, numeric: [2]))

        d.heading(2, "Indicators, bounds and thresholds")
        var rows: [[String]] = []
        for b in a.bounds {
            let n = f.node(b.code)!
            let lb = b.lowerBound.map { Bounds.fmt($0) + (b.lowerBoundIsDefault ? (n.direction == 1 ? " (p2.5)" : " (p97.5)") : "") } ?? "-"
            rows.append([b.code, n.parent ?? "", n.direction == 1 ? "+1" : "-1", b.optimum.map(Bounds.fmt) ?? "-", lb,
                         threshold(b.green, b.relative?.green), threshold(b.red, b.relative?.red),
                         docs.note(b.code, "gcm") ?? "", docs.note(b.code, "sdg") ?? ""])
        }
        d.table(TextTable(header: ["Indicator", "Theme", "Dir", "Optimum", "Lower bound", "Green", "Red", "GCM", "SDG"],
                          rows: rows, numeric: [3, 4, 5, 6]))
        if f.nodes.contains(where: { $0.kind == .indicator && ($0.type != .outcome || $0.role != .both) }) {
            d.paragraph("What each indicator measures and for whom: "
                        + f.indicators.map { c in let n = f.node(c)!; return "\(c) \(n.type.rawValue), \(n.role == .both ? "every country" : n.role.rawValue + "s")" }
                            .joined(separator: "; ") + ". A policy gap comes only from policy indicators.")
        }
        if let spec = a.roles.spec {
            let counts = Role.allCases.map { role in "\(a.roles.units.values.filter { $0.roles.contains(role) }.count) \(role.rawValue)s" }
            let rule = { (rules: [RoleSpec.Rule]) in
                rules.map { "\(docs.note($0.variable, "name") ?? $0.variable) \($0.atLeast ? ">=" : "<=") \(ValueText.quantity($0.threshold, unit: docs.note($0.variable, "unit")))" }
                    .joined(separator: " or ")
            }
            d.paragraph("Roles (latest context value in the window; a country may hold both): origin when \(rule(spec.origin).isEmpty ? "never" : rule(spec.origin)); "
                        + "destination when \(rule(spec.destination).isEmpty ? "never" : rule(spec.destination)); a country no rule gives a role is assessed "
                        + (spec.unassigned.isEmpty ? "with no role" : "as both") + ". Result: " + counts.joined(separator: ", ")
                        + ", \(a.roles.units.values.filter(\.unassigned).count) unassigned. An indicator for one role is not applicable to countries without it.")
        }
        for code in f.indicators {
            var text = "\(code): \(f.node(code)!.name)."
            if let p = f.node(code)!.producer { text += " Producer: \(p)." }
            if let r = docs.note(code, "rationale") { text += " Why: \(r)" }
            if let j = docs.note(code, "justification") { text += " Thresholds: \(j)." }
            if let s = docs.note(code, "source") { text += " Source: \(s)." }
            d.paragraph(text)
        }

        if let stability = r.gapStability { d.paragraph(GapStabilityReports.sentence(study, stability)) }

        d.heading(2, "Data vintages")
        var vintage: [[String]] = []
        for code in f.indicators {
            let cells = a.cells.filter { $0.indicator == code }
            let years = cells.compactMap(\.year)
            let sources = Set(cells.map(\.source).filter { !$0.isEmpty }).sorted().joined(separator: "; ")
            vintage.append([code, "\(years.count) of \(cells.count)",
                            years.isEmpty ? "-" : "\(years.min()!)-\(years.max()!)",
                            "\(cells.filter(\.stale).count)", sources])
        }
        d.table(TextTable(header: ["Indicator", "Units with data", "Years used", "Stale", "Source ids"], rows: vintage, numeric: [3]))

        if !docs.context.isEmpty {
            d.heading(2, "Context variables (not scored)")
            d.table(TextTable(header: ["Code", "Name", "Source"],
                              rows: docs.context.map { [$0, docs.note($0, "name") ?? "", docs.note($0, "source") ?? ""] }, numeric: []))
        }
        if !docs.dropped.isEmpty {
            d.heading(2, "Considered and left out")
            d.table(TextTable(header: ["Code", "Name", "Why"], rows: docs.dropped.map { [$0.code, $0.name, $0.reason] }, numeric: []))
        }
        return d
    }

    /// A threshold on the raw scale, with the quantile it was computed at when relative.
    static func threshold(_ value: Double?, _ quantile: Double?) -> String {
        guard let value else { return "-" }
        return Bounds.fmt(value) + (quantile.map { " (q\(Bounds.fmt($0)))" } ?? "")
    }
}
