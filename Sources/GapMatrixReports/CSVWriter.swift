import GapMatrix
/// Builds CSV text with R's quoting convention: every string quoted, numbers bare.
///
/// A writer made from a `TableSchema` writes a report table: a UTF-8 byte-order mark first (so
/// Excel on Windows reads accented names), the schema's column names as header, missing values
/// as empty fields, lists joined by `;`. A writer made from a bare header keeps the layouts of
/// COINr's files (no mark, missing as `NA`), which are compared with COINr's own output.
public struct CSVWriter {
    public private(set) var text = ""
    /// The text of a missing number or year.
    public let missing: String
    /// Columns each row must have (checked in debug builds: a row of another width is a bug).
    let width: Int

    /// The byte-order mark report tables begin with.
    public static let byteOrderMark = "\u{FEFF}"
    /// The one separator of values in a list column.
    public static let listSeparator = ";"

    public init(header: [String], missing: String = "NA") {
        self.missing = missing
        width = header.count
        text.reserveCapacity(1 << 16)
        row(header.map(Cell.text))
    }

    public init(_ schema: TableSchema) {
        missing = schema.missingValue
        width = schema.fields.count
        text.reserveCapacity(1 << 16)
        if !schema.coinrLayout { text += Self.byteOrderMark }
        row(schema.header.map(Cell.text))
    }

    public enum Cell {
        case text(String)
        /// Written bare, as given.
        case number(String)
        /// A double in its shortest round-trip form; NaN is missing.
        case value(Double)
        /// A whole number (count, year, rank); nil is missing.
        case whole(Int?)
        case flag(Bool)
        /// Values joined by `;`, quoted.
        case list([String])
    }

    public mutating func row(_ cells: [Cell]) {
        assert(cells.count == width, "a row of \(cells.count) cells for \(width) columns")
        var first = true
        for c in cells {
            if !first { text += "," }
            first = false
            switch c {
            case let .text(s): text += Self.quote(s)
            case let .number(s): text += s
            case let .value(v): text += NumberFormat.shortest(v) ?? missing
            case let .whole(n): text += n.map(String.init) ?? missing
            case let .flag(b): text += b ? "TRUE" : "FALSE"
            case let .list(items): text += Self.quote(items.joined(separator: Self.listSeparator))
            }
        }
        text += "\n"
    }

    public static func quote(_ s: String) -> String {
        "\"" + FastText.replacing(UInt8(ascii: "\""), with: "\"\"", in: s) + "\""
    }

    /// CSV text without its byte-order mark, for standard output.
    public static func withoutByteOrderMark(_ text: String) -> String {
        text.hasPrefix(byteOrderMark) ? String(text.dropFirst()) : text
    }
}
