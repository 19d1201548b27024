import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

/// The workbook of the shipped default study read back and compared with the CSV files rendered with it.
@Suite struct ReportWorkbookTests {
    static let rendered: (files: [String: String], workbook: [UInt8]) = {
        let s = try! Study.read(HTMLReportTests.root + "/Datasets/gfmd-2007/study.yaml")
        let inputs = try! s.loadInputs()
        // The uncertainty run adds nothing the workbook shows beyond its CSV; leave it out for speed.
        let results = try! StudyResults.load(s, inputs, parts: ReportFiles.parts(for: s).subtracting(.uncertainty))
        let texts = ReportFiles.render(results)
        let book = try! XLSXWriter.render(ReportWorkbook.build(results, files: texts))
        return (Dictionary(uniqueKeysWithValues: texts.map { ($0.name, $0.text) }), book)
    }()

    @Test func everyTableSheetEqualsItsCSV() throws {
        let reader = try XLSXReader(Self.rendered.workbook)
        let names = try reader.sheetNames()
        // The default study has no index: its results sheet holds theme scores, not a league.
        #expect(names.contains("Theme scores") && !names.contains("League tables"))
        #expect(ReportWorkbook.sheets(index: true).contains { $0.sheet == "League tables" })
        var compared = 0
        for (file, sheet) in ReportWorkbook.sheets(index: false) {
            guard let text = Self.rendered.files[file] else {
                #expect(!names.contains(sheet), "sheet \(sheet) without \(file)")
                continue
            }
            let index = try #require(names.firstIndex(of: sheet))
            let grid = try reader.grid(sheet: index)
            let csv = try CSVTable.parse(text, file: file)
            #expect(grid.first.map { Array($0.prefix(csv.header.count)) } == csv.header, "\(file) header")
            #expect(grid.count - 1 == csv.rows.count, "\(file) rows")
            for (r, row) in csv.rows.enumerated() {
                let got = grid[r + 1] + Array(repeating: "", count: max(0, csv.header.count - grid[r + 1].count))
                for (c, want) in row.fields.enumerated() {
                    if let a = Double(want), let b = Double(got[c]), !want.isEmpty {
                        // Excel keeps 15-17 significant digits.
                        #expect(abs(a - b) <= 1e-14 * max(1, abs(a)), "\(file) row \(r + 2) column \(csv.header[c])")
                    } else {
                        #expect(got[c] == want, "\(file) row \(r + 2) column \(csv.header[c])")
                    }
                }
            }
            compared += 1
        }
        #expect(compared >= 5)
    }

    @Test func dashboardLettersAndFillsFollowThemesCSV() throws {
        let reader = try XLSXReader(Self.rendered.workbook)
        let index = try #require(try reader.sheetNames().firstIndex(of: "Dashboard"))
        let grid = try reader.grid(sheet: index), fills = try reader.fills(sheet: index)
        let themes = try CSVTable.parse(Self.rendered.files["themes.csv"]!, file: "themes.csv")
        let colour = try themes.column("colour")
        let letters: [String: String] = ["green": "G", "yellow": "Y", "orange": "O", "red": "R", "grey": "."]
        let rgb: [String: String] = ["G": "A6D96A", "Y": "FEE08B", "O": "FDAE61", "R": "F46D43", ".": "E0E0E0"]
        var want: [String: Int] = [:]
        for r in themes.rows { want[letters[r.fields[colour]]!, default: 0] += 1 }
        var got: [String: Int] = [:]
        let themeColumns = grid[0].indices.filter { grid[0][$0].hasPrefix("RT") && !grid[0][$0].hasSuffix("score") }
        for r in 1..<grid.count {
            for c in themeColumns {
                let letter = grid[r][c]
                got[letter, default: 0] += 1
                // The letter always sits on its colour.
                let ref = String(UnicodeScalar(UInt8(65 + c))) + String(r + 1)
                #expect(fills[ref] == rgb[letter], "\(ref) \(letter)")
            }
        }
        #expect(got == want)
    }

    @Test func readmeListsEverySheet() throws {
        let reader = try XLSXReader(Self.rendered.workbook)
        let names = try reader.sheetNames()
        #expect(names.first == "README")
        let listed = try reader.grid(sheet: 0).dropFirst().map { $0[0] }
        #expect(Set(listed).isSuperset(of: names.dropFirst()))
    }

    /// Each table sheet is described in the README by the codebook: its columns in order, with their descriptions.
    @Test func readmeDescribesEveryColumnFromTheCodebook() throws {
        let reader = try XLSXReader(Self.rendered.workbook)
        let readme = try reader.grid(sheet: 0)
        #expect(readme[0] == ["sheet", "column", "description"])
        var described = 0
        for (file, sheet) in ReportWorkbook.sheets(index: false) {
            guard let text = Self.rendered.files[file] else { continue }
            let header = try CSVTable.parse(text, file: file).header
            let rows = readme.filter { $0.first == sheet }
            #expect(rows.first.map { $0.count > 2 && $0[2].hasPrefix(file + ": ") } == true, "\(sheet)")
            #expect(rows.dropFirst().map { $0[1] } == header, "\(sheet) columns")
            #expect(rows.dropFirst().allSatisfy { $0.count > 2 && !$0[2].isEmpty }, "\(sheet) descriptions")
            described += 1
        }
        #expect(described >= 8)
        let colour = readme.first { $0.first == "Themes" && $0.count > 2 && $0[1] == "colour" }
        #expect(colour?[2].contains("one of: green, yellow, orange, red, grey") == true)
    }
}
