import GapMatrix
/// Builds CSV text with R's quoting convention: every string quoted, numbers bare.
///
/// A writer made from a `TableSchema` writes a report table: a UTF-8 byte-order mark first (so
/// Excel on Windows reads accented names), the schema's column names as header, missing values
/// as empty fields, lists joined by `;`. A writer made from a bare header keeps the layouts of
/// COINr's files (no mark, missing as `NA`), which are compared with COINr's own output.
public struct CSVWriter {
    /// UTF-8 bytes: numbers are written straight into the buffer, with no String per cell.
    private var bytes: [UInt8] = []
    public var text: String { String(decoding: bytes, as: UTF8.self) }
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
        bytes.reserveCapacity(1 << 16)
        row(header.map(Cell.text))
    }

    public init(_ schema: TableSchema) {
        missing = schema.missingValue
        width = schema.fields.count
        bytes.reserveCapacity(1 << 16)
        if !schema.coinrLayout { bytes += Self.byteOrderMark.utf8 }
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
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            switch c {
            case let .text(s): appendQuoted(s)
            case let .number(s): bytes += s.utf8
            case let .value(v): appendValue(v)
            case let .whole(n): if let n { ShortestDigits.appendInteger(Int64(n), to: &bytes) } else { bytes += missing.utf8 }
            case let .flag(b): bytes += (b ? "TRUE" : "FALSE").utf8
            case let .list(items): appendQuoted(items.joined(separator: Self.listSeparator))
            }
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// A row of one text label and numbers, without building a cell per number: the shape of
    /// replication tables, which hold tens of thousands of scores.
    public mutating func row<Values: Sequence<Double>>(label: String, values: Values) {
        appendQuoted(label)
        for v in values {
            bytes.append(UInt8(ascii: ","))
            appendValue(v)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func appendValue(_ v: Double) {
        if v.isNaN { bytes += missing.utf8 } else { ShortestDigits.append(v, to: &bytes) }
    }

    private mutating func appendQuoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            if b == UInt8(ascii: "\"") { bytes.append(b) }
            bytes.append(b)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public static func quote(_ s: String) -> String {
        "\"" + FastText.replacing(UInt8(ascii: "\""), with: "\"\"", in: s) + "\""
    }

    /// CSV text without its byte-order mark, for standard output.
    public static func withoutByteOrderMark(_ text: String) -> String {
        text.hasPrefix(byteOrderMark) ? String(text.dropFirst()) : text
    }
}
