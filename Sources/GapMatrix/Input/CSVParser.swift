import Foundation

/// A byte-level RFC 4180 record reader that tracks lines for error messages.
///
/// Works on UTF-8 bytes: the separators and quotes are ASCII, so multi-byte characters pass
/// through untouched and no per-character String work is done on the hot path. Reading from a
/// file, it holds one chunk and the record being read, never the whole file: consumed bytes are
/// dropped between records, so memory stays bounded however large the file.
struct CSVParser {
    private var bytes: [UInt8]
    private let file: String
    private var pos = 0
    private var line = 1
    /// Where more bytes come from; nil once the input is exhausted (or for bytes in memory).
    private var source: ReadableFile?
    /// Set when reading the file failed part way; reported rather than taken for its end.
    private var readFailed = false
    static let chunk = 1 << 20

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
    }

    /// Streams `source` (owned by the parser from now on).
    init(source: ReadableFile, file: String) {
        bytes = []
        self.file = file
        self.source = source
        _ = has(2)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
    }

    /// Whether byte `i` exists, reading further chunks of the file as needed.
    private mutating func has(_ i: Int) -> Bool {
        while i >= bytes.count, let file = source {
            let got: Int
            do {
                got = try file.read(appendingTo: &bytes, count: Self.chunk)
            } catch {
                readFailed = true
                got = 0
            }
            // 0: the end of the file (or a failed read, flagged above).
            if got == 0 {
                file.close()
                source = nil
                break
            }
        }
        return i < bytes.count
    }

    /// The next non-blank record, or nil at the end of the input.
    mutating func nextRecord() throws -> CSVRow? {
        // Taken out while in use (one owner, so its buffers are not copied), put back after.
        var record = scratch
        scratch = CSVFields()
        defer { scratch = record }
        guard try nextFields(into: &record) else { return nil }
        return record.row()
    }

    /// Reused by `nextRecord`, so its byte buffers keep their capacity from row to row.
    private var scratch = CSVFields()

    /// Reads the next non-blank record into `record` (its buffers reused); false at the end of the input.
    mutating func nextFields(into record: inout CSVFields) throws -> Bool {
        // Between records nothing refers back into the buffer: drop what has been read.
        if source != nil && pos >= Self.chunk {
            bytes.removeFirst(pos)
            pos = 0
        }
        while has(pos) {
            record.clear(line: line)
            var blank = true
            while true {
                let quoted = try readField(into: &record)
                if quoted || record.lastFieldCount > 0 { blank = false }
                if !has(pos) { break }
                if bytes[pos] == Self.comma {
                    pos += 1
                    blank = false
                    continue
                }
                // end of record
                consumeNewline()
                break
            }
            if blank && record.count == 1 { continue }
            try checkRead()
            return true
        }
        try checkRead()
        return false
    }

    private func checkRead() throws {
        if readFailed {
            throw GapMatrixError(.missingInput, file: file, line: line, found: "a read error part way through the file")
        }
    }

    private mutating func consumeNewline() {
        if has(pos) && bytes[pos] == Self.cr { pos += 1 }
        if has(pos) && bytes[pos] == Self.lf { pos += 1 }
        line += 1
    }

    /// Appends one field to `record`; true when it was quoted.
    private mutating func readField(into record: inout CSVFields) throws -> Bool {
        if has(pos) && bytes[pos] == Self.quote {
            try readQuoted(into: &record)
            return true
        }
        let start = pos
        // Every byte of the field OR-ed together: below 0x80 means ASCII, which needs no UTF-8 check.
        var seen: UInt8 = 0
        // Scan what is in the buffer without a bounds or refill check per byte; refill only when
        // the field runs to the end of the buffer.
        while has(pos) {
            (pos, seen) = bytes.withUnsafeBufferPointer { buf in
                var i = pos, seen = seen
                while i < buf.count {
                    let b = buf[i]
                    if b == Self.comma || b == Self.lf || b == Self.cr || b == Self.quote { break }
                    seen |= b
                    i += 1
                }
                return (i, seen)
            }
            if pos < bytes.count { break }
        }
        if pos < bytes.count && bytes[pos] == Self.quote {
            throw GapMatrixError(.badData, file: file, line: line, column: column(of: pos),
                                 found: "a quote inside an unquoted field",
                                 expected: "the whole field in quotes, with inner quotes doubled")
        }
        if seen >= 0x80 { try checkUTF8(start..<pos, firstLine: line) }
        bytes.withUnsafeBufferPointer { record.append(UnsafeBufferPointer(rebasing: $0[start..<pos])) }
        return false
    }

    private mutating func readQuoted(into record: inout CSVFields) throws {
        let openLine = line
        let openColumn = column(of: pos)
        pos += 1
        let contentStart = pos
        // Runs of bytes without a quote are copied whole; a doubled quote adds one quote.
        var runStart = pos
        var seen: UInt8 = 0
        while has(pos) {
            let b = bytes[pos]
            if b == Self.quote {
                record.appendPart(bytes[runStart..<pos])
                // The doubled quotes of the raw bytes are ASCII: checking them checks the field.
                if has(pos + 1) && bytes[pos + 1] == Self.quote {
                    record.appendPart(CollectionOfOne(Self.quote))
                    pos += 2
                    runStart = pos
                    continue
                }
                if seen >= 0x80 { try checkUTF8(contentStart..<pos, firstLine: openLine) }
                pos += 1
                if has(pos) {
                    let next = bytes[pos]
                    if next != Self.comma && next != Self.lf && next != Self.cr {
                        throw GapMatrixError(.badData, file: file, line: line, column: column(of: pos),
                                             found: "'\(Character(UnicodeScalar(next)))' after a closing quote",
                                             expected: "a comma or the end of the line")
                    }
                }
                record.endField()
                return
            }
            if b == Self.lf { line += 1 }
            seen |= b
            pos += 1
        }
        throw GapMatrixError(.badData, file: file, line: openLine, column: openColumn,
                             found: "a quoted field that is never closed",
                             expected: "a closing quote")
    }

    /// Fails at the first byte of `range` that is not UTF-8, with its line (counted from
    /// `firstLine`, where the range starts) and column.
    private func checkUTF8(_ range: Range<Int>, firstLine: Int) throws {
        guard let offset = UTF8Check.firstInvalid(bytes[range]) else { return }
        let bad = range.lowerBound + offset
        let line = firstLine + bytes[range.lowerBound..<bad].lazy.filter { $0 == Self.lf }.count
        throw UTF8Check.error(file: file, line: line, column: column(of: bad), byte: bytes[bad])
    }

    /// 1-based column of byte `index` on the current line, counted in characters.
    private func column(of index: Int) -> Int {
        var start = index
        while start > 0 && bytes[start - 1] != Self.lf { start -= 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self).count + 1
    }
}
