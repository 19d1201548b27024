import GapMatrix

/// gap_stability.csv and the sentence the knowledge-gap document and methods note give it.
public enum GapStabilityReports {
    /// One row per gap cell: the nominal class, the share of replications that keep it, the
    /// most frequent other class and its share, and whether the cell is unstable.
    public static func csv(_ inputs: StudyInputs, _ s: GapStability) -> String {
        var w = CSVWriter(header: ["iso3", "name", "theme", "nominal_gap_class", "same_class_share", "other_gap_class",
                                   "other_class_share", "replications", "unstable"])
        for c in s.cells {
            let other = c.mostFrequentOther
            let share = { (n: Int) in shortest(c.replications == 0 ? .nan : Double(n) / Double(c.replications)) }
            w.row([.text(c.unit), .text(inputs.units.name(c.unit)), .text(c.theme), .text(c.nominal.rawValue),
                   .number(share(c.count(c.nominal))), .text(other?.gapClass.rawValue ?? ""), .number(share(other?.count ?? 0)),
                   .number("\(c.replications)"), .text(c.isUnstable ? "unstable" : "")])
        }
        return w.text
    }

    /// Shares of replications in the shortest text that reads back as the same number (0.918, not
    /// 0.91800000000000004); whole numbers without a decimal point.
    static func shortest(_ v: Double) -> String {
        if v.isNaN { return "NA" }
        if v == v.rounded() { return String(Int64(v)) }
        return "\(v)"
    }

    /// "Gap stability: in each of the 1000 replications ... 44 of 579 gap cells change class ...".
    public static func sentence(_ study: Study, _ s: GapStability) -> String {
        let inputs = study.uncertainty.map { spec in
            UncertainParameter.all.compactMap { p in spec.inputs[p.id].map { p.describe($0, number: Bounds.fmt) } }.joined(separator: "; ")
        } ?? ""
        let seed = study.uncertainty?.run.map { "seed \($0.seed); " } ?? ""
        let pct = Int((GapStability.unstableAbove * 100).rounded())
        return "Gap stability: in each of the \(s.replications) replications of the recorded uncertainty run (\(seed)\(inputs)) "
            + "roles, thresholds, ratings and gap classes are recomputed (weights change no colour or class); \(s.unstableCount) of "
            + "\(s.cells.count) gap cells change class in more than \(pct)% of the replications and are marked unstable ("
            + s.unstableByTheme.map { "\($0.theme) \($0.unstable) of \($0.cells)" }.joined(separator: ", ")
            + "). gap_stability.csv gives each cell's share of replications with its class and its most frequent other class."
    }
}
