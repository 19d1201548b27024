import Foundation
import Testing
@testable import GapMatrix

/// Readers that stream a file report its first problem in file order, and match codes as text.
@Suite struct StreamedReaderTests {
    func write(_ text: String, name: String) -> String {
        let path = temporaryFolder([:]) + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }

    /// A bad year on line 3 is reported before a short row further down.
    @Test func bilateralFirstProblemInFileOrder() throws {
        let path = write("iso3,partner_iso3,year,value\nAAA,BBB,2019,5\nAAA,BBB,20x0,6\nAAA,BBB,2020\n", name: "stock.csv")
        let e = #expect(throws: GapMatrixError.self) { try BilateralFile.latest(path, known: ["AAA", "BBB"]) }
        #expect(e?.line == 3 && e?.field == "year")
    }

    /// The latest year of each pair, by hand: AAA>BBB 2020 (7), BBB>AAA 2019 (3); an empty value is skipped.
    @Test func bilateralLatestByHand() throws {
        let path = write("iso3,partner_iso3,year,value\nAAA,BBB,2019,5\nAAA,BBB,2020,7\nBBB,AAA,2019,3\nBBB,AAA,2020,\n", name: "stock.csv")
        let latest = try BilateralFile.latest(path, known: ["AAA", "BBB"])
        #expect(latest.count == 2)
        #expect(latest["AAA>BBB"]?.year == 2020 && latest["AAA>BBB"]?.value == 7)
        #expect(latest["BBB>AAA"]?.year == 2019 && latest["BBB>AAA"]?.value == 3)
    }

    /// "É" written decomposed in the file still matches the indicator named with "É" composed.
    @Test func indicatorCodesMatchAsText() throws {
        let path = write("iso3,year,indicator_code,value\nAAA,2020,CAFE\u{301},4\nAAA,2021,OTHER,9\n", name: "values.csv")
        let latest = try IndicatorLatest.read(path, indicator: "CAF\u{C9}", known: ["AAA"])
        #expect(latest["AAA"]?.year == 2020 && latest["AAA"]?.value == 4)
    }
}
