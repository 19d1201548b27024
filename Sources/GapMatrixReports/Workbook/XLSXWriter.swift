import CXlsxWriter
import Foundation
import GapMatrix

/// Renders a `Workbook` as the bytes of an .xlsx file with libxlsxwriter.
///
/// libxlsxwriter writes to a file path, so the workbook goes to a private temporary folder and
/// is read back: reports are rendered in memory and written atomically with every other file.
/// The document's creation date is fixed, so the same workbook always gives the same bytes.
public enum XLSXWriter {
    /// Excel's limits: 31 characters per sheet name, 32,767 per cell, 1,048,576 rows.
    static let sheetNameLimit = 31
    static let cellTextLimit = 32_767
    static let rowLimit = 1_048_576

    /// 2000-01-01T00:00:00Z: any fixed instant keeps reruns byte-identical.
    public static let fixedCreationDate: time_t = 946_684_800

    public static func render(_ book: Workbook) throws -> [UInt8] {
        try check(book)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapmatrix-xlsx-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw GapMatrixError(.cannotWrite, file: folder.path, found: "a temporary folder that cannot be created",
                                 expected: "a writable temporary directory")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("book.xlsx").path
        try write(book, to: path, tmpdir: folder.path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GapMatrixError(.cannotWrite, file: path, found: "a workbook that could not be read back", expected: "a readable temporary file")
        }
        return [UInt8](data)
    }

    /// Names and sizes Excel would refuse, reported before anything is written.
    static func check(_ book: Workbook) throws {
        var seen = Set<String>()
        for s in book.sheets {
            let bad = s.name.first { "[]:*?/\\".contains($0) }
            guard !s.name.isEmpty, s.name.count <= sheetNameLimit, bad == nil, !s.name.hasPrefix("'"), !s.name.hasSuffix("'") else {
                throw GapMatrixError(.badData, field: "sheet", found: "sheet name '\(s.name)'",
                                     expected: "1-31 characters without [ ] : * ? / \\ or edge apostrophes")
            }
            guard seen.insert(s.name.lowercased()).inserted else {
                throw GapMatrixError(.badData, field: "sheet", found: "sheet name '\(s.name)' twice", expected: "distinct sheet names (Excel ignores case)")
            }
            guard s.rows.count + 1 <= rowLimit else {
                throw GapMatrixError(.badData, field: s.name, found: "\(s.rows.count) rows", expected: "at most \(rowLimit - 1) rows per sheet")
            }
        }
    }

    private static func write(_ book: Workbook, to path: String, tmpdir: String) throws {
        var options = lxw_workbook_options()
        let error: lxw_error = tmpdir.withCString { dir in
            options.tmpdir = UnsafeMutablePointer(mutating: dir)
            guard let wb = workbook_new_opt(path, &options) else { return LXW_ERROR_CREATING_XLSX_FILE }
            return fill(wb, book)
        }
        guard error == LXW_NO_ERROR else {
            throw GapMatrixError(.cannotWrite, file: path, found: "libxlsxwriter error: \(String(cString: lxw_strerror(error)))",
                                 expected: "a workbook Excel can open")
        }
    }

    /// Adds every sheet and closes the workbook (which writes the file); returns the first error.
    private static func fill(_ wb: UnsafeMutablePointer<lxw_workbook>, _ book: Workbook) -> lxw_error {
        var properties = lxw_doc_properties()
        properties.created = fixedCreationDate
        let title = strdup(book.title), subject = strdup(book.subject), creator = strdup("GapMatrix")
        defer { free(title); free(subject); free(creator) }
        properties.title = title
        properties.subject = subject
        properties.author = creator
        var first = workbook_set_properties(wb, &properties)
        let header = workbook_add_format(wb)
        format_set_bold(header)
        format_set_bottom(header, UInt8(LXW_BORDER_THIN.rawValue))
        var fills: [Workbook.Fill: UnsafeMutablePointer<lxw_format>] = [:]
        func format(_ f: Workbook.Fill) -> UnsafeMutablePointer<lxw_format>? {
            if let made = fills[f] { return made }
            guard let made = workbook_add_format(wb) else { return nil }
            format_set_pattern(made, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(made, f.background)
            format_set_font_color(made, f.font)
            format_set_align(made, UInt8(LXW_ALIGN_CENTER.rawValue))
            fills[f] = made
            return made
        }
        func note(_ e: lxw_error) { if first == LXW_NO_ERROR { first = e } }
        for s in book.sheets {
            guard let ws = workbook_add_worksheet(wb, s.name) else {
                note(LXW_ERROR_SHEETNAME_ALREADY_USED)
                continue
            }
            for (c, h) in s.header.enumerated() {
                note(worksheet_write_string(ws, 0, lxw_col_t(c), clip(h), header))
            }
            for (r, row) in s.rows.enumerated() {
                let rr = lxw_row_t(r + 1)
                for (c, cell) in row.enumerated() {
                    let cc = lxw_col_t(c)
                    switch cell {
                    case .empty: break
                    case let .number(v):
                        // Excel has no NaN or infinity: such a value is written as an empty cell.
                        if v.isFinite { note(worksheet_write_number(ws, rr, cc, v, nil)) }
                    case let .text(t):
                        if !t.isEmpty { note(worksheet_write_string(ws, rr, cc, clip(t), nil)) }
                    case let .filled(t, f):
                        note(worksheet_write_string(ws, rr, cc, clip(t), format(f)))
                    }
                }
            }
            for (c, w) in s.widths.enumerated() {
                note(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), w, nil))
            }
            if s.frozenRows > 0 || s.frozenColumns > 0 {
                worksheet_freeze_panes(ws, lxw_row_t(s.frozenRows), lxw_col_t(s.frozenColumns))
            }
            if !s.header.isEmpty {
                note(worksheet_autofilter(ws, 0, 0, lxw_row_t(s.rows.count), lxw_col_t(s.header.count - 1)))
            }
        }
        let closed = workbook_close(wb)
        return first == LXW_NO_ERROR ? closed : first
    }

    /// Excel truncates nothing silently: longer text is cut here with a visible ellipsis.
    private static func clip(_ t: String) -> String {
        t.utf16.count <= cellTextLimit ? t : String(t.prefix(cellTextLimit - 1)) + "\u{2026}"
    }
}
