/// A unit x column matrix of doubles, the currency every pipeline step trades in.
///
/// Stored column-major in one contiguous buffer: every step works one indicator at a time
/// (treat, normalise, rank), so a column is a contiguous slice. Missing values are NaN.
public struct Dataset: Sendable, Equatable {
    public private(set) var units: [String]
    public private(set) var columns: [String]
    public var values: [Double]

    public init(units: [String], columns: [String], values: [Double]) {
        precondition(values.count == units.count * columns.count, "dataset shape mismatch")
        self.units = units
        self.columns = columns
        self.values = values
    }

    public init(units: [String], columns: [String], fill: Double = .nan) {
        self.init(units: units, columns: columns,
                  values: Array(repeating: fill, count: units.count * columns.count))
    }

    public var unitCount: Int { units.count }
    public var columnCount: Int { columns.count }

    public func columnIndex(_ code: String) -> Int? { columns.firstIndex(of: code) }
    public func unitIndex(_ code: String) -> Int? { units.firstIndex(of: code) }

    public subscript(unit u: Int, column c: Int) -> Double {
        get { values[c * units.count + u] }
        set { values[c * units.count + u] = newValue }
    }

    /// A copy of column `c`.
    public func column(_ c: Int) -> [Double] {
        Array(values[c * units.count ..< (c + 1) * units.count])
    }

    public mutating func setColumn(_ c: Int, _ column: [Double]) {
        precondition(column.count == units.count)
        values.replaceSubrange(c * units.count ..< (c + 1) * units.count, with: column)
    }

    /// The value of `column` for `unit`, by code; nil when either is unknown.
    public func value(unit: String, column: String) -> Double? {
        guard let u = unitIndex(unit), let c = columnIndex(column) else { return nil }
        return self[unit: u, column: c]
    }

    /// Keeps only the units at `kept` (in that order).
    public func selectingUnits(_ kept: [Int]) -> Dataset {
        var out = Dataset(units: kept.map { units[$0] }, columns: columns)
        for c in 0..<columns.count {
            for (i, u) in kept.enumerated() { out[unit: i, column: c] = self[unit: u, column: c] }
        }
        return out
    }

}
