import Foundation
import GapMatrix
import Testing
@testable import GapMatrixReports

@Suite struct XLSXWriterTests {
    let green = Workbook.Fill(background: 0x2E7D32, font: 0xFFFFFF)
    let red = Workbook.Fill(background: 0xC62828, font: 0xFFFFFF)

    var book: Workbook {
        Workbook(title: "Test", sheets: [
            .init(name: "Dashboard", header: ["country", "RT1", "score"],
                  rows: [[.text("Côte d'Ivoire"), .filled("G", green), .number(77.3657)],
                         [.text("A & <B>"), .filled("R", red), .empty],
                         [.text("NaN row"), .empty, .number(.nan)]]),
            .init(name: "README", header: ["sheet", "what"], rows: [[.text("Dashboard"), .text("colours")]]),
        ])
    }

    @Test func cellsReadBackAsWritten() throws {
        let r = try XLSXReader(XLSXWriter.render(book))
        #expect(try r.sheetNames() == ["Dashboard", "README"])
        let g = try r.grid(sheet: 0)
        #expect(g[0] == ["country", "RT1", "score"])
        #expect(g[1] == ["Côte d'Ivoire", "G", "77.3657"])
        // Empty and non-finite cells are left empty, never written as 0 or NaN.
        #expect(g[2] == ["A & <B>", "R", ""])
        #expect(g[3] == ["NaN row", "", ""])
        #expect(try r.grid(sheet: 1) == [["sheet", "what"], ["Dashboard", "colours"]])
    }

    @Test func fillsKeepTheirColourBesideTheLetter() throws {
        let fills = try XLSXReader(XLSXWriter.render(book)).fills(sheet: 0)
        #expect(fills["B2"] == "2E7D32" && fills["B3"] == "C62828")
        #expect(fills["A2"] == nil)
    }

    @Test func sameWorkbookSameBytes() throws {
        #expect(try XLSXWriter.render(book) == XLSXWriter.render(book))
    }

    @Test func sheetNamesExcelRefusesAreErrors() {
        for name in ["", String(repeating: "x", count: 32), "a/b", "what?"] {
            let e = #expect(throws: GapMatrixError.self) {
                try XLSXWriter.render(Workbook(title: "t", sheets: [.init(name: name, header: ["a"], rows: [])]))
            }
            #expect(e?.field == "sheet")
        }
        let twice = Workbook(title: "t", sheets: [.init(name: "Gaps", header: [], rows: []), .init(name: "gaps", header: [], rows: [])])
        #expect(throws: GapMatrixError.self) { try XLSXWriter.render(twice) }
    }
}
