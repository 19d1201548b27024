import GapMatrix

/// The audit as CSV (correlation matrices, per-theme statistics, flags, coherence checks) and a text summary.
public enum AuditFiles {
    static func matrix(_ columns: [String], _ m: [[Double]]) -> String {
        var w = CSVWriter(header: ["code"] + columns)
        for (i, c) in columns.enumerated() { w.row([.text(c)] + m[i].map { .number(NumberFormat.full($0)) }) }
        return w.text
    }

    public static func render(_ study: Study, _ a: Audit, thresholds: Audit.Thresholds = .init()) -> [(name: String, text: String)] {
        var t = CSVWriter(header: ["theme", "children", "cases", "alpha", "first_component_share", "loadings", "pca_weights"])
        for th in a.themes {
            let weights = Audit.pcaWeights(th)
            t.row([.text(th.code), .text(th.children.joined(separator: ";")), .number("\(th.cases)"),
                   .number(NumberFormat.full(th.alpha)), .number(NumberFormat.full(th.firstComponentShare)),
                   .text(th.loadings.map(NumberFormat.full).joined(separator: ";")),
                   .text(th.children.map { weights[$0].map(NumberFormat.full) ?? "NA" }.joined(separator: ";"))])
        }
        var f = CSVWriter(header: ["kind", "theme", "a", "b", "value", "threshold"])
        for x in a.flags {
            f.row([.text(x.kind), .text(x.theme), .text(x.a), .text(x.b), .number(NumberFormat.full(x.value)), .number(NumberFormat.full(x.threshold))])
        }
        return [("audit_corr_pearson.csv", matrix(a.columns, a.pearson)), ("audit_corr_spearman.csv", matrix(a.columns, a.spearman)),
                ("audit_themes.csv", t.text), ("audit_flags.csv", f.text), ("coherence.csv", coherence(a.coherence)),
                ("audit.txt", summary(study, a, thresholds).text())]
    }

    /// Every coherence statistic, flagged or not, so the table can be read whole (METHODS.md section 8.1).
    public static func coherence(_ c: Coherence) -> String {
        var w = CSVWriter(header: ["theme", "indicator", "check", "value", "threshold", "flag", "message"])
        for r in c.rows {
            w.row([.text(r.theme), .text(r.indicator), .text(r.check.rawValue), .number(NumberFormat.full(r.value)),
                   .number(NumberFormat.full(r.threshold)), .number(r.flag ? "TRUE" : "FALSE"), .text(r.message)])
        }
        return w.text
    }

    /// The coherence section of the summary: the cuts, then each flag with its sentence.
    static func coherenceSection(_ c: Coherence, into d: inout Document) {
        typealias Cut = Coherence.Cut
        let flags = c.flags
        d.heading(2, "Coherence (\(flags.count) flag\(flags.count == 1 ? "" : "s") in \(c.themes.count) themes)")
        d.paragraph("JRC coherence checks of each theme whose children are indicators, on the aggregated data set: an "
                    + "indicator correlating with its theme below r = \(Bounds.fmt(Cut.weakCorrelation)) (negative or weak); two "
                    + "indicators correlating negatively, or with |r| >= \(Bounds.fmt(Cut.redundancy)) (redundant); an indicator whose "
                    + "share of the theme's main effects (first-order index, cubic fit; Paruolo, Saisana and Saltelli 2013) is more "
                    + "than \(Bounds.fmt(Cut.mainEffectFactor)) times its weight share or less than 1/\(Bounds.fmt(Cut.mainEffectFactor)) "
                    + "of it; at least \(Bounds.fmt(100 * Cut.tiedShare))% of units sharing one theme score; fewer than "
                    + "\(Cut.fewestIndicators) indicators; yes/no items only. Every statistic is in coherence.csv.")
        if !flags.isEmpty {
            d.table(TextTable(header: ["Theme", "Indicator", "Check", "Value", "Message"],
                              rows: flags.map { [$0.theme, $0.indicator, $0.check.rawValue, NumberFormat.fixed($0.value, 3), $0.message] },
                              numeric: [3]))
        }
    }

    public static func summary(_ study: Study, _ a: Audit, _ th: Audit.Thresholds) -> Document {
        var d = Document()
        d.heading(1, "\(study.name): statistical audit")
        d.paragraph("Correlations are Pearson on pairwise complete observations of the aggregated data set. Flags: |r| >= "
                    + "\(Bounds.fmt(th.collinearity)) between children of one theme (collinearity), a child negatively correlated with its "
                    + "own theme, Cronbach's alpha below \(Bounds.fmt(th.alpha)), |r| >= \(Bounds.fmt(th.denominator)) between a raw "
                    + "indicator and a denominator.")
        d.table(TextTable(header: ["Theme", "Children", "Cases", "Alpha", "PC1 share"],
                          rows: a.themes.map { [$0.code, "\($0.children.count)", "\($0.cases)", NumberFormat.fixed($0.alpha, 3),
                                               NumberFormat.fixed($0.firstComponentShare, 3)] }, numeric: [1, 2, 3, 4]))
        d.heading(2, "Flags (\(a.flags.count))")
        if !a.flags.isEmpty {
            d.table(TextTable(header: ["Kind", "Theme", "Between", "Value"],
                              rows: a.flags.map { [$0.kind, $0.theme, $0.b.isEmpty ? $0.a : "\($0.a) / \($0.b)", NumberFormat.fixed($0.value, 3)] },
                              numeric: [3]))
        }
        coherenceSection(a.coherence, into: &d)
        return d
    }
}
