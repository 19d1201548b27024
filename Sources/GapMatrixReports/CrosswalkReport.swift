import GapMatrix

/// The crosswalk between two studies in words and tables (issue 19): which themes of the first
/// feed which themes of the second through shared indicators; for one unit, the two studies'
/// cells side by side and where they disagree; how far the second framework is measured by the
/// data and by the registries; and the studies' other views (sessions, meetings) as lists.
public enum CrosswalkReport {
    /// The two studies' results as the crosswalk needs them: gap matrices for a unit's cells,
    /// registries read (and matched to themes) by each study.
    public struct Side {
        public var study: Study
        public var framework: Framework
        public var gaps: KnowledgeGapMatrix?
        public var practices: [Practice]
        public var partnerships: [Partnership]
        public var units: UnitTable

        public init(study: Study, framework: Framework, gaps: KnowledgeGapMatrix?, practices: [Practice],
                    partnerships: [Partnership], units: UnitTable) {
            self.study = study
            self.framework = framework
            self.gaps = gaps
            self.practices = practices
            self.partnerships = partnerships
            self.units = units
        }
    }

    public static func document(_ a: Side, _ b: Side, unit: String? = nil) throws -> Document {
        let cw = Crosswalk(a.framework, b.framework)
        var d = Document()
        d.heading(1, "Crosswalk: \(a.study.name) and \(b.study.name)")
        d.paragraph("Two frameworks on the same data meet where they score the same indicator. A theme of the first "
                    + "feeds a theme of the second when an indicator lies under both; the link names those indicators. "
                    + "Linked cells need not agree: each theme also weighs indicators the other does not hold.")
        indicators(&d, cw, a, b)
        links(&d, cw, a, b)
        if let unit, let ga = a.gaps, let gb = b.gaps {
            country(&d, CrosswalkComparison(cw, unit: unit, a: ga, b: gb), a, b)
        }
        coverage(&d, FrameworkCoverage(b.framework, practices: b.practices, partnerships: b.partnerships), b)
        try views(&d, a)
        try views(&d, b)
        return d
    }

    static func name(_ f: Framework, _ code: String) -> String {
        let n = f.node(code)?.name ?? code
        return n == code ? code : "\(code) \(n)"
    }

    static func indicators(_ d: inout Document, _ cw: Crosswalk, _ a: Side, _ b: Side) {
        let shared = cw.sharedIndicators
        d.heading(2, "Shared indicators")
        d.paragraph("\(shared.count) indicators are scored in both studies; \(cw.onlyA.count) only in \(a.study.name)"
                    + (cw.onlyA.isEmpty ? "" : " (\(cw.onlyA.joined(separator: ", ")))") + "; \(cw.onlyB.count) only in \(b.study.name)"
                    + (cw.onlyB.isEmpty ? "" : " (\(cw.onlyB.joined(separator: ", ")))") + ".")
        let bLevels = (2...max(2, b.framework.levelCount - 1)).map { b.framework.levelNames[$0 - 1] }
        let rows = shared.map { code -> [String] in
            let p = cw.placement(code)
            var chain: [String] = []
            var cur = p.b
            while let c = cur, c != b.framework.root { chain.append(c); cur = b.framework.node(c)?.parent }
            while chain.count < bLevels.count { chain.append("") }
            return [code, p.a ?? ""] + chain.prefix(bLevels.count)
        }
        d.table(TextTable(header: ["Indicator", a.framework.levelNames.count > 1 ? a.framework.levelNames[1] : "Theme"] + bLevels,
                          rows: rows, numeric: []))
    }

    static func links(_ d: inout Document, _ cw: Crosswalk, _ a: Side, _ b: Side) {
        d.heading(2, "Which themes feed which")
        d.paragraph("Each row: a theme of \(a.study.name), a theme of \(b.study.name), and the indicators under both "
                    + "(\"n of m\": n shared out of the m indicators the second theme holds).")
        let rows = cw.links.map { l in
            [l.a, Crosswalk.levelName(b.framework, l.b), name(b.framework, l.b), "\(l.shared.count) of \(l.bCount)",
             l.shared.joined(separator: ", ")]
        }
        d.table(TextTable(header: ["Theme", "Level", "Fed theme", "Shared", "Indicators"], rows: rows, numeric: [3]))
    }

    static func cellText(_ c: KnowledgeGapMatrix.Cell) -> String {
        let judged = c.sufficient && c.colour != .grey
        return "\(c.colour.letter) \(judged ? c.colour.rawValue : "-"), \(c.gapClass.rawValue) (\(c.counts.value)/\(c.counts.assessable))"
    }

