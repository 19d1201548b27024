import Foundation

/// One CSV record as UTF-8 bytes: each field with its quotes removed and doubled quotes undone.
///
/// A reader that streams a large file and needs few of each row's fields (a values file, most of
/// whose rows are for indicators a study does not use) looks at the bytes and makes a String only
/// for what it keeps. The buffers are reused from record to record, so reading allocates nothing
/// per row once they have grown to the widest record.
public struct CSVFields: Sendable {
    /// The line the record starts on.
    public private(set) var line = 0
    private var bytes: [UInt8] = []
    /// Field i is bytes[ends[i - 1]..<ends[i]] (from 0 for the first).
    private var ends: [Int] = []
    /// Bytes of the field being assembled (a quoted field comes in parts).
    private var open = 0

    public init() {}

    public var count: Int { ends.count }

    mutating func clear(line: Int) {
        self.line = line
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        open = 0
    }

    /// Adds a whole field (copied as one block).
    mutating func append(_ field: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: field)
        ends.append(bytes.count)
    }

    /// Adds to the field being assembled; `endField` closes it.
    mutating func appendPart<C: Collection>(_ part: C) where C.Element == UInt8 {
        bytes.append(contentsOf: part)
    }

    mutating func endField() { ends.append(bytes.count) }

    /// Bytes in the last field added (the parser's blank-line check).
    var lastFieldCount: Int { ends.isEmpty ? 0 : ends[ends.count - 1] - (ends.count > 1 ? ends[ends.count - 2] : 0) }

    private func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// Field `i` as it is in the file (the parser has checked it is UTF-8).
    public func string(_ i: Int) -> String {
        let r = range(i)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Field `i` without leading and trailing blanks, as `trimmedField` gives it.
    public func trimmed(_ i: Int) -> String { string(i).trimmedField }

    /// Whether field `i` is exactly `other`, byte for byte.
    public func equals(_ i: Int, _ other: [UInt8]) -> Bool {
        let r = range(i)
        guard r.count == other.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            other.withUnsafeBufferPointer { o in
                r.count == 0 || memcmp(b.baseAddress! + r.lowerBound, o.baseAddress!, r.count) == 0
            }
        }
    }

    /// Whether field `i` is all ASCII (then byte equality is String equality).
    public func isASCII(_ i: Int) -> Bool { bytes[range(i)].allSatisfy { $0 < 0x80 } }

    /// A copy of field `i`'s bytes (to compare later rows with).
    public func bytes(_ i: Int) -> [UInt8] { Array(bytes[range(i)]) }

    /// The record as Strings, for readers that use most fields.
    func row() -> CSVRow { CSVRow(line: line, fields: (0..<count).map(string)) }
}

/// What a reader made of one field, kept while the following rows repeat the field's bytes.
///
/// Rows of a sorted file mostly repeat the indicator, unit and source of the row before; compared
/// as bytes, a repeat costs no String and no dictionary lookup.
struct RepeatedField<Value> {
    private var bytes: [UInt8] = []
    private var value: Value?

    /// The value for field `i` of `record`: the kept one when the bytes repeat, else `make()`'s.
    mutating func value(_ record: CSVFields, _ i: Int, _ make: () throws -> Value) rethrows -> Value {
        if let value, record.equals(i, bytes) { return value }
        let made = try make()
        bytes = record.bytes(i)
        value = made
        return made
    }
}
