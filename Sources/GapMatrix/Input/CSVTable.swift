import Foundation

/// One record of a CSV file, with the line it starts on so errors can point at it.
public struct CSVRow: Sendable {
    public let line: Int
    public let fields: [String]
}

/// A parsed CSV file: a header and rectangular rows (RFC 4180 quoting).
///
/// Parsing is strict on purpose: a ragged row or an unterminated quote is an error with
/// its line and column, never a silently shifted column.
public struct CSVTable: Sendable {
    public let file: String
    public let header: [String]
    public let rows: [CSVRow]

    public init(file: String, header: [String], rows: [CSVRow]) {
        self.file = file
        self.header = header
        self.rows = rows
    }

    /// Reads and parses `path`; a missing file is `.missingInput`, bad content `.badData`.
    public static func read(_ path: String) throws -> CSVTable {
        let bytes = try InputFile.bytes(path)
        return try parse(bytes, file: path)
    }

    /// Parses CSV text already in memory.
    public static func parse(_ text: String, file: String) throws -> CSVTable {
        try parse(Array(text.utf8), file: file)
    }

    public static func parse(_ bytes: [UInt8], file: String) throws -> CSVTable {
        var parser = CSVParser(bytes: bytes, file: file)
        guard let first = try parser.nextRecord() else {
            throw GapMatrixError(.badData, file: file, line: 1, found: "an empty file",
                                 expected: "a header line")
        }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
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
        var rows: [CSVRow] = []
        while let record = try parser.nextRecord() {
            if record.fields.count != header.count {
                throw GapMatrixError(.badData, file: file, line: record.line,
                                     found: "a row of \(record.fields.count) fields",
                                     expected: "\(header.count) fields as in the header")
            }
            rows.append(record)
        }
        return CSVTable(file: file, header: header, rows: rows)
    }

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
        let text = row.fields[col]
        guard let value = NumberText.parse(text) else {
            throw GapMatrixError(.badData, file: file, line: row.line, field: header[col],
                                 found: "'\(text)' (column \(col + 1))",
                                 expected: "a number, NA or an empty cell")
        }
        return value
    }
}

/// Number cells as R and spreadsheets write them.
public enum NumberText {
    /// The value of `text`, NaN for a missing cell, nil when it is not a number.
    public static func parse(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || t == "NA" || t == "NaN" || t == "#N/A" || t == ".." { return .nan }
        guard let v = Double(t), v.isFinite else { return nil }
        return v
    }
}

/// Reading whole input files, with the error kinds the command line maps to exit codes.
public enum InputFile {
    public static func bytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GapMatrixError(.missingInput, file: path, found: "no such file")
        }
        if isDirectory.boolValue {
            throw GapMatrixError(.missingInput, file: path, found: "a directory", expected: "a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GapMatrixError(.missingInput, file: path, found: "a file that cannot be read")
        }
        return [UInt8](data)
    }

    public static func text(_ path: String) throws -> String {
        let bytes = try bytes(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw GapMatrixError(.badData, file: path, found: "bytes that are not UTF-8",
                                 expected: "a UTF-8 text file")
        }
        return text
    }
}
