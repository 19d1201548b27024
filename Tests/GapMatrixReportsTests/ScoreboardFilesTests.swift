import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

/// Without `ratings: {index: true}` the report has no index, ranks or league tables and leads
/// with the scoreboard (roles, theme colour and coverage, every indicator's value with its unit);
/// with it, every rank carries its rank interval from the recorded uncertainty run. A study with
/// role rules gets roles.csv, and every cell's state, type and role are in indicators.csv.
@Suite struct ScoreboardFilesTests {
    static func files(index: Bool, html: Bool = false) throws -> [String: String] {
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
                  - {code: o1, name: Outcome one (% of people), unit: "% of people", role: destination, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
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
                uncertainty:
                  target: I
                  inputs:
                    - {parameter: weights, noise: 0.25, levels: [1]}
                  replications: 20
                  seed: 7
                """,
        ]
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let s = try Study.read(dir.path + "/study.yaml")
        let r = try StudyResults.load(s, try s.loadInputs(), parts: ReportFiles.parts(for: s))
        return Dictionary(uniqueKeysWithValues: ReportFiles.render(r, html: html ? try HTMLTemplates.load() : nil).map { ($0.name, $0.text) })
    }

    @Test func noLeagueTableWithoutTheIndex() throws {
        let f = try Self.files(index: false, html: true)
        #expect(f["league_tables.txt"] == nil && f["league_tables.md"] == nil && f["ua_rankstats.csv"] == nil)
        let dashboard = try #require(f["dashboard.txt"])
        #expect(dashboard.hasPrefix("Scoreboard: scoreboard\n"))
        #expect(dashboard.contains("no overall index, ranks or league table: the study does not ask for them"))
        for text in [dashboard, try #require(f["scorecards.txt"]), try #require(f["report.html"])] {
            #expect(!text.contains("League") && !text.contains("Rank") && !text.contains("rank "))
        }
        // The overview: country with its code, roles, theme colour and coverage (values / cells that apply
        // and are in scope). AAA is a destination, both indicators apply; BBB has no role, o1 is not applicable.
        #expect(dashboard.contains("A (AAA)  destination  Y 2/2"))
        #expect(dashboard.contains("B (BBB)  none         R 1/1"))
        // The theme's board: the four state counts (value/missing/out of scope/n.a.) and each cell.
        #expect(dashboard.contains("A (AAA)  Y 2/2  2/0/0/0                          G 90  R 10%"))
        #expect(dashboard.contains("B (BBB)  R 1/1  1/0/0/1                          R 10  n/a"))
        #expect(dashboard.contains("2  Outcome one (o1)  % of people  outcome  destinations"))
    }

    @Test func scorecardsGiveValueWithUnitAndScoreApart() throws {
        let f = try Self.files(index: false)
        let md = try #require(f["scorecards.md"])
        #expect(md.contains("Region: -; income group: -. Roles: destination (destination: Immigrants: 2 million people >= 1 million)."))
        #expect(md.contains("| T1: Theme one | Y | coverage 2 of 2 (100%) |  | 50.0 | 2 with a value, 0 missing, 0 out of scope, "
                            + "0 not applicable; policy green, outcome red; two worst: Outcome one: 10% of people (score 10) red; "
                            + "Policy one: 90 (score 90) green (mean points 1.5 >= 1.5) |"))
        // The name loses its "(% of people)" since the unit follows the value; the threshold keeps "%".
        #expect(md.contains("|   Outcome one (o1) | R | 10% of people | 2020 | 10.0 | red: at or below red threshold 20% |"))
        #expect(md.contains("|   Outcome one (o1) | . | not applicable |  |  | not applicable: destination indicator; BBB is assessed with no role |"))
    }

    /// With the index on, every rank carries its 5-95% interval: AAA (50) is always above BBB
    /// (10) whatever the weights, so the intervals are 1-1 and 2-2.
    @Test func ranksCarryTheirIntervalsWithTheIndex() throws {
        let f = try Self.files(index: true, html: true)
        #expect(try #require(f["ua_rankstats.csv"]).contains("\"AAA\""))
        let dashboard = try #require(f["dashboard.txt"])
        #expect(dashboard.contains("Rank (5-95%)"))
        #expect(dashboard.contains("A (AAA)  destination  Y 2/2  50.0       1 (1-1)"))
        #expect(dashboard.contains("B (BBB)  none         R 1/1  10.0       2 (2-2)"))
        #expect(try #require(f["league_tables.txt"]).contains("1 (1-1)       A (AAA)  destination   50.0"))
        #expect(try #require(f["scorecards.txt"]).contains("Index 50.0, rank 1 (1-1) of 2."))
        let page = Page.parse(try #require(f["report.html"]))
        #expect(page.error == nil)
        let ranks = page.find("td", in: "dashboard") { $0.attributes["class"] == "num" && $0.text.contains("(") }.map(\.text)
        #expect(ranks == ["1 (1-1)", "2 (2-2)"])
        #expect(!page.find("section", where: { $0.attributes["id"] == "uncertainty" }).isEmpty)
    }

    @Test func rolesStatesAndColoursInTheTables() throws {
        let f = try Self.files(index: false)
        let roles = try #require(f["roles.csv"])
        #expect(roles.contains("\"AAA\",\"A\",FALSE,TRUE,FALSE,\"destination: Immigrants: 2 million people >= 1 million\""))
        #expect(roles.contains("\"BBB\",\"B\",FALSE,FALSE,TRUE,"))
        let indicators = try #require(f["indicators.csv"])
        #expect(indicators.contains("\"BBB\",\"B\",\"\",\"\",\"T1\",\"o1\",\"Outcome one (% of people)\",\"% of people\",\"outcome\",\"destination\",\"not applicable\",,"))
        #expect(indicators.contains("\"AAA\",\"A\",\"\",\"\",\"T1\",\"p1\",\"Policy one\",\"\",\"policy\",\"both\",\"value\",90,"))
        // AAA T1: policy green, outcome red; BBB T1: policy red, no outcome that applies.
        let themes = try #require(f["themes.csv"])
        #expect(themes.contains("\"policy_colour\",\"policy_colour_reason\",\"outcome_colour\""))
        #expect(themes.contains(",\"green\",\"one rated indicator: Policy one: 90 (score 90) green\",\"red\","))
        #expect(themes.contains(",\"red\",\"one rated indicator: Policy one: 10 (score 10) red\",\"grey\",\"no outcome indicator\","))
    }
}
