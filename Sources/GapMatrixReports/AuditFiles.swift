import GapMatrix

/// The audit as CSV (correlation matrices, per-theme statistics, flags) and a text summary.
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
                ("audit_themes.csv", t.text), ("audit_flags.csv", f.text), ("audit.txt", summary(study, a, thresholds).text())]
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
        return d
    }
}
