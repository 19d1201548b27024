import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

/// The templates built into the binary are the files in Templates/, byte for byte.
@Suite struct BuiltInTemplatesTests {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Sources/GapMatrixReports/Templates"
    }()

    @Test func builtInTemplatesMatchTheTemplateFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".mustache") }.sorted()
        #expect(names.count >= 8)
        #expect(HTMLTemplates.builtIn.map { $0.name + ".mustache" } == names,
                "Templates/ changed: run scripts/embed-templates.sh")
        for t in HTMLTemplates.builtIn {
            let file = try #require(FileManager.default.contents(atPath: Self.folder + "/" + t.name + ".mustache"))
            #expect(Array(t.text.utf8) == Array(file), "\(t.name).mustache differs from the built-in text: run scripts/embed-templates.sh")
        }
    }

    /// A template folder is read strictly, as every input: a Latin-1 byte is named, not replaced.
    @Test func aTemplateThatIsNotUTF8IsNamed() throws {
        let dir = HTMLEscapingTests.folder([:])
        let bytes = Array("<p>ok</p>\n<p>caf".utf8) + [0xE9] + Array("</p>\n".utf8)
        #expect(FileManager.default.createFile(atPath: dir + "/report.mustache", contents: Data(bytes)))
        let e = #expect(throws: GapMatrixError.self) { try HTMLTemplates.load(from: dir) }
        #expect(e?.description == dir + "/report.mustache:2:7: invalid UTF-8 byte 0xE9; expected UTF-8 text (save the file as UTF-8)")
    }
}
