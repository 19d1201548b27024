import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

/// Without `ratings: {index: true}` the report has no index, ranks or league tables; a study
/// with role rules gets roles.csv, and every cell's state, type and role are in indicators.csv.
@Suite struct ScoreboardFilesTests {
    static func files(index: Bool) throws -> [String: String] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gm-scoreboard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let files = [
            "framework.yaml": """
                levels: [Indicator, Theme, Index]
                themes:
                  - {code: I, name: Index}
                  - {code: T1, name: Theme one, parent: I}
                indicators:
                  - {code: p1, name: Policy one, type: policy, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
                  - {code: o1, name: Outcome one, role: destination, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
                context:
                  - {code: imm, name: Immigrants, unit: people}
                """,
            // AAA is a destination (o1 applies); BBB is not (its o1 value is not applicable).
            "values.csv": "unit,year,indicator,value\nAAA,2020,p1,90\nAAA,2020,o1,10\nAAA,2020,imm,2000000\nBBB,2020,p1,10\nBBB,2020,o1,95\nBBB,2020,imm,5\n",
            "units.csv": "unit,name\nAAA,A\nBBB,B\n",
            "study.yaml": """
                name: Scoreboard
                data: {format: tidy, values: values.csv, framework: framework.yaml, units: units.csv}
                reference_year: 2020
                recipe: {normalise: {method: bounds}}
                ratings: {index: \(index)}
                roles:
                  destination:
                    - {variable: imm, at_least: 1000000}
                  unassigned: none
                """,
        ]
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let s = try Study.read(dir.path + "/study.yaml")
        let r = try StudyResults.load(s, try s.loadInputs(), parts: ReportFiles.parts(for: s))
        return Dictionary(uniqueKeysWithValues: ReportFiles.render(r).map { ($0.name, $0.text) })
    }

    @Test func noLeagueTableWithoutTheIndex() throws {
        let f = try Self.files(index: false)
        #expect(f["league_tables.txt"] == nil && f["league_tables.md"] == nil)
        #expect(try #require(f["dashboard.txt"]).contains("no overall index or ranks"))
        #expect(!(try #require(f["dashboard.txt"]).contains("Rank")))
        let with = try Self.files(index: true)
        #expect(with["league_tables.txt"] != nil)
    }

    @Test func rolesStatesAndColoursInTheTables() throws {
        let f = try Self.files(index: false)
        let roles = try #require(f["roles.csv"])
        #expect(roles.contains("\"AAA\",\"A\",FALSE,TRUE,FALSE,\"destination: Immigrants 2 million people >= 1 million people\""))
        #expect(roles.contains("\"BBB\",\"B\",FALSE,FALSE,TRUE,"))
        let indicators = try #require(f["indicators.csv"])
        #expect(indicators.contains("\"BBB\",\"B\",\"\",\"\",\"T1\",\"o1\",\"Outcome one\",\"\",\"outcome\",\"destination\",\"not applicable\",,"))
        #expect(indicators.contains("\"AAA\",\"A\",\"\",\"\",\"T1\",\"p1\",\"Policy one\",\"\",\"policy\",\"both\",\"value\",90,"))
        // AAA T1: policy green, outcome red; BBB T1: policy red, no outcome that applies.
        let themes = try #require(f["themes.csv"])
        #expect(themes.contains("\"policy_colour\",\"policy_colour_reason\",\"outcome_colour\""))
        #expect(themes.contains(",\"green\",\"one rated indicator: Policy one 90 (score 90) green\",\"red\","))
        #expect(themes.contains(",\"red\",\"one rated indicator: Policy one 10 (score 10) red\",\"grey\",\"no outcome indicator\","))
    }
}
