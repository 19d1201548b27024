import GapMatrix
/// An aligned plain-text table: text columns left-aligned, numeric columns right-aligned.
public struct TextTable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns to right-align (numbers).
    public var numeric: Set<Int>

    public init(header: [String], rows: [[String]], numeric: Set<Int>) {
        self.header = header
        self.rows = rows
        self.numeric = numeric
    }

    public func render() -> String {
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            let text = cells.enumerated().map { i, c in
                // The last column needs no padding on the right: the line's end is trimmed anyway.
                if i == widths.count - 1 && !numeric.contains(i) { return c }
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return numeric.contains(i) ? pad + c : c + pad
            }.joined(separator: "  ")
            return FastText.trimmingTrailingWhitespace(text)
        }
        var out = line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }
}
