import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

/// Names from users' files must not break the page, whatever characters they hold.
@Suite struct HTMLEscapingTests {
    static let hostile = "Alpha <b>\"&\" 'Co'</b>"
    static let practiceTitle = "<script>alert('x')</script> & partners"

    static func folder(_ files: [String: String]) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gm-html-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(text.utf8)) }
        return dir.path
    }

    static func render() throws -> String {
        let dir = folder([
            "framework.yaml": """
                levels: [Indicator, Theme, Index]
                themes:
                  - {code: I, name: "Index & <all>"}
                  - {code: T1, name: "Theme \\"one\\"", parent: I}
                indicators:
                  - {code: x1, name: X1, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
                  - {code: x2, name: X2, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
                """,
            "values.csv": "unit,year,indicator,value\nAAA,2020,x1,90\nAAA,2020,x2,85\nBBB,2020,x1,10\nBBB,2020,x2,15\nCCC,2020,x1,50\n",
            "units.csv": "unit,name,un_region\nAAA,\"\(hostile.replacingOccurrences(of: "\"", with: "\"\""))\",North & South\nBBB,B,<East>\nCCC,C,North & South\n",
            "practices.yaml": """
                practices:
                  - {id: P1, title: "\(practiceTitle)", countries: [AAA], themes: [T1], sources: ["https://example.org/?a=1&b=<2>"], evaluation: {level: monitoring}}
                """,
            "study.yaml": """
                name: "Escaping <test> & \\"quotes\\""
                data: {format: tidy, values: values.csv, framework: framework.yaml, units: {file: units.csv, groups: [un_region]}}
                reference_year: 2020
                recipe: {normalise: {method: bounds}}
                ratings: {index: true, max_missing: 0.5}
                practices: practices.yaml
                gaps: {sufficiency: 0.5, k: 1, peer_groups: [un_region]}
                """,
        ])
        let s = try Study.read(dir + "/study.yaml")
        let inputs = try s.loadInputs()
        let files = ReportFiles.render(try StudyResults.load(s, inputs, parts: ReportFiles.parts(for: s)), html: try HTMLTemplates.load())
        return files.first { $0.name == "report.html" }!.text
    }

    @Test func hostileNamesAreEscapedAndReadBack() throws {
        let html = try Self.render()
        let page = Page.parse(html)
        #expect(page.error == nil)
        // Nothing a file supplied became markup.
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>\""))
        #expect(page.find("b") { $0.text.contains("Co") }.isEmpty)
        #expect(page.find("script").count == 1)
        // And the names read back exactly as written.
        #expect(page.find("title").first?.text == "Escaping <test> & \"quotes\"")
        #expect(page.find("a", in: "dashboard").contains { $0.text == Self.hostile })
        #expect(page.find("th", in: "dashboard").contains { $0.text == "North & South (2)" })
        #expect(page.find("th", in: "dashboard").contains { $0.text == "<East> (1)" })
        #expect(page.allText.contains(Self.practiceTitle))
    }

    @Test func templatesCanBeReplacedAndEscapeByDefault() throws {
        let dir = Self.folder(["report.mustache": "<p>{{title}}</p><p>{{{svg}}}</p>{{> part}}\n", "part.mustache": "[{{title}}]"])
        let t = try HTMLTemplates.load(from: dir)
        #expect(t.render(["title": "<x> & \"y\"", "svg": "<svg/>"]) == "<p>&lt;x&gt; &amp; &quot;y&quot;</p><p><svg/></p>[&lt;x&gt; &amp; &quot;y&quot;]\n")
    }

    @Test func badTemplateFoldersAreClearErrors() {
        let broken = Self.folder(["report.mustache": "line one\n{{#open}} never closed\n"])
        let e1 = #expect(throws: GapMatrixError.self) { try HTMLTemplates.load(from: broken) }
        #expect(e1?.kind == .badData)
        #expect(e1?.file == broken + "/report.mustache")
        let e2 = #expect(throws: GapMatrixError.self) { try HTMLTemplates.load(from: broken + "/nowhere") }
        #expect(e2?.kind == .missingInput)
        let noPage = Self.folder(["other.mustache": "x"])
        let e3 = #expect(throws: GapMatrixError.self) { try HTMLTemplates.load(from: noPage) }
        #expect(e3?.kind == .missingInput)
        #expect(e3?.description.contains("report.mustache") == true)
    }
}
