import GapMatrix

/// gap_stability.csv and the sentence the knowledge-gap document and methods note give it.
public enum GapStabilityReports {
    /// One row per gap cell: the nominal class, the share of replications that keep it, the
    /// most frequent other class and its share, and whether the cell is unstable.
    public static func csv(_ inputs: StudyInputs, _ s: GapStability, themes: [String]) -> String {
        var w = CSVWriter(GapSchemas.gapStability(themes))
        for c in s.cells {
            let other = c.mostFrequentOther
            let share = { (n: Int) in c.replications == 0 ? Double.nan : Double(n) / Double(c.replications) }
            w.row([.text(c.unit), .text(inputs.units.name(c.unit)), .text(c.theme), .text(c.nominal.rawValue),
                   .value(share(c.count(c.nominal))), .text(other?.gapClass.rawValue ?? ""),
                   .value(other.map { share($0.count) } ?? .nan), .whole(c.replications), .flag(c.isUnstable)])
        }
        return w.text
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
