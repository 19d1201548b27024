import Foundation
import Testing
@testable import GapMatrix

/// A byte that is not UTF-8 is an error at its file, line and column, never a replacement character.
@Suite struct InvalidUTF8Tests {
    /// "Côte d'Ivoire" as Latin-1 writes it: 0xF4 for "ô".
    static let latin1Name: [UInt8] = Array("C".utf8) + [0xF4] + Array("te d'Ivoire".utf8)

    func write(_ bytes: [UInt8], name: String) -> String {
        let folder = temporaryFolder([:])
        let path = folder + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    @Test func csvUnquotedFieldFromFile() throws {
        // Line 3, after "CIV," (column 5).
        let bytes = Array("uCode,uName\nAAA,Alpha\nCIV,".utf8) + Self.latin1Name + Array("\n".utf8)
        let path = write(bytes, name: "units.csv")
        let e = #expect(throws: GapMatrixError.self) { try CSVTable.read(path) }
        #expect(e?.kind == .badData)
        #expect(e?.description == "\(path):3:6: invalid UTF-8 byte 0xF4; expected UTF-8 text (save the file as UTF-8)")
    }

    @Test func csvQuotedFieldCountsLinesInsideTheQuotes() throws {
        // The quoted field opens on line 2 and the bad byte is on line 3, after "ab" and a valid "é".
        let bytes = Array("a,b\n1,\"x\nab\u{E9}".utf8) + [0xE9] + Array("\"\n".utf8)
        let e = #expect(throws: GapMatrixError.self) { try CSVTable.parse(bytes, file: "q.csv") }
        #expect(e?.description == "q.csv:3:4: invalid UTF-8 byte 0xE9; expected UTF-8 text (save the file as UTF-8)")
    }

    @Test func truncatedAndOverlongSequencesAreErrors() throws {
        // A lead byte with no continuation, an overlong "/" (0xC0 0xAF), a surrogate (0xED 0xA0 0x80).
        for bad: [UInt8] in [[0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF]] {
            let bytes = Array("a\n".utf8) + bad + Array("\n".utf8)
            let e = #expect(throws: GapMatrixError.self) { try CSVTable.parse(bytes, file: "t.csv") }
            #expect(e?.line == 2 && e?.column == 1, "\(bad)")
            #expect(e?.found == "invalid UTF-8 byte 0x" + String(bad[0], radix: 16, uppercase: true), "\(bad)")
        }
    }

    @Test func validUTF8AndTheByteOrderMarkStillRead() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("unit,name\nCIV,\"Côte d'Ivoire\"\nTUR,Türkiye\n".utf8)
        let t = try CSVTable.parse(bytes, file: "ok.csv")
        #expect(t.header == ["unit", "name"])
        #expect(t.rows.map { $0.fields[1] } == ["Côte d'Ivoire", "Türkiye"])
    }

    @Test func yamlFileNamesTheLineAndColumn() throws {
        let bytes = Array("name: Study\nunits:\n  - name: ".utf8) + Self.latin1Name + Array("\n".utf8)
        let path = write(bytes, name: "study.yaml")
        let e = #expect(throws: GapMatrixError.self) { try YAMLMap.load(path) }
        #expect(e?.kind == .badData)
        #expect(e?.description == "\(path):3:12: invalid UTF-8 byte 0xF4; expected UTF-8 text (save the file as UTF-8)")
    }

    /// Through a whole study: the units file of a study is read strictly too.
    @Test func aStudyWithALatin1DataFileFails() throws {
        let folder = temporaryFolder(["meta.csv": BadInputTests.meta,
                                      "study.yaml": "data: {format: coinr, idata: data.csv, imeta: meta.csv}\n" + BadInputTests.recipe])
        let data = Array(BadInputTests.data.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated().map { i, line in i == 2 ? Array("BBB,".utf8) + Self.latin1Name + Array(",g1,4,5,6".utf8) : Array(line) }
            .joined(separator: [UInt8(ascii: "\n")])
        #expect(FileManager.default.createFile(atPath: folder + "/data.csv", contents: Data(Array(data))))
        let e = #expect(throws: GapMatrixError.self) { try Study.read(folder + "/study.yaml").loadInputs() }
        #expect(e?.file == folder + "/data.csv")
        #expect(e?.line == 3 && e?.column == 6)
    }
}