    static func country(_ d: inout Document, _ cmp: CrosswalkComparison, _ a: Side, _ b: Side) {
        let unitName = b.units.names[cmp.unit].map { "\($0) (\(cmp.unit))" } ?? cmp.unit
        d.heading(2, "\(unitName): the two studies' cells")
        d.paragraph("Cell: colour letter and colour (\"-\" when the cell cannot be judged), gap class, values over indicators "
                    + "that apply and are in scope. Verdict: agree (same colour), differ (neighbouring colours), disagree (two or "
                    + "more steps apart, e.g. green against red), one side only (the other is a data gap), neither judged.")
        let rows = cmp.pairs.map { p in
            [p.link.a, cellText(p.a), name(b.framework, p.link.b), cellText(p.b), p.verdict.rawValue, p.link.shared.joined(separator: ", ")]
        }
        d.table(TextTable(header: ["Theme", "Cell", "Fed theme", "Cell", "Verdict", "Shared indicators"], rows: rows, numeric: []))
        let dis = cmp.disagreements
        if dis.isEmpty {
            d.paragraph("No linked cells disagree for \(cmp.unit).")
        } else {
            d.paragraph("Disagreements: " + dis.map { p in
                "\(p.link.a) \(p.a.colour.rawValue) but \(p.link.b) \(p.b.colour.rawValue)"
            }.joined(separator: "; ") + ". The shared indicators are the same values; the difference comes from the indicators "
                + "each theme holds apart (see the study reports' cell reasons).")
        }
    }

    static func coverage(_ d: inout Document, _ cov: FrameworkCoverage, _ b: Side) {
        let level = cov.levelName.lowercased()
        d.heading(2, "\(b.study.name): coverage of the \(level)s by the data")
        let bands = FrameworkCoverage.Band.allCases.map { band -> [String] in
            let ts = cov.themes(in: band)
            return [band.rawValue, String(ts.count), ts.map(\.code).joined(separator: ", ")]
        }
        d.table(TextTable(header: ["Indicators per \(level)", "\(cov.levelName)s", "Which"], rows: bands, numeric: [1]))
        let parents = cov.byParent.map { g in
            [g.parent.isEmpty ? "-" : g.parent, "\(g.measured) of \(g.themes.count)",
             g.themes.filter { $0.indicators.isEmpty }.map(\.code).joined(separator: ", ")]
        }
        d.table(TextTable(header: ["Parent", "Measured", "Not measured"], rows: parents, numeric: []))
        let rows = cov.themes.map { t in
            [t.code, t.name, t.parent ?? "", String(t.indicators.count), t.indicators.joined(separator: ", "),
             t.practices.joined(separator: ", "), t.partnerships.joined(separator: ", ")]
        }
        d.table(TextTable(header: [cov.levelName, "Name", "Parent", "Indicators", "Codes", "Practices", "Partnerships"],
                          rows: rows, numeric: [3]))
        d.heading(2, "\(b.study.name): coverage of the \(level)s by the registries")
        let none = cov.withoutRegistryEntry
        if b.study.practicesFile == nil && b.study.partnershipsFile == nil {
            d.paragraph("The study names no practice or partnership registry.")
        } else {
            let how = b.study.registryThemes.map { "matched by their `\($0)` tags" } ?? "matched by their themes"
            d.paragraph("\(none.count) of \(cov.themes.count) \(level)s have no documented practice and no partnership "
                        + "(registry entries \(how)): " + (none.isEmpty ? "none" : none.map(\.code).joined(separator: ", ")) + ".")
        }
    }

    static func views(_ d: inout Document, _ s: Side) throws {
        let known = Set(Crosswalk.themes(s.framework))
        for v in s.study.views {
            let entries = try v.read(themes: known)
            d.heading(2, "\(v.name) (a view of \(s.study.name))")
            let mapped = entries.contains { $0.themes != nil }
            if !mapped {
                d.paragraph("No source given maps these entries to the study's themes, so they are shown as a list, not linked "
                            + "to any \(s.framework.levelNames.count > 1 ? s.framework.levelNames[1].lowercased() : "theme").")
            }
            let extra = entries.first?.fields.map(\.column) ?? []
            let rows = entries.map { e in
                [e.id, e.label] + e.fields.map(\.value) + (mapped ? [(e.themes ?? []).joined(separator: ", ")] : [])
            }
            d.table(TextTable(header: [v.idColumn, v.labelColumn] + extra + (mapped ? ["themes"] : []), rows: rows, numeric: []))
        }
    }
}
