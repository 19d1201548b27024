/// Fills a unit's missing value in one year from its own values in other years.
///
/// Used before cross-sectional imputation on panel data: a country's own earlier or later
/// observation is better evidence than its peers' mean.
public enum PanelImpute {
    /// Fills `target` (the reference-year slice) from `panel`; returns the filled data and
    /// the filled points (with the year or years they came from in `group`).
    public static func apply(_ target: Dataset, year: Int, panel: Panel, method: ImputeSpec.PanelMethod)
        -> (Dataset, [Impute.Point])
    {
        guard method != .none else { return (target, []) }
        var out = target
        var points: [Impute.Point] = []
        let order = panel.years.indices.sorted { panel.years[$0] < panel.years[$1] }
        for c in 0..<target.columnCount {
            for u in 0..<target.unitCount where target[unit: u, column: c].isNaN {
                let code = target.columns[c], unit = target.units[u]
                var series: [(year: Int, value: Double)] = []
                for i in order {
                    let slice = panel.slices[i]
                    if let v = slice.value(unit: unit, column: code), !v.isNaN {
                        series.append((panel.years[i], v))
                    }
                }
                guard let filled = fill(series: series, at: year, method: method) else { continue }
                out[unit: u, column: c] = filled.value
                points.append(Impute.Point(unit: unit, indicator: code, group: filled.source, value: filled.value))
            }
        }
        return (out, points)
    }

    /// The value at `year` from a sorted series of observations, or nil when the method
    /// has nothing to go on.
    public static func fill(series: [(year: Int, value: Double)], at year: Int,
                            method: ImputeSpec.PanelMethod) -> (value: Double, source: String)? {
        let before = series.last { $0.year < year }
        let after = series.first { $0.year > year }
        switch method {
        case .none:
            return nil
        case .locf:
            return before.map { ($0.value, "\($0.year)") }
        case .nocb:
            return after.map { ($0.value, "\($0.year)") }
        case .linear:
            guard let b = before, let a = after else { return nil }
            let t = Double(year - b.year) / Double(a.year - b.year)
            return (b.value + t * (a.value - b.value), "\(b.year)-\(a.year)")
        }
    }
}
