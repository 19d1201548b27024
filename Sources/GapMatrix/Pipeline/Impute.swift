/// Fills missing indicator values (COINr's `Impute` with `i_mean`, `i_median`, `i_mean_grp`,
/// `i_median_grp`). Observed cells are never changed; every filled cell is recorded.
public enum Impute {
    public struct Point: Sendable, Equatable {
        public var unit: String
        public var indicator: String
        /// The group whose values gave the imputed value, for group methods.
        public var group: String?
        public var value: Double
    }

    /// Cells named in `leftEmpty` ("indicator|unit": not applicable or out of scope) stay empty.
    public static func apply(_ data: Dataset, spec: ImputeSpec, units: UnitTable,
                             leftEmpty: Set<String> = []) throws -> (Dataset, [Point]) {
        guard spec.method != .none else { return (data, []) }
        var groupOf: [String?] = Array(repeating: nil, count: data.unitCount)
        let grouped = spec.method == .groupMean || spec.method == .groupMedian
        if grouped {
            guard let name = spec.group else {
                throw GapMatrixError(.badData, field: "impute.group", found: "no group column",
                                     expected: "a group column for method \(spec.method.rawValue)")
            }
            guard let labels = units.groups[name] else {
                throw GapMatrixError(.badData, field: "impute.group", found: "group column '\(name)', which the data do not have",
                                     expected: "one of: \(units.groupColumns.joined(separator: ", "))")
            }
            groupOf = data.units.map { labels[$0] }
        }
        let useMedian = spec.method == .median || spec.method == .groupMedian
        var out = data
        var points: [Point] = []
        for c in 0..<data.columnCount {
            let col = data.column(c)
            guard col.contains(where: \.isNaN) else { continue }
            // Units without a group label are left as they are (COINr's skip_f_na).
            var fills: [String: Double] = [:]
            func fill(for g: String) -> Double {
                if let v = fills[g] { return v }
                var members: [Double] = []
                for u in 0..<col.count where (grouped ? groupOf[u] == g : true) && !col[u].isNaN {
                    members.append(col[u])
                }
                let v = members.isEmpty ? Double.nan
                    : (useMedian ? Moments.median(members) : Moments.mean(members))
                fills[g] = v
                return v
            }
            for u in 0..<col.count where col[u].isNaN && !leftEmpty.contains(data.columns[c] + "|" + data.units[u]) {
                let g: String
                if grouped {
                    guard let label = groupOf[u] else { continue }
                    g = label
                } else {
                    g = ""
                }
                let v = fill(for: g)
                guard !v.isNaN else { continue }
                out[unit: u, column: c] = v
                points.append(Point(unit: data.units[u], indicator: data.columns[c],
                                    group: grouped ? g : nil, value: v))
            }
        }
        return (out, points)
    }
}
