import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

/// The HTML report of the shipped default study, checked against the CSV files rendered with it.
@Suite struct HTMLReportTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Every file of the default report, rendered in memory as `gapmatrix report` does.
    static let files: [String: String] = {
        let s = try! Study.read(root + "/Datasets/gfmd-2007/study.yaml")
        let inputs = try! s.loadInputs()
        let results = try! StudyResults.load(s, inputs, parts: ReportFiles.parts(for: s))
        let rendered = ReportFiles.render(results, html: try! HTMLTemplates.load())
        return Dictionary(uniqueKeysWithValues: rendered.map { ($0.name, $0.text) })
    }()

    static let page = Page.parse(files["report.html"]!)

    static func csv(_ name: String) -> CSVTable { try! CSVTable.parse(files[name]!, file: name) }

    @Test func pageIsWellFormedAndSmall() {
        #expect(Self.page.error == nil)
        #expect(Self.files["report.html"]!.utf8.count < 5_000_000)
        // Nothing is fetched: no external scripts, styles, fonts or images.
        #expect(Self.page.elements.allSatisfy { $0.attributes["src"] == nil })
        #expect(Self.page.find("link").isEmpty)
    }

    @Test func dashboardColoursCountAsInThemesCSV() throws {
        let t = Self.csv("themes.csv")
        let colourColumn = try t.column("colour")
        let cells = Self.page.find("td", in: "dashboard") { $0.attributes["data-colour"] != nil }
        #expect(cells.count == t.rows.count)
        for colour in Colour.allCases {
            let expected = t.rows.filter { $0.fields[colourColumn] == colour.rawValue }.count
            #expect(cells.filter { $0.attributes["data-colour"] == colour.rawValue }.count == expected, "\(colour)")
            // The letter is printed in every cell, so colour is never the only cue.
            #expect(cells.filter { $0.attributes["data-colour"] == colour.rawValue }.allSatisfy { $0.text.hasPrefix(colour.letter) })
        }
    }

    @Test func everyUnitAndThemeIsOnThePage() throws {
        let t = Self.csv("results.csv")
        let units = t.rows.map { $0.fields[0] }
        #expect(units.count == 193)
        let ids = Set(Self.page.elements.compactMap { $0.attributes["id"] })
        for u in units {
            #expect(ids.contains("row-\(u)") && ids.contains("country-\(u)"), "\(u)")
        }
        let headings = Set(Self.page.find("th", in: "dashboard").map { $0.text })
        for theme in ["Country", "Roles", "RT1", "RT2", "RT3"] { #expect(headings.contains(theme), "\(theme)") }
    }

    @Test func gapMarksCountAsInGapMatrixCSV() throws {
        let g = Self.csv("gap_matrix.csv")
        let classColumn = try g.column("gap_class")
        let marks = Self.page.elements.filter { $0.section == "gaps" && $0.ancestors.contains("figure") && ($0.attributes["class"] ?? "").hasPrefix("gap-") }
        #expect(marks.count == g.rows.count)
        for c in KnowledgeGapMatrix.GapClass.allCases {
            let expected = g.rows.filter { $0.fields[classColumn] == c.rawValue }.count
            #expect(marks.filter { $0.attributes["class"] == HTMLCharts.mark(c).cssClass }.count == expected, "\(c)")
        }
    }

    /// The default study has no index: the meeting brief opens the page, the scoreboard follows,
    /// with no index column, rank, league bars or rank intervals; countries are listed by name
    /// within each region.
    @Test func scoreboardFirstWithoutIndexOrRanks() throws {
        #expect(Self.files["ua_rankstats.csv"] == nil && Self.files["league_tables.md"] == nil)
        let sections = Self.page.find("section").compactMap { $0.attributes["id"] }
        #expect(Array(sections.prefix(2)) == ["brief", "dashboard"])
        #expect(!sections.contains("league") && !sections.contains("uncertainty"))
        let headings = Self.page.find("th", in: "dashboard").map(\.text)
        #expect(!headings.contains { $0.contains("Rank") || $0 == "GFMD" })
        #expect(Self.page.find("h2").prefix(2).map(\.text)
                == ["GFMD 2007 roundtables, UN member states, edition 2: meeting brief", "Scoreboard"])
        // By name within a region: Africa opens with Algeria, Angola, Benin.
        let rows = Self.page.find("tr", in: "dashboard") { $0.attributes["class"] == "unit" }.compactMap { $0.attributes["id"] }
        #expect(Array(rows.prefix(3)) == ["row-DZA", "row-AGO", "row-BEN"])
    }

    /// Every country's roles beside its name, every indicator's mark in its theme cell with the
    /// value, unit and score in its title, as indicators.csv has them.
    @Test func rolesAndIndicatorMarksAsInTheCSVs() throws {
        let roles = Self.csv("roles.csv")
        let roleCells = Self.page.find("td", in: "dashboard") { $0.attributes["class"] == "roles" }
        #expect(roleCells.count == roles.rows.count)
        let mex = try #require(roles.rows.first { $0.fields[0] == "MEX" })
        #expect(mex.fields[2] == "TRUE" && mex.fields[3] == "TRUE")
        #expect(Self.page.elements.contains { $0.attributes["id"] == "row-MEX" })
        let marks = Self.page.find("i", in: "dashboard") { ($0.attributes["class"] ?? "").hasPrefix("mark ") }
        let indicators = Self.csv("indicators.csv")
        #expect(marks.count == indicators.rows.count)
        let state = try indicators.column("state")
        for s in CellState.allCases {
            let want = indicators.rows.filter { $0.fields[state] == s.rawValue }.count
            let got = marks.filter { m in
                s == .value ? (m.attributes["class"] ?? "").contains("s-value") : m.text == s.symbol
            }.count
            #expect(got == want, "\(s)")
        }
        // Mexico's cost of sending money to it: the value with its unit, then the score apart.
        #expect(marks.contains { ($0.attributes["title"] ?? "").hasPrefix(
            "Average cost of sending remittances to the country (SI.RMT.COST.IB.ZS): 4.18% of amount sent (2020), score 93.0") })
    }

    @Test func renderingIsDeterministic() throws {
        let s = try Study.read(Self.root + "/Datasets/gfmd-2007/study.yaml")
        let inputs = try s.loadInputs()
        let r = try StudyResults.load(s, inputs, parts: .ratings)
        let t = try HTMLTemplates.load()
        #expect(HTMLReport.render(t, r) == HTMLReport.render(t, r))
    }
}
