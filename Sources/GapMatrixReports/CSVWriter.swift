/// Builds CSV text with R's quoting convention: every string quoted, numbers bare.
public struct CSVWriter {
    public private(set) var text = ""

    public init(header: [String]) {
        text.reserveCapacity(1 << 16)
        row(header.map(Cell.text))
    }

    public enum Cell {
        case text(String)
        case number(String)
    }

    public mutating func row(_ cells: [Cell]) {
        var first = true
        for c in cells {
            if !first { text += "," }
            first = false
            switch c {
            case let .text(s): text += Self.quote(s)
            case let .number(s): text += s
            }
        }
        text += "\n"
    }

    public static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
