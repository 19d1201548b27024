import Foundation
import GapMatrix

/// The methods note: the recipe that ran, framework and crosswalk, bounds and thresholds with
/// their justification, data vintages, and what was left out and why.
public enum MethodsNote {
    /// The note of a study with ratings.
    public static func document(_ r: StudyResults) -> Document {
        let (study, inputs, a) = (r.study, r.inputs, r.assessment!)
        let f = inputs.framework
        let docs = inputs.docs
        let v = AssessmentView(inputs: inputs, assessment: a)
        var d = Document()
        d.heading(1, "\(study.title): methods note")
        var setup = (study.edition.map { "Edition \($0). " } ?? "") + "Units: \(inputs.raw.unitCount). Reference year: \(inputs.referenceYear.map(String.init) ?? "-")."
        if let w = inputs.provenance?.window {
            setup += " Each cell takes its latest value from the \(w.years) years up to the reference year"
            if let s = w.staleAfter { setup += "; values older than \(s) years are used and flagged stale" }
            setup += "."
        }
        d.paragraph(setup)
        let bounds = r.build.recipe.normalise.method == .bounds && r.build.recipe.normalise.overrides.isEmpty
        let indexRule = AssessmentDocuments.indexRule(a, indicators: f.indicators.count) + ". "
        // Without an index the recipe's last step (the index) did not reach a reader: say so once.
        var scores = RecipeText.scores(r.build, f)
        if !a.spec.index, let cut = scores.range(of: "; index = ") { scores = String(scores[..<cut.lowerBound]) }
        d.paragraph("Scores: \(scores). " + RecipeText.steps(r.build).joined(separator: " ") + " "
                    + indexRule
                    + "Colours: green at or beyond the green threshold, red at or beyond the red one, yellow or orange in between by "
                    + "side of the midpoint. The colour compares the value with the thresholds; the score places it between the "
                    + "lower bound (0) and the optimum (100), so a value can score well and still be red. A theme's colour follows "
                    + "its two worst indicators, not its score; its policy colour and outcome colour apply the same rule to its policy "
                    + "and to its outcome indicators. Trends: observed yearly change in score from the "
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

        d.heading(2, "Indicators: type, who they apply to, producer, threshold source")
        d.paragraph("Each indicator is a policy (a law, ratification, agreement or policy a government controls) or an outcome "
                    + "(a result policies influence but do not set); context variables are reported, never scored. An indicator "
                    + "for one role (origin or destination) applies only to countries holding that role; elsewhere its cell is not "
                    + "applicable. Thresholds are published ones where they exist; relative ones, where none is published, are "
                    + "quantiles (type 7) of the assessed values, computed at run time.")
        d.table(TextTable(header: ["Indicator (code)", "Unit", "Theme", "Type", "Applies to", "Producer", "Threshold source"],
                          rows: a.bounds.map { b in
                              let n = f.node(b.code)!
                              return [v.indicatorName(b.code), v.unitText(b.code), n.parent ?? "", n.type.rawValue, v.appliesTo(b.code),
                                      n.producer ?? "-", thresholdSource(b, docs.note(b.code, "justification"))]
                          }, numeric: []))

        d.heading(2, "Bounds and thresholds")
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
        d.paragraph("Lower bound (p2.5) or (p97.5): the 2.5th or 97.5th percentile of the assessed values, as in the SDR, where the "
                    + "framework gives none. Green or red (q0.75): a relative threshold at that quantile of the assessed values.")
        if let spec = a.roles.spec {
            let counts = Role.allCases.map { role in "\(a.roles.units.values.filter { $0.roles.contains(role) }.count) \(role.rawValue)s" }
            let rule = { (rules: [RoleSpec.Rule]) in
                rules.map { r -> String in
                    let unit = docs.note(r.variable, "unit")
                    let name = ValueText.label(docs.note(r.variable, "name") ?? r.variable, unit: unit)
                    return "\(name) \(r.atLeast ? ">=" : "<=") \(ValueText.quantity(r.threshold, unit: ValueText.shortUnit(unit)))"
                }.joined(separator: " or ")
            }
            d.paragraph("Roles (latest context value in the window; a country may hold both): origin when \(rule(spec.origin).isEmpty ? "never" : rule(spec.origin)); "
                        + "destination when \(rule(spec.destination).isEmpty ? "never" : rule(spec.destination)); a country no rule gives a role is assessed "
                        + (spec.unassigned.isEmpty ? "with no role" : "as both") + ". Result: " + counts.joined(separator: ", ")
                        + ", \(a.roles.units.values.filter(\.unassigned).count) unassigned. An indicator for one role is not applicable to countries without it.")
        }
        for code in f.indicators {
            let n = f.node(code)!
            var text = "\(code): \(n.name)\(n.unit.map { $0.isEmpty ? "" : " [\($0)]" } ?? ""). \(n.type.rawValue.capitalized), "
                + "for \(v.appliesTo(code))."
            if let p = n.producer { text += " Producer: \(p)." }
            if let r = docs.note(code, "rationale") { text += " Why: \(r)" }
            if let j = docs.note(code, "justification") { text += " Thresholds: \(j)." }
            if let s = docs.note(code, "source") { text += " Source: \(s)." }
            d.paragraph(text)
        }

        if let stability = r.gapStability { d.paragraph(GapStabilityReports.sentence(study, stability)) }

        d.heading(2, "Data vintages and cell states")
        var vintage: [[String]] = []
        for code in f.indicators {
            let cells = a.cells.filter { $0.indicator == code }
            let years = cells.filter { $0.state == .value }.compactMap(\.year)
            let counts = StateCounts(cells.map(\.state))
            let sources = Set(cells.map(\.source).filter { !$0.isEmpty }).sorted().joined(separator: "; ")
            vintage.append([code] + CellState.allCases.map { "\(counts[$0])" }
                           + [years.isEmpty ? "-" : "\(years.min()!)-\(years.max()!)", "\(cells.filter { $0.state == .value && $0.stale }.count)", sources])
        }
        d.table(TextTable(header: ["Indicator", "Values", "Missing", "Out of scope", "Not applicable", "Years used", "Stale", "Source ids"],
                          rows: vintage, numeric: [1, 2, 3, 4, 6]))
        d.paragraph("vintage.csv gives, for every value used (and every context value), its source id, that source's release as "
                    + "the sources file records it, and the year of the value; sources.csv describes each source id.")

        if !docs.context.isEmpty {
            d.heading(2, "Context variables (not scored)")
            d.table(TextTable(header: ["Code", "Name", "Unit", "Source"],
                              rows: docs.context.map { [$0, docs.note($0, "name") ?? "", docs.note($0, "unit") ?? "", docs.note($0, "source") ?? ""] },
                              numeric: []))
        }
        if !docs.dropped.isEmpty {
            d.heading(2, "Considered and left out")
            d.table(TextTable(header: ["Code", "Name", "Why"], rows: docs.dropped.map { [$0.code, $0.name, $0.reason] }, numeric: []))
        }
        return d
    }

    /// Where an indicator's thresholds come from, in a few words: published (with the source the
    /// justification names first), relative (quantiles of the assessed values), or the item itself.
    static func thresholdSource(_ b: Assessment.IndicatorBounds, _ justification: String?) -> String {
        if let q = b.relative {
            return "relative, no published threshold (quantiles \(Bounds.fmt(q.green)) and \(Bounds.fmt(q.red)) of the assessed values)"
        }
        guard let j = justification?.trimmingCharacters(in: .whitespaces), !j.isEmpty else { return "-" }
        if j.hasPrefix("published") {
            // The source's name: the first clause, without what it goes on to explain.
            let cut = j.dropFirst(10).firstIndex { ",;:".contains($0) } ?? j.endIndex
            let clause = String(j[..<cut])
            return clause.range(of: " between ").map { String(clause[..<$0.lowerBound]) } ?? clause
        }
        if j.contains("item") { return "the item itself (yes/no, category or count)" }
        return "stated in the framework"
    }

    /// A threshold on the raw scale, with the quantile it was computed at when relative.
    static func threshold(_ value: Double?, _ quantile: Double?) -> String {
        guard let value else { return "-" }
        return Bounds.fmt(value) + (quantile.map { " (q\(Bounds.fmt($0)))" } ?? "")
    }
}
