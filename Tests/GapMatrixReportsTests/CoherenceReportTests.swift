import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

/// The coherence checks as `audit` writes them and `validate` warns about them, on a small study run
/// through the whole pipeline: theme T of two yes/no items, theme U of three continuous indicators.
@Suite struct CoherenceReportTests {
    static func study() throws -> (Study, StudyInputs, Build) {
        let framework = """
            themes:
              - {code: I, name: Index}
              - {code: T, name: Treaties, parent: I}
              - {code: U, name: Outcomes, parent: I}
            indicators:
              - {code: y1, name: y1, theme: T}
              - {code: y2, name: y2, theme: T}
              - {code: a, name: a, theme: U}
              - {code: b, name: b, theme: U}
              - {code: c, name: c, theme: U}
            """
        let values: [String: [Double]] = [
            "y1": [0, 1, 0, 1, 1, 0, 0, 1], "y2": [1, 1, 0, 0, 1, 0, 1, 0],
            "a": [1, 2, 3, 4, 5, 6, 7, 8], "b": [2, 1, 4, 3, 6, 5, 8, 7], "c": [3, 1, 4, 1, 5, 9, 2, 6],
        ]
        var rows = ["unit,year,indicator,value"]
        for (code, v) in values.sorted(by: { $0.key < $1.key }) {
            for (u, x) in v.enumerated() { rows.append("U\(u),2020,\(code),\(x)") }
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapmatrix-coherence-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try framework.write(toFile: dir + "/framework.yaml", atomically: true, encoding: .utf8)
        try rows.joined(separator: "\n").write(toFile: dir + "/values.csv", atomically: true, encoding: .utf8)
        try "data: {format: tidy, values: values.csv, framework: framework.yaml}\n"
            .write(toFile: dir + "/study.yaml", atomically: true, encoding: .utf8)
        let s = try Study.read(dir + "/study.yaml")
        let inputs = try s.loadInputs()
        return (s, inputs, try Regenerate.run(inputs, recipe: s.recipe))
    }

    @Test func auditWritesCoherenceCSVAndSection() throws {
        let (s, inputs, build) = try Self.study()
        let files = AuditFiles.render(s, try Audit.run(inputs, build: build))
        // The new file sits before audit.txt, which the CLI prints as the last file.
        #expect(files.map(\.name) == ["audit_corr_pearson.csv", "audit_corr_spearman.csv", "audit_themes.csv",
                                      "audit_flags.csv", "coherence.csv", "audit.txt"])
        let csv = try #require(files.first { $0.name == "coherence.csv" }).text
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "\"theme\",\"indicator\",\"check\",\"value\",\"threshold\",\"flag\",\"message\"")
        #expect(lines.contains("\"T\",\"\",\"yes/no only\",1,1,TRUE,\"T rests on yes/no items only (y1, y2)\""))
        #expect(lines.contains("\"T\",\"\",\"indicator count\",2,3,TRUE,\"T rests on 2 indicators (fewer than 3)\""))
        #expect(lines.contains("\"U\",\"\",\"yes/no only\",0,1,FALSE,\"U has no yes/no items\""))
        // Per theme: 3 theme rows, 4 rows per indicator, 2 per pair: T 3 + 8 + 2, U 3 + 12 + 6.
        #expect(lines.count - 1 == 13 + 21)
        let flagged = lines.filter { $0.contains(",TRUE,") }.count
        let text = try #require(files.last).text
        #expect(text.contains("Coherence (\(flagged) flags in 2 themes)"))
        #expect(text.contains("T rests on yes/no items only (y1, y2)"))
    }

    @Test func validateWarnsOnceForEachFlag() throws {
        let (s, inputs, build) = try Self.study()
        let text = ValidationReport.text(study: s, inputs: inputs, build: build)
        let flags = try Audit.run(inputs, build: build).coherence.flags
        let warnings = text.split(separator: "\n").filter { $0.hasPrefix("warning: ") }.map(String.init)
        #expect(warnings == flags.map { "warning: " + $0.message })
        #expect(text.contains("OK\nwarning: T rests on 2 indicators (fewer than 3)\nwarning: T rests on yes/no items only (y1, y2)\n"))
    }
}
