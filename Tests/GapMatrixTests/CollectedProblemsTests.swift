import Foundation
import Testing
@testable import GapMatrix

/// Data files report every bad row or cell (up to `ProblemList.listed`), in file order, so a
/// person fixing a spreadsheet sees all its problems at once.
@Suite struct CollectedProblemsTests {
    @Test func tidyValuesListEveryBadRow() throws {
        let values = """
            unit,year,indicator,value,source
            X,2018,a,1,test
            Y,20l8,a,2,test
            Z,2018,a,3,test
            Q,2018,b,30,test
            X,2018,a,4,test
            Y,2018,b,n/a,test
            Z,2018,d,10,test
            """
        let folder = temporaryFolder([
            "framework.yaml": TidyStudyTests.framework, "values.csv": values, "units.csv": TidyStudyTests.units,
            "study.yaml": "name: T\ndata: {format: tidy, values: values.csv, framework: framework.yaml, units: units.csv}\nreference_year: 2018\n",
        ])
        let s = try Study.read(folder + "/study.yaml")
        let e = #expect(throws: GapMatrixError.self) { _ = try s.loadInputs() }
        let all = e.map { [$0] + $0.more } ?? []
        #expect(all.map(\.line) == [3, 5, 6, 7, 8])
        #expect(all.map(\.field) == ["year", "unit", nil, "value", "indicator"])
        #expect(all[2].found == "X, 2018, a again (first on line 2)")
        #expect(e?.moreCount == 4 && e?.kind == .badData)
    }

    @Test func coinrDataListsEveryBadCellInFileOrder() throws {
        var rows = try String(contentsOfFile: Repo.path("Datasets/asem/ASEM_iData.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = rows[0].split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        // Spoil one cell on each of lines 21, 4 and 11 (given out of order on purpose).
        for (line, column, text) in [(21, "Flights", "?"), (4, "LPI", "n/a"), (11, "Goods", "1 234")] {
            var cells = rows[line - 1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[header.firstIndex(of: column)!] = text
            rows[line - 1] = cells.joined(separator: ",")
        }
        let folder = temporaryFolder(["ASEM_iData.csv": rows.joined(separator: "\n"),
                                      "ASEM_iMeta.csv": try String(contentsOfFile: Repo.path("Datasets/asem/ASEM_iMeta.csv"), encoding: .utf8),
                                      "study.yaml": try String(contentsOfFile: Repo.asemStudy, encoding: .utf8)])
        let s = try Study.read(folder + "/study.yaml")
        let first = #expect(throws: GapMatrixError.self) { _ = try s.loadInputs() }
        let again = #expect(throws: GapMatrixError.self) { _ = try s.loadInputs() }
        let all = first.map { [$0] + $0.more } ?? []
        #expect(all.map(\.line) == [4, 11, 21] && all.map(\.field) == ["LPI", "Goods", "Flights"])
        #expect(first == again)
    }

    @Test func theListKeepsTheFirstProblemsByLine() throws {
        var list = ProblemList()
        for line in (1...25).reversed() {
            try list.row { throw GapMatrixError(.badData, file: "f.csv", line: line, found: "bad \(line)") }
        }
        try list.row {}
        let e = #expect(throws: GapMatrixError.self) { try list.finish() }
        #expect(e?.line == 1 && e?.more.map(\.line) == Array(2...20).map { Optional($0) } && e?.moreCount == 24)
        // A problem with the file as a whole, or another kind of problem, ends the read at once.
        var other = ProblemList()
        #expect(throws: GapMatrixError(.missingInput, file: "g.csv", found: "no such file")) {
            try other.row { throw GapMatrixError(.missingInput, file: "g.csv", found: "no such file") }
        }
        #expect(throws: GapMatrixError(.badData, file: "g.csv", found: "no data rows")) {
            try other.row { throw GapMatrixError(.badData, file: "g.csv", found: "no data rows") }
        }
        try other.finish()
    }
}
