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
        try collect(CSVReader(path: path))
    }

    /// Parses CSV text already in memory.
    public static func parse(_ text: String, file: String) throws -> CSVTable {
        try parse(Array(text.utf8), file: file)
    }

    public static func parse(_ bytes: [UInt8], file: String) throws -> CSVTable {
        try collect(CSVReader(bytes: bytes, file: file))
    }

    private static func collect(_ reader: CSVReader) throws -> CSVTable {
        var reader = reader
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return CSVTable(file: reader.file, header: reader.header, rows: rows)
    }
}

extension CSVTable: CSVColumns {}

/// Number cells as R and spreadsheets write them.
public enum NumberText {
    /// The value of `text`, NaN for a missing cell, nil when it is not a number.
    public static func parse(_ text: String) -> Double? {
        let t = text.trimmedField
        if t.isEmpty || t == "NA" || t == "NaN" || t == "#N/A" || t == ".." { return .nan }
        guard let v = Double(t), v.isFinite else { return nil }
        return v
    }
}

/// Opening and reading input files, with the error kinds the command line maps to exit codes.
public enum InputFile {
    /// `path` open for reading, or the error a user should see.
    static func open(_ path: String) throws -> ReadableFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GapMatrixError(.missingInput, file: path, found: "no such file")
        }
        if isDirectory.boolValue {
            throw GapMatrixError(.missingInput, file: path, found: "a directory", expected: "a file")
        }
        guard let file = ReadableFile(path: path) else {
            throw GapMatrixError(.missingInput, file: path, found: "a file that cannot be read")
        }
        return file
    }

    /// The whole file, for inputs that are small by nature (YAML, registries).
    public static func bytes(_ path: String) throws -> [UInt8] {
        let file = try open(path)
        var out: [UInt8] = []
        do {
            while try file.read(appendingTo: &out, count: 1 << 20) > 0 {}
        } catch {
            throw GapMatrixError(.missingInput, file: path, found: "a file that cannot be read")
        }
        return out
    }

    /// The whole file as text; a byte that is not UTF-8 is an error at its line and column.
    public static func text(_ path: String) throws -> String {
        let bytes = try bytes(path)
        if let bad = UTF8Check.firstInvalid(bytes) { throw UTF8Check.error(file: path, bytes: bytes, at: bad) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
