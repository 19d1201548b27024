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
        for theme in ["GFMD", "RT1", "RT2", "RT3"] { #expect(headings.contains(theme), "\(theme)") }
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

    @Test func rankIntervalsMatchRankStatsCSV() throws {
        let r = Self.csv("ua_rankstats.csv")
        let ranked = r.rows.filter { $0.fields[2] != "NA" }
        let bands = Self.page.find("rect", in: "uncertainty") { $0.attributes["class"] == "band" && $0.ancestors.contains("g") }
        #expect(bands.count == ranked.count)
        // Ranked among the units with an index score, like the dashboard: 103 of 193 have every theme
        // judged (coverage >= 0.667) and at most 20% of indicators missing (166 had the second alone).
        let indexCells = Self.page.find("td", in: "dashboard") { $0.attributes["data-colour"] == nil && $0.attributes["data-s"] != nil }
        #expect(indexCells.count == 193)
        #expect(ranked.count == indexCells.filter { $0.attributes["data-s"] != "" }.count)
        #expect(ranked.count == 103)
    }

    @Test func renderingIsDeterministic() throws {
        let s = try Study.read(Self.root + "/Datasets/gfmd-2007/study.yaml")
        let inputs = try s.loadInputs()
        let r = try StudyResults.load(s, inputs, parts: .ratings)
        let t = try HTMLTemplates.load()
        #expect(HTMLReport.render(t, r) == HTMLReport.render(t, r))
    }
}
