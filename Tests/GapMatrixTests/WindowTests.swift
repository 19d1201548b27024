import Testing
@testable import GapMatrix

/// The window picks each cell's latest value up to the reference year and flags stale ones.
@Suite struct WindowTests {
    static let framework = """
        themes:
          - {code: I, name: Index}
        indicators:
          - {code: a, name: A, theme: I, optimum: 10, lower_bound: 0, green: 8, red: 2}
        """
    static let values = """
        iso3,country,year,indicator_code,value,unit,source
        XXX,Ex,2010,a,1,n,s1
        XXX,Ex,2015,a,2,n,s2
        YYY,Why,2021,a,5,n,s3
        YYY,Why,2023,a,9,n,s4
        """

    func load(window: String) throws -> StudyInputs {
        let folder = temporaryFolder(["framework.yaml": Self.framework, "values.csv": Self.values, "study.yaml": """
            data: {format: tidy, values: values.csv, framework: framework.yaml}
            reference_year: 2022
            \(window)
            """])
        return try Study.read(folder + "/study.yaml").loadInputs()
    }

    @Test func latestValueWithinTheWindowAndItsYear() throws {
        let inputs = try load(window: "window: {years: 10, stale_after: 5}")
        #expect(inputs.raw.value(unit: "XXX", column: "a") == 2)      // 2015, not 2010
        #expect(inputs.raw.value(unit: "YYY", column: "a") == 5)      // 2021: 2023 is after the reference year
        let p = try #require(inputs.provenance)
        #expect(p.years.value(unit: "XXX", column: "a") == 2015)
        #expect(p.isStale(unit: 0, column: 0))                         // 2015 < 2022 - 5
        #expect(!p.isStale(unit: 1, column: 0))
        #expect(p.source(unit: 0, column: 0) == "s2")
    }

    @Test func valuesOlderThanTheWindowAreMissing() throws {
        let inputs = try load(window: "window: {years: 6}")
        #expect(inputs.raw.value(unit: "XXX", column: "a")!.isNaN)    // earliest 2016
        #expect(inputs.provenance!.years.value(unit: "XXX", column: "a")!.isNaN)
    }

    @Test func referenceYearOutsideTheDataIsAnError() throws {
        let folder = temporaryFolder(["framework.yaml": Self.framework, "values.csv": Self.values, "study.yaml": """
            data: {format: tidy, values: values.csv, framework: framework.yaml}
            reference_year: 1990
            window: {years: 5}
            """])
        let e = #expect(throws: GapMatrixError.self) { try Study.read(folder + "/study.yaml").loadInputs() }
        #expect(e?.description.contains("reference year 1990") == true)
    }

    @Test func staleLimitMustFitTheWindow() {
        let e = #expect(throws: GapMatrixError.self) { try load(window: "window: {years: 3, stale_after: 5}") }
        #expect(e?.field == "window.stale_after")
    }
}
