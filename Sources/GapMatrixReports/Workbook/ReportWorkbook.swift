import GapMatrix

/// The report as one Excel workbook: a README sheet, the dashboard with cells coloured as in the
/// HTML report (the letter kept, so colour is never the only signal), and one sheet per table.
///
/// Table sheets are built from the CSV files the report writes, so the workbook cannot say
/// anything the CSVs do not: text cells were quoted in the CSV, numbers were bare.
public enum ReportWorkbook {
    /// The CSV files that become sheets, with the sheet name; the README sheet describes each
    /// from the codebook (the same schema as datapackage.json).
    static func sheets(index: Bool) -> [(file: String, sheet: String)] {
        // Without an index, results.csv holds theme scores only: there is no league to name.
        tables.map { $0.file == "results.csv" && !index ? ($0.file, "Theme scores") : $0 }
    }

    private static let tables: [(file: String, sheet: String)] = [
        ("gap_matrix.csv", "Gap matrix"),
        ("results.csv", "League tables"),
        ("indicators.csv", "Indicators"),
        ("themes.csv", "Themes"),
        ("learning_matches.csv", "Learning matches"),
        ("leaders.csv", "Leaders"),
        ("partnerships.csv", "Partnerships"),
        ("agreements.csv", "Agreements"),
        ("partnership_corridors.csv", "Partnership gaps"),
        ("corridors_10c1.csv", "Corridors"),
        ("indicator_dictionary.csv", "Indicator dictionary"),
        ("units.csv", "Units"),
        ("sources.csv", "Sources"),
        ("vintage.csv", "Data vintage"),
    ]

    /// Colours of the HTML report's dashboard, with a readable font on each.
    static let fills: [Colour: Workbook.Fill] = [
        .green: .init(background: 0xA6D96A), .yellow: .init(background: 0xFEE08B), .orange: .init(background: 0xFDAE61),
        .red: .init(background: 0xF46D43), .grey: .init(background: 0xE0E0E0, font: 0x555555),
    ]

    public static func build(_ results: StudyResults, files: [(name: String, text: String)]) throws -> Workbook {
        var book = Workbook(title: results.study.title, subject: "GapMatrix report")
        let present = Dictionary(files.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        var readme: [[Workbook.Cell]] = [
            [.text("README"), .text(""), .text("How to read this workbook: each sheet below is also a CSV file of the report folder, "
                + "described column by column here and in datapackage.json. An empty cell means no value (the CSV leaves it empty "
                + "too); lists inside a cell are separated by ';'.")],
        ]
        if let a = results.assessment {
            book.sheets.append(dashboard(results.inputs, a))
            readme.append([.text("Dashboard"), .text(""), .text("Units x themes: the theme colour as a letter (G green, Y yellow, "
                + "O orange, R red, . no rating) on its colour, with the theme score (from themes.csv).")])
        }
        for s in sheets(index: results.study.ratings?.index ?? false) {
            guard let text = present[s.file] else { continue }
            let (header, rows) = try CSVCells.parse(text, file: s.file)
            book.sheets.append(.init(name: s.sheet, header: header, rows: rows))
            readme += describe(s.sheet, ReportTables.schema(for: s.file, results), file: s.file)
        }
        book.sheets.insert(.init(name: "README", header: ["sheet", "column", "description"], rows: readme, widths: [20, 28, 110]), at: 0)
        return book
    }

    /// The sheet's rows of the README: the table's title and description, then each column's.
    static func describe(_ sheet: String, _ schema: TableSchema?, file: String) -> [[Workbook.Cell]] {
        guard let schema else { return [[.text(sheet), .text(""), .text(file)]] }
        return [[.text(sheet), .text(""), .text("\(file): \(schema.title). \(schema.description)")]]
            + schema.fields.map { f in
                var text = f.description
                if let u = f.unit { text += "; unit: " + u }
                if let allowed = f.allowed, !allowed.isEmpty { text += "; one of: " + allowed.joined(separator: ", ") }
                return [.text(sheet), .text(f.name), .text(text)]
            }
    }

    /// Countries (rows, grouped by region as in the HTML report) x themes (columns): letter on colour, then score.
    static func dashboard(_ inputs: StudyInputs, _ a: Assessment) -> Workbook.Sheet {
        let v = AssessmentView(inputs: inputs, assessment: a)
        let units = a.units.map(\.unit).sorted { (v.region($0), $0) < (v.region($1), $1) }
        var header = ["unit_code", "unit_name", "region"]
        for t in a.themeCodes { header += [t, "\(t) score"] }
        let rows: [[Workbook.Cell]] = units.map { u in
            var row: [Workbook.Cell] = [.text(u), .text(v.name(u)), .text(v.region(u))]
            for t in a.themeCodes {
                guard let c = v.themes[u]?[t] else {
                    row += [.empty, .empty]
                    continue
                }
                row.append(.filled(letter(c.colour.value), fills[c.colour.value]!))
                row.append(c.score.isNaN ? .empty : .number(c.score))
            }
            return row
        }
        return .init(name: "Dashboard", header: header, rows: rows, widths: [8, 28, 12], frozenRows: 1, frozenColumns: 2)
    }

    static func letter(_ c: Colour) -> String {
        switch c {
        case .green: "G"
        case .yellow: "Y"
        case .orange: "O"
        case .red: "R"
        case .grey: "."
        }
    }
}

/// Reads back the CSV the report writers produce: quoted fields are text, bare fields numbers
/// (or TRUE/FALSE, kept as text), empty fields empty.
enum CSVCells {
    static func parse(_ text: String, file: String) throws -> (header: [String], rows: [[Workbook.Cell]]) {
        var records: [[Workbook.Cell]] = []
        var row: [Workbook.Cell] = []
        // Bytes, not characters: the delimiters are ASCII, so a UTF-8 scan finds them exactly and
        // runs at memory speed on the multi-megabyte tables of a full report.
        var field: [UInt8] = []
        var quoted = false, inQuotes = false
        let bytes = Array(text.utf8)
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func endField() {
            let s = String(decoding: field, as: UTF8.self)
            if quoted {
                row.append(.text(s))
            } else if field.isEmpty {
                row.append(.empty)
            } else if let d = Double(s) {
                row.append(.number(d))
            } else {
                row.append(.text(s))
            }
            field.removeAll(keepingCapacity: true)
            quoted = false
        }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if inQuotes {
                if c == quote {
                    if i < bytes.count && bytes[i] == quote { field.append(quote); i += 1 } else { inQuotes = false }
                } else {
                    field.append(c)
                }
            } else if c == quote {
                inQuotes = true
                quoted = true
            } else if c == comma {
                endField()
            } else if c == newline {
                endField()
                records.append(row)
                row = []
            } else if c != cr {
                field.append(c)
            }
        }
        guard !inQuotes else {
            throw GapMatrixError(.badData, file: file, found: "an unterminated quoted field", expected: "CSV as the report writes it")
        }
        if !field.isEmpty || quoted || !row.isEmpty {
            endField()
            records.append(row)
        }
        guard let first = records.first else { return ([], []) }
        let header = first.map { cell -> String in
            if case let .text(t) = cell { return t }
            if case let .number(n) = cell { return "\(n)" }
            return ""
        }
        return (header, Array(records.dropFirst()))
    }
}
