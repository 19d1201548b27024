/// Reads the World Bank's bulk CSV layout: "Country Name", "Country Code", "Indicator Name",
/// "Indicator Code", then one column per year. Accepts the API download's preamble lines before
/// the header and its trailing empty column.
public enum WDIReader {
    public struct Row: Sendable, Equatable {
        public var unit: String
        public var year: Int
        public var indicator: String
        public var value: Double
    }

    public static func read(_ path: String) throws -> [Row] {
        try parse(try InputFile.bytes(path), file: path)
    }

    public static func parse(_ bytes: [UInt8], file: String) throws -> [Row] {
        var parser = CSVParser(bytes: bytes, file: file)
        var header: CSVRow? = nil
        while let r = try parser.nextRecord() {
            if r.fields.first?.trimmedField == "Country Name" { header = r; break }
        }
        guard let header else {
            throw GapMatrixError(.badData, file: file, found: "no header line starting with \"Country Name\"",
                                 expected: "the World Bank bulk CSV layout: Country Name, Country Code, Indicator Name, Indicator Code, then years")
        }
        var names = header.fields.map { $0.trimmedField }
        if names.last == "" { names.removeLast() }
        let fixed = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]
        guard names.count > 4, Array(names.prefix(4)) == fixed else {
            throw GapMatrixError(.badData, file: file, line: header.line,
                                 found: "header \(names.prefix(4).joined(separator: ", "))",
                                 expected: fixed.joined(separator: ", ") + ", then one column per year")
        }
        var years: [Int] = []
        for (i, n) in names.dropFirst(4).enumerated() {
            guard let y = Int(n), (1900...2200).contains(y) else {
                throw GapMatrixError(.badData, file: file, line: header.line, column: nil, field: n,
                                     found: "column \(i + 5) named '\(n)'", expected: "a year")
            }
            years.append(y)
        }
        var rows: [Row] = []
        while let r = try parser.nextRecord() {
            var fields = r.fields
            if fields.count == names.count + 1 && fields.last == "" { fields.removeLast() }
            guard fields.count == names.count else {
                throw GapMatrixError(.badData, file: file, line: r.line, found: "a row of \(fields.count) fields",
                                     expected: "\(names.count) fields as in the header")
            }
            let unit = fields[1].trimmedField
            let code = fields[3].trimmedField
            guard !unit.isEmpty, !code.isEmpty else {
                throw GapMatrixError(.badData, file: file, line: r.line, found: "an empty country or indicator code",
                                     expected: "Country Code and Indicator Code on every row")
            }
            for (j, y) in years.enumerated() {
                let text = fields[4 + j]
                guard let v = NumberText.parse(text) else {
                    throw GapMatrixError(.badData, file: file, line: r.line, field: String(y),
                                         found: "'\(text)' (column \(5 + j))", expected: "a number or an empty cell")
                }
                if !v.isNaN { rows.append(Row(unit: unit, year: y, indicator: code, value: v)) }
            }
        }
        return rows
    }
}
