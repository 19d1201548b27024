import Testing
@testable import GapMatrix

/// Rows read as bytes (`CSVFields`) give the same fields as rows read as Strings, written out by hand.
@Suite struct CSVFieldsTests {
    static let text = "\u{FEFF}code,note,value\r\n"
        + "AAA,\"say \"\"hi\"\", twice\",1.5\r\n"
        + "\r\n"
        + "BBB,\"two\nlines\",\r\n"
        + "Côte,,\"\"\n"

    @Test func bytesAndStringsAgree() throws {
        var reader = try CSVReader(bytes: Array(Self.text.utf8), file: "mem")
        #expect(reader.header == ["code", "note", "value"])
        var r = CSVFields()
        var seen: [(line: Int, fields: [String])] = []
        while try reader.next(into: &r) { seen.append((r.line, (0..<r.count).map(r.string))) }
        #expect(seen.map(\.line) == [2, 4, 6])
        #expect(seen[0].fields == ["AAA", "say \"hi\", twice", "1.5"])
        #expect(seen[1].fields == ["BBB", "two\nlines", ""])
        #expect(seen[2].fields == ["Côte", "", ""])
    }

    @Test func fieldsCompareAsBytes() throws {
        var reader = try CSVReader(bytes: Array(Self.text.utf8), file: "mem")
        var r = CSVFields()
        _ = try reader.next(into: &r)
        #expect(r.equals(0, Array("AAA".utf8)))
        #expect(!r.equals(0, Array("AA".utf8)))
        #expect(r.equals(1, Array("say \"hi\", twice".utf8)))
        #expect(r.bytes(2) == Array("1.5".utf8))
        #expect(try reader.number(r, 2) == 1.5)
        _ = try reader.next(into: &r)
        #expect(r.equals(2, []))
        #expect(try reader.number(r, 2).isNaN)
    }

    /// The buffers are reused: a short row after a long one holds only its own fields.
    @Test func aShortRowAfterALongOneKeepsNothingOfIt() throws {
        var reader = try CSVReader(bytes: Array("a,b\nlong field here,\"x,y\"\nc,d\n".utf8), file: "mem")
        var r = CSVFields()
        _ = try reader.next(into: &r)
        _ = try reader.next(into: &r)
        #expect((0..<r.count).map(r.string) == ["c", "d"])
        #expect(try !reader.next(into: &r))
    }
}
