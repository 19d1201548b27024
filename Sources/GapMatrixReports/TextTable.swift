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
        // Widths in characters, counted once per cell: an ASCII cell without a carriage return
        // (the one ASCII pair that is a single character) has as many characters as bytes.
        func width(_ c: String) -> Int {
            var c = c
            let ascii = c.withUTF8 { b in b.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
            return ascii ? c.utf8.count : c.count
        }
        let headerWidths = header.map(width)
        let rowWidths = rows.map { $0.map(width) }
        var widths = headerWidths
        for r in rowWidths { for (i, w) in r.enumerated() { widths[i] = max(widths[i], w) } }
        let right = widths.indices.map { numeric.contains($0) }
        // Lines are assembled as bytes in one buffer: scorecards.txt alone has ~30,000 table lines.
        var out: [UInt8] = []
        var line: [UInt8] = []
        func append(_ cells: [String], _ cellWidths: [Int]) {
            line.removeAll(keepingCapacity: true)
            for (i, c) in cells.enumerated() {
                if i > 0 { line.append(contentsOf: [0x20, 0x20]) }
                // The last column needs no padding on the right: the line's end is trimmed anyway.
                if i == widths.count - 1 && !right[i] {
                    line.append(contentsOf: c.utf8)
                    continue
                }
                let pad = widths[i] - cellWidths[i]
                if right[i] { line.append(contentsOf: repeatElement(0x20, count: pad)) }
                line.append(contentsOf: c.utf8)
                if !right[i] { line.append(contentsOf: repeatElement(0x20, count: pad)) }
            }
            // Most lines end in an ASCII byte that is not blank; the others are trimmed as text.
            if let last = line.last, last < 0x80, last != 0x20, !(0x09...0x0D).contains(last) {
                out.append(contentsOf: line)
            } else {
                out.append(contentsOf: FastText.trimmingTrailingWhitespace(String(decoding: line, as: UTF8.self)).utf8)
            }
            out.append(0x0A)
        }
        append(header, headerWidths)
        for (i, w) in widths.enumerated() {
            if i > 0 { out.append(contentsOf: [0x20, 0x20]) }
            out.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: w))
        }
        out.append(0x0A)
        for (r, w) in zip(rows, rowWidths) { append(r, w) }
        return String(decoding: out, as: UTF8.self)
    }
}
