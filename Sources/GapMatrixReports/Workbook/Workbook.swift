/// A workbook as analysts open it: named sheets of typed cells, some filled with a colour.
///
/// A value type with no knowledge of Excel's file format, so report code builds it from the same
/// tables as the CSV files and a test can compare the two; `XLSXWriter` turns it into bytes.
public struct Workbook: Sendable, Equatable {
    public var sheets: [Sheet]
    /// Document title and subject shown in Excel's properties.
    public var title: String
    public var subject: String

    public init(title: String, subject: String = "", sheets: [Sheet] = []) {
        self.title = title
        self.subject = subject
        self.sheets = sheets
    }

    /// One worksheet: a header row, then data rows.
    public struct Sheet: Sendable, Equatable {
        public var name: String
        public var header: [String]
        public var rows: [[Cell]]
        /// Column widths in characters; columns not given keep Excel's default.
        public var widths: [Double]
        /// Rows and columns kept in view when scrolling (the header and the key columns).
        public var frozenRows: Int
        public var frozenColumns: Int

        public init(name: String, header: [String], rows: [[Cell]], widths: [Double] = [],
                    frozenRows: Int = 1, frozenColumns: Int = 0) {
            self.name = name
            self.header = header
            self.rows = rows
            self.widths = widths
            self.frozenRows = frozenRows
            self.frozenColumns = frozenColumns
        }
    }

    /// A cell: empty (the documented missing-value marker in CSV), a number, or text, either
    /// optionally on a coloured fill.
    public enum Cell: Sendable, Equatable {
        case empty
        case number(Double)
        case text(String)
        /// Text on a fill colour (e.g. a dashboard letter on its rating colour).
        case filled(String, Fill)
    }

    /// A fill colour as 0xRRGGBB, with the font colour that stays readable on it.
    public struct Fill: Sendable, Equatable, Hashable {
        public var background: UInt32
        public var font: UInt32

        public init(background: UInt32, font: UInt32 = 0x000000) {
            self.background = background
            self.font = font
        }
    }
}
