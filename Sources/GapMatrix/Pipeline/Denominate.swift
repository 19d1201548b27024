/// Divides each indicator by its denominator (COINr's `Denominate`): a count becomes a rate
/// (per person, per unit of GDP, per km2) so large and small units compare.
public enum Denominate {
    public struct Record: Sendable, Equatable {
        /// (indicator, denominator) pairs that were divided.
        public var pairs: [(indicator: String, denominator: String)]
        public static func == (a: Record, b: Record) -> Bool {
            a.pairs.map { $0.indicator + "/" + $0.denominator } == b.pairs.map { $0.indicator + "/" + $0.denominator }
        }
    }

    /// A missing or zero denominator leaves the cell missing: dividing by zero would put an
    /// infinity into every later step.
    public static func apply(_ data: Dataset, framework: Framework, denominators: Dataset) throws
        -> (Dataset, Record)
    {
        var out = data
        var record = Record(pairs: [])
        // Row of each unit in the denominator table, looked up once rather than per cell.
        let rows: [Int?] = denominators.units == data.units ? Array(0..<data.unitCount)
            : { () -> [Int?] in
                var at: [String: Int] = [:]
                for (i, u) in denominators.units.enumerated() { at[u] = i }
                return data.units.map { at[$0] }
            }()
        for (c, code) in data.columns.enumerated() {
            guard let den = framework.node(code)?.denominator else { continue }
            guard let dc = denominators.columnIndex(den) else {
                throw GapMatrixError(.badData, field: code,
                                     found: "denominator '\(den)' of '\(code)', which the data do not contain",
                                     expected: "a denominator column '\(den)'")
            }
            for u in 0..<data.unitCount {
                guard let du = rows[u] else {
                    out[unit: u, column: c] = .nan
                    continue
                }
                let d = denominators[unit: du, column: dc]
                out[unit: u, column: c] = (d.isNaN || d == 0) ? .nan : data[unit: u, column: c] / d
            }
            record.pairs.append((code, den))
        }
        return (out, record)
    }
}
