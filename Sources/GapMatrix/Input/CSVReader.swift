import Foundation

/// Column lookups shared by a table in memory and a streamed one.
public protocol CSVColumns {
    var file: String { get }
    var header: [String] { get }
}

extension CSVColumns {
    /// The index of a required column.
    public func column(_ name: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else {
            throw GapMatrixError(.badData, file: file, line: 1, found: "no column '\(name)'",
                                 expected: "a header with '\(name)' (found: \(header.joined(separator: ", ")))")
        }
        return i
    }

    /// The index of an optional column.
    public func optionalColumn(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Parses the numeric cell at `row`, `col`; `NA` and an empty cell are missing (NaN).
    public func number(_ row: CSVRow, _ col: Int) throws -> Double {
        try number(row.fields[col], line: row.line, col)
    }

    /// The same for a row read as bytes.
    public func number(_ record: CSVFields, _ col: Int) throws -> Double {
        try number(record.string(col), line: record.line, col)
    }

    private func number(_ text: String, line: Int, _ col: Int) throws -> Double {
        guard let value = NumberText.parse(text) else {
            throw GapMatrixError(.badData, file: file, line: line, field: header[col],
                                 found: "'\(text)' (column \(col + 1))",
                                 expected: "a number, NA or an empty cell")
        }
        return value
    }
}

/// A CSV file read one row at a time: the header is checked on opening, each row's width as it
/// is read. Memory holds one chunk of the file and the current row, so large data files (a
/// whole World Bank download) stream through in bounded memory.
public struct CSVReader: CSVColumns {
    public let file: String
    public let header: [String]
    private var parser: CSVParser

    public init(path: String) throws {
        try self.init(parser: CSVParser(source: InputFile.open(path), file: path), file: path)
    }

    public init(bytes: [UInt8], file: String) throws {
        try self.init(parser: CSVParser(bytes: bytes, file: file), file: file)
    }

    private init(parser: CSVParser, file: String) throws {
        var parser = parser
        guard let first = try parser.nextRecord() else {
            throw GapMatrixError(.badData, file: file, line: 1, found: "an empty file", expected: "a header line")
        }
        let header = first.fields.map { $0.trimmedField }
        var seen: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if name.isEmpty {
                throw GapMatrixError(.badData, file: file, line: first.line, column: i + 1,
                                     found: "an empty column name", expected: "a name for every column")
            }
            if let j = seen[name] {
                throw GapMatrixError(.badData, file: file, line: first.line, column: i + 1,
                                     found: "column '\(name)' a second time (first in column \(j + 1))",
                                     expected: "unique column names")
            }
            seen[name] = i
        }
        self.file = file
        self.header = header
        self.parser = parser
    }

    /// The next row, or nil at the end of the file.
    public mutating func next() throws -> CSVRow? {
        guard let record = try parser.nextRecord() else { return nil }
        try checkWidth(record.fields.count, line: record.line)
        return record
    }

    /// Reads the next row into `record` as bytes (see `CSVFields`); false at the end of the file.
    public mutating func next(into record: inout CSVFields) throws -> Bool {
        guard try parser.nextFields(into: &record) else { return false }
        try checkWidth(record.count, line: record.line)
        return true
    }

    private func checkWidth(_ count: Int, line: Int) throws {
        if count != header.count {
            throw GapMatrixError(.badData, file: file, line: line, found: "a row of \(count) fields",
                                 expected: "\(header.count) fields as in the header")
        }
    }
}
