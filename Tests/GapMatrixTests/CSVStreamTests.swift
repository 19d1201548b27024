import Foundation
import Testing
@testable import GapMatrix

/// Files are read in 1 MB chunks; what spans a chunk boundary must read exactly as in memory.
@Suite struct CSVStreamTests {
    /// About 3.5 MB of rows with quoted fields holding commas, doubled quotes and line breaks,
    /// so that many records and fields straddle the chunk boundaries.
    static let text: String = {
        let rng = RandomStream(seed: 42)
        var lines = ["unit,note,value"]
        var i = 0
        while i < 80_000 {
            let note: String
            switch rng.index(4) {
            case 0: note = "plain\(i)"
            case 1: note = "\"with, comma \(i)\""
            case 2: note = "\"said \"\"yes\"\" \(i)\""
            default: note = "\"two\nlines \(i)\""
            }
            lines.append("U\(i),\(note),\(rng.uniform(0, 100))")
            i += 1
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }()

    @Test func aFileIsReadInPiecesToItsEndThenRefusedOnceClosed() throws {
        let file = try #require(ReadableFile(path: Self.file("abcdef")))
        var buffer = Array("x".utf8)
        #expect(try file.read(appendingTo: &buffer, count: 4) == 4)
        #expect(try file.read(appendingTo: &buffer, count: 4) == 2)
        #expect(try file.read(appendingTo: &buffer, count: 4) == 0)
        #expect(buffer == Array("xabcdef".utf8))
        file.close()
        #expect(throws: ReadableFile.ReadError.self) { try file.read(appendingTo: &buffer, count: 4) }
        #expect(ReadableFile(path: "/nonexistent/gm-\(UUID().uuidString)") == nil)
    }

    static func file(_ text: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gm-stream-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("big.csv").path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func streamedRowsEqualRowsReadInMemory() throws {
        #expect(Self.text.utf8.count > 2 * CSVParser.chunk)
        let streamed = try CSVTable.read(Self.file(Self.text))
        let inMemory = try CSVTable.parse(Self.text, file: "mem")
        #expect(streamed.rows.count == 80_000)
        #expect(streamed.header == inMemory.header)
        #expect(streamed.rows.map(\.fields) == inMemory.rows.map(\.fields))
        #expect(streamed.rows.map(\.line) == inMemory.rows.map(\.line))
    }

    /// An error far into a file names the same line and column as in memory.
    @Test func errorsAfterManyChunksNameTheRightLine() throws {
        var lines = Self.text.components(separatedBy: "\r\n")
        lines[70_000] = "U70000,bad \"quote,1"
        let broken = lines.joined(separator: "\r\n")
        let streamed = #expect(throws: GapMatrixError.self) { try CSVTable.read(Self.file(broken)) }
        let inMemory = #expect(throws: GapMatrixError.self) { try CSVTable.parse(broken, file: "mem") }
        #expect(streamed?.line == inMemory?.line && streamed?.column == inMemory?.column)
        #expect(streamed?.column == 12)
        #expect(streamed?.found == "a quote inside an unquoted field")
    }

    /// A tidy values file streams row by row: rows for indicators a study does not use are
    /// skipped without being kept.
    @Test func tidyValuesStreamAndSkipOtherIndicators() throws {
        var rows = ["unit,year,indicator,value"]
        for i in 0..<30_000 { rows.append("AAA,\(1990 + i % 30),OTHER\(i / 30),\(i)") }
        rows.append("AAA,2020,x1,42")
        rows.append("BBB,2020,x1,7")
        let dir = (Self.file(rows.joined(separator: "\n") + "\n") as NSString).deletingLastPathComponent
        let framework = """
            levels: [Indicator, Index]
            themes: [{code: I, name: Index}]
            indicators: [{code: x1, name: X1, theme: I}]
            """
        FileManager.default.createFile(atPath: dir + "/framework.yaml", contents: Data(framework.utf8))
        let contents = try FrameworkFile.read(dir + "/framework.yaml")
        let inputs = try TidyReader.read(.init(values: [dir + "/big.csv"], ignoreOtherIndicators: true), framework: contents,
                                         referenceYear: 2020)
        #expect(inputs.raw.units == ["AAA", "BBB"])
        #expect(inputs.raw.column(0) == [42, 7])
    }

    /// The fast trim gives exactly Foundation's `.whitespaces` trim, whatever the field's edges.
    @Test func fieldTrimAgreesWithFoundation() {
        let cases = ["", " ", "\t", "a", " a", "a ", "\ta\t", "a b", "  a b  ", "\u{00A0}x", "x\u{3000}", "é", " é ",
                     "日本", "\n a", "a\r", "\u{2009}1.5\u{2009}", "\"q\"", "NA", " 12.5"]
        for c in cases {
            #expect(c.trimmedField == c.trimmingCharacters(in: .whitespaces), "\(c.unicodeScalars.map { $0.value })")
        }
    }

    /// Unquoted fields that run across a chunk boundary, and a stray quote just after one, read as in memory.
    @Test func fieldsAcrossChunkBoundaries() throws {
        let long = String(repeating: "x", count: CSVParser.chunk - 5)
        let text = "a,b\n\(long),tail\nend,\"q\"\n"
        let path = temporaryFile("boundary.csv", text)
        var r = try CSVReader(path: path)
        #expect(try r.next()?.fields == [long, "tail"])
        #expect(try r.next()?.fields == ["end", "q"])
        let bad = temporaryFile("boundary-bad.csv", "a,b\n\(long)z\"z,1\n")
        var b = try CSVReader(path: bad)
        let e = #expect(throws: GapMatrixError.self) { _ = try b.next() }
        #expect(e?.line == 2 && e?.column == CSVParser.chunk - 3)
    }
}
