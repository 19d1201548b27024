import GapMatrix

/// The report as one Excel workbook: a README sheet, the dashboard with cells coloured as in the
/// HTML report (the letter kept, so colour is never the only signal), and one sheet per table.
///
/// Table sheets are built from the CSV files the report writes, so the workbook cannot say
/// anything the CSVs do not: text cells were quoted in the CSV, numbers were bare.
public enum ReportWorkbook {
    /// The CSV files that become sheets, with the sheet name and what the README says of them.
    static let sheets: [(file: String, sheet: String, about: String)] = [
        ("gap_matrix.csv", "Gap matrix", "every country x theme cell typed: data, policy, outcome or evidence gap, with reasons"),
        ("results.csv", "League tables", "index and theme scores and ranks (ranks only where the study opts in)"),
        ("indicators.csv", "Indicators", "country x indicator: value, year, state, score, colour, trend and their reasons"),
        ("themes.csv", "Themes", "country x theme: score, colour, trend, coverage"),
        ("learning_matches.csv", "Learning matches", "for each policy gap, peers that do better, each match explained"),
        ("leaders.csv", "Leaders", "countries green on each theme"),
        ("partnerships.csv", "Partnerships", "the partnership registry scored part by part"),
        ("corridors_10c1.csv", "Corridors", "SDG 10.c.1 remittance costs by corridor and quarter"),
        ("sources.csv", "Sources", "every source id with its description"),
    ]

    /// Colours of the HTML report's dashboard, with a readable font on each.
    static let fills: [Colour: Workbook.Fill] = [
        .green: .init(background: 0xA6D96A), .yellow: .init(background: 0xFEE08B), .orange: .init(background: 0xFDAE61),
        .red: .init(background: 0xF46D43), .grey: .init(background: 0xE0E0E0, font: 0x555555),
    ]

    public static func build(_ results: StudyResults, files: [(name: String, text: String)]) throws -> Workbook {
        var book = Workbook(title: results.study.name, subject: "GapMatrix report")
        let present = Dictionary(files.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        var readme: [[Workbook.Cell]] = [
            [.text("README"), .text("how to read this workbook: each sheet below is also a CSV file of the report folder; "
                + "an empty cell means no value (the CSV leaves it empty too)")],
        ]
        if let a = results.assessment {
            book.sheets.append(dashboard(results.inputs, a))
            readme.append([.text("Dashboard"), .text("countries x themes: the theme colour as a letter (G green, Y yellow, "
                + "O orange, R red, . no rating) on its colour, with the theme score")])
        }
        for s in sheets {
            guard let text = present[s.file] else { continue }
            let (header, rows) = try CSVCells.parse(text, file: s.file)
            book.sheets.append(.init(name: s.sheet, header: header, rows: rows))
            readme.append([.text(s.sheet), .text("\(s.file): \(s.about)")])
        }
        book.sheets.insert(.init(name: "README", header: ["sheet", "what it holds"], rows: readme, widths: [20, 110]), at: 0)
        return book
    }

    /// Countries (rows, grouped by region as in the HTML report) x themes (columns): letter on colour, then score.
    static func dashboard(_ inputs: StudyInputs, _ a: Assessment) -> Workbook.Sheet {
        let v = AssessmentView(inputs: inputs, assessment: a)
        let units = a.units.map(\.unit).sorted { (v.region($0), $0) < (v.region($1), $1) }
        var header = ["code", "country", "region"]
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
        var field = "", quoted = false, inQuotes = false
        var chars = Array(text.unicodeScalars)[...]
        func endField() throws {
            if quoted {
                row.append(.text(field))
            } else if field.isEmpty {
                row.append(.empty)
            } else if let d = Double(field) {
                row.append(.number(d))
            } else {
                row.append(.text(field))
            }
            field = ""
            quoted = false
        }
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
                quoted = true
            } else if c == "," {
                try endField()
            } else if c == "\n" {
                try endField()
                records.append(row)
                row = []
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        guard !inQuotes else {
            throw GapMatrixError(.badData, file: file, found: "an unterminated quoted field", expected: "CSV as the report writes it")
        }
        if !field.isEmpty || quoted || !row.isEmpty {
            try endField()
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
