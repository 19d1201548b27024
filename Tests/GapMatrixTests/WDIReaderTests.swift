import Testing
@testable import GapMatrix

/// The World Bank layouts, with population values copied from Datasets/migration-development.
@Suite struct WDIReaderTests {
    static let apiDownload = """
        "Data Source","World Development Indicators",

        "Last Updated Date","2025-07-01",

        "Country Name","Country Code","Indicator Name","Indicator Code","2019","2020","2021",
        "France","FRA","Population, total","SP.POP.TOTL","67382061","67601110","67842811",
        "Senegal","SEN","Population, total","SP.POP.TOTL","16352922","","17220867",

        """

    @Test func readsTheAPIDownloadWithPreambleAndTrailingComma() throws {
        let rows = try WDIReader.parse(Array(Self.apiDownload.utf8), file: "api.csv")
        #expect(rows.count == 5)   // the empty 2020 cell is unknown, not a value
        #expect(rows[0] == WDIReader.Row(unit: "FRA", year: 2019, indicator: "SP.POP.TOTL", value: 67_382_061))
        #expect(rows.last == WDIReader.Row(unit: "SEN", year: 2021, indicator: "SP.POP.TOTL", value: 17_220_867))
        #expect(!rows.contains { $0.unit == "SEN" && $0.year == 2020 })
    }

    @Test func readsTheBulkLayout() throws {
        let bulk = "Country Name,Country Code,Indicator Name,Indicator Code,2020\nFrance,FRA,\"Population, total\",SP.POP.TOTL,67601110\n"
        #expect(try WDIReader.parse(Array(bulk.utf8), file: "bulk.csv").map(\.value) == [67_601_110])
    }

    @Test func missingHeader() {
        let e = #expect(throws: GapMatrixError.self) { try WDIReader.parse(Array("a,b\n1,2\n".utf8), file: "x.csv") }
        #expect(e?.description.contains("Country Name") == true)
    }

    @Test func yearColumnThatIsNotAYear() {
        let text = "Country Name,Country Code,Indicator Name,Indicator Code,2020,total\n"
        let e = #expect(throws: GapMatrixError.self) { try WDIReader.parse(Array(text.utf8), file: "x.csv") }
        #expect(e?.line == 1)
        #expect(e?.description.contains("'total'") == true)
    }

    @Test func nonNumericCell() {
        let text = "Country Name,Country Code,Indicator Name,Indicator Code,2020\nFrance,FRA,Pop,SP.POP.TOTL,many\n"
        let e = #expect(throws: GapMatrixError.self) { try WDIReader.parse(Array(text.utf8), file: "x.csv") }
        #expect(e?.line == 2)
        #expect(e?.field == "2020")
    }

    @Test func raggedRow() {
        let text = "Country Name,Country Code,Indicator Name,Indicator Code,2020,2021\nFrance,FRA,Pop,SP.POP.TOTL,1\n"
        let e = #expect(throws: GapMatrixError.self) { try WDIReader.parse(Array(text.utf8), file: "x.csv") }
        #expect(e?.line == 2)
    }
}
