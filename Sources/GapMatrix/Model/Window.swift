/// How a study picks each cell's value from a panel: the latest value within `years` years
/// before (and including) the reference year; a value older than `staleAfter` years is
/// used but flagged `stale`.
public struct Window: Sendable, Equatable {
    public var years: Int
    public var staleAfter: Int?

    public init(years: Int, staleAfter: Int? = nil) {
        self.years = years
        self.staleAfter = staleAfter
    }
}

/// Where each selected value came from: its year and source, per unit x indicator cell.
public struct CellProvenance: Sendable {
    /// Year of the value used (NaN when the cell is empty), same shape as the raw data.
    public let years: Dataset
    /// Source id of each cell, column-major like `years` ("" when empty or unknown).
    public let sources: [String]
    public let window: Window?
    public let referenceYear: Int

    public init(years: Dataset, sources: [String], window: Window?, referenceYear: Int) {
        self.years = years
        self.sources = sources
        self.window = window
        self.referenceYear = referenceYear
    }

    /// Whether the value in cell (u, c) is older than the window's stale limit.
    public func isStale(unit u: Int, column c: Int) -> Bool {
        let y = years[unit: u, column: c]
        guard !y.isNaN, let limit = window?.staleAfter else { return false }
        return Int(y) < referenceYear - limit
    }

    public func source(unit u: Int, column c: Int) -> String { sources[c * years.unitCount + u] }
}
