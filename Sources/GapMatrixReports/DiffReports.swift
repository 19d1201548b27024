import GapMatrix

/// What changed between two editions: the document and the two tables behind it.
public enum DiffReports {
    public static func document(_ d: EditionDiff, _ results: StudyResults) -> Document {
        var doc = Document()
        doc.heading(1, "What changed: \(d.beforeLabel) to \(d.afterLabel)")
        let changed = d.themes.filter(\.changed)
        let flagged = changed.filter { $0.verdict == .beyondNoise }
        let noise = changed.filter { $0.verdict == .withinNoise }
        let coverage = changed.filter { $0.verdict == .coverage }
        let reframed = changed.filter { $0.verdict == .framework }
        let hasBands = d.themes.contains { $0.band != nil }
        doc.paragraph("\(d.themes.count) country x theme cells compared; \(changed.count) differ: \(flagged.count) "
            + (hasBands ? "beyond the uncertainty band (the earlier score falls outside the current edition's 5-95% band under the study's recorded uncertainty run)"
                : "changed colour or gap class (no recorded uncertainty run, so no band)")
            + ", \(noise.count) within noise, \(coverage.count) where one edition has no score (a change in the data available, "
            + "not in the world), and \(reframed.count) on themes whose indicators differ between the editions (a framework change: "
            + "the scores are not comparable, so no change is claimed). The same rows are in diff_themes.csv and diff_indicators.csv.")
        var counts: [String] = []
        for k in EditionDiff.Kind.allCases {
            let n = d.indicators.filter { $0.kind == k }.count
            if n > 0 { counts.append("\(k.rawValue) \(n)") }
        }
        doc.paragraph("Indicator cells by kind of change: " + counts.joined(separator: ", ") + ".")
        if !d.snapshots.isEmpty {
            doc.paragraph("Single snapshots (one year for every country, so an unchanged value says nothing about change): "
                + d.snapshots.map { "\(name(results, $0)) (\($0))" }.joined(separator: "; ") + ".")
        }
        doc.heading(2, "Changes beyond noise")
        if flagged.isEmpty {
            doc.paragraph("None.")
        } else {
            doc.table(TextTable(header: ["Country", "Theme", "Score before", "Score now", "Band now", "Colour", "Gap class", "Why"],
                                rows: flagged.map(row), numeric: [2, 3]))
        }
        for (title, cells) in [("Within noise", noise), ("Coverage changes", coverage), ("Framework changes (not comparable)", reframed)] {
            doc.heading(2, title)
            if cells.isEmpty {
                doc.paragraph("None.")
            } else {
                doc.table(TextTable(header: ["Country", "Theme", "Score before", "Score now", "Band now", "Colour", "Gap class", "Why"],
                                    rows: cells.map(row), numeric: [2, 3]))
            }
        }
        return doc
    }

    static func row(_ t: EditionDiff.ThemeChange) -> [String] {
        let colour = t.colourBefore == t.colourAfter ? t.colourAfter.rawValue : "\(t.colourBefore.rawValue) -> \(t.colourAfter.rawValue)"
        let cls: String = switch (t.classBefore, t.classAfter) {
        case let (a?, b?) where a == b: a.rawValue
        case let (a, b): "\(a?.rawValue ?? "-") -> \(b?.rawValue ?? "-")"
        }
        return [t.unit, t.theme, NumberFormat.fixed(t.scoreBefore, 1), NumberFormat.fixed(t.scoreAfter, 1),
                t.band.map { "\(NumberFormat.fixed($0.low, 1))-\(NumberFormat.fixed($0.high, 1))" } ?? "-",
                colour, cls, t.kinds.isEmpty ? "no shared indicator changed (the theme's indicators, thresholds or method differ)" : t.kinds.map(\.rawValue).joined(separator: ", ")]
    }

    static func name(_ r: StudyResults, _ code: String) -> String { r.inputs.framework.node(code)?.name ?? code }

    /// The codebook of the two tables, for the folder `diff --out` writes.
    public static func codebook(_ study: Study) -> String {
        DataPackage.json(study, tables: [ForumSchemas.diffThemes, ForumSchemas.diffIndicators])
    }

    public static func themesCSV(_ d: EditionDiff) -> String {
        var w = CSVWriter(ForumSchemas.diffThemes)
        for t in d.themes {
            w.row([.text(t.unit), .text(t.theme), .value(t.scoreBefore), .value(t.scoreAfter), .value(t.band?.low ?? .nan),
                   .value(t.band?.high ?? .nan), .text(t.colourBefore.rawValue), .text(t.colourAfter.rawValue),
                   .text(t.classBefore?.rawValue ?? ""), .text(t.classAfter?.rawValue ?? ""), .list(t.kinds.map(\.rawValue)),
                   .text(t.verdict.rawValue)])
        }
        return w.text
    }

    public static func indicatorsCSV(_ d: EditionDiff) -> String {
        var w = CSVWriter(ForumSchemas.diffIndicators)
        for c in d.indicators {
            w.row([.text(c.unit), .text(c.indicator), .value(c.before.value), .whole(c.before.year), .text(c.before.colour.rawValue),
                   .value(c.after.value), .whole(c.after.year), .text(c.after.colour.rawValue), .text(c.kind.rawValue)])
        }
        return w.text
    }
}
