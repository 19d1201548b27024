import Testing
@testable import GapMatrix

/// A small study in the tidy format, scored by hand:
/// a: 1, 2, 3 -> 0, 50, 100; b (lower is better): 30, 20, 10 -> 0, 50, 100;
/// c: 5, 5, 15 -> 0, 0, 100; T1 = mean(a, b); T2 = c; Index = (T1 + 3 T2) / 4.
@Suite struct TidyStudyTests {
    static let framework = """
        levels: [Indicator, Theme, Index]
        themes:
          - {code: Index, name: Test index}
          - {code: T1, name: Theme one, parent: Index, weight: 1}
          - {code: T2, name: Theme two, parent: Index, weight: 3}
        indicators:
          - {code: a, name: A, theme: T1, direction: 1}
          - {code: b, name: B, theme: T1, direction: -1}
          - {code: c, name: C, theme: T2, direction: 1, denominator: pop}
        denominators:
          - {code: pop, name: Population}
        """
    static let values = """
        unit,year,indicator,value,source
        X,2018,a,1,test
        Y,2018,a,2,test
        Z,2018,a,3,test
        X,2018,b,30,test
        Y,2018,b,20,test
        Z,2018,b,10,test
        X,2018,c,10,test
        Y,2018,c,10,test
        Z,2018,c,30,test
        X,2018,pop,2,test
        Y,2018,pop,2,test
        Z,2018,pop,2,test
        Y,2017,c,8,test
        """
    static let units = """
        unit,name,region
        X,Ex,North
        Y,Why,North
        Z,Zed,South
        """
    static func study(_ recipe: String) -> String {
        temporaryFolder([
            "framework.yaml": framework, "values.csv": values, "units.csv": units,
            "study.yaml": """
                name: Tidy test
                data: {format: tidy, values: values.csv, framework: framework.yaml, units: units.csv}
                reference_year: 2018
                recipe:
                \(recipe)
                """,
        ]) + "/study.yaml"
    }

    @Test func scoresMatchTheHandComputation() throws {
        let s = try Study.read(Self.study("  denominate: true\n  normalise: {method: minmax, range: [0, 100]}"))
        let inputs = try s.loadInputs()
        try s.check(inputs)
        #expect(inputs.units.codes == ["X", "Y", "Z"])
        #expect(inputs.units.name("Y") == "Why")
        #expect(inputs.units.groups["region"]?["Z"] == "South")
        #expect(inputs.framework.levelNames == ["Indicator", "Theme", "Index"])
        let b = try Regenerate.run(inputs, recipe: s.recipe)
        #expect(b.aggregated.column(b.aggregated.columnIndex("T1")!) == [0, 50, 100])
        #expect(b.aggregated.column(b.aggregated.columnIndex("T2")!) == [0, 0, 100])
        #expect(b.aggregated.column(b.aggregated.columnIndex("Index")!) == [0, 12.5, 100])
        #expect(b.ranks.column(b.ranks.columnIndex("Index")!) == [3, 2, 1])
    }

    @Test func panelYearsFillTheReferenceYear() throws {
        // Y's c in 2018 removed: carried forward from 2017 (8) under locf.
        let folder = temporaryFolder([
            "framework.yaml": Self.framework,
            "values.csv": Self.values.replacingOccurrences(of: "Y,2018,c,10,test", with: "Y,2018,c,NA,test"),
            "study.yaml": """
                name: Panel
                data: {format: tidy, values: values.csv, framework: framework.yaml}
                reference_year: 2018
                recipe:
                  impute: {method: none, panel: locf}
                """,
        ])
        let s = try Study.read(folder + "/study.yaml")
        let inputs = try s.loadInputs()
        #expect(inputs.panel?.years == [2017, 2018])
        let b = try Regenerate.run(inputs, recipe: s.recipe)
        #expect(b.imputed.value(unit: "Y", column: "c") == 8)
        #expect(b.imputedPoints.map(\.group) == ["2017"])
    }

    @Test func unknownIndicatorInTheDataPointsAtItsLine() throws {
        let folder = temporaryFolder([
            "framework.yaml": Self.framework,
            "values.csv": Self.values + "\nX,2018,zz,1,test\n",
            "study.yaml": "data: {format: tidy, values: values.csv, framework: framework.yaml}\nreference_year: 2018\n",
        ])
        let error = #expect(throws: GapMatrixError.self) { try Study.read(folder + "/study.yaml").loadInputs() }
        #expect(error?.line == 15)
        #expect(error?.field == "indicator")
        #expect(error?.description.contains("zz") == true)
    }

    @Test func unknownUnitCodeInTheDataIsAnError() throws {
        let folder = temporaryFolder([
            "framework.yaml": Self.framework, "units.csv": Self.units,
            "values.csv": Self.values + "\nQQQ,2018,a,1,test\n",
            "study.yaml": "data: {format: tidy, values: values.csv, framework: framework.yaml, units: units.csv}\nreference_year: 2018\n",
        ])
        let error = #expect(throws: GapMatrixError.self) { try Study.read(folder + "/study.yaml").loadInputs() }
        #expect(error?.line == 15)
        #expect(error?.description.contains("unit 'QQQ'") == true)
    }

    @Test func indicatorWithoutAnyDataIsAnError() throws {
        let folder = temporaryFolder([
            "framework.yaml": Self.framework,
            "values.csv": Self.values.split(separator: "\n").filter { !$0.contains(",b,") }.joined(separator: "\n"),
            "study.yaml": "data: {format: tidy, values: values.csv, framework: framework.yaml}\nreference_year: 2018\n",
        ])
        let error = #expect(throws: GapMatrixError.self) { try Study.read(folder + "/study.yaml").loadInputs() }
        #expect(error?.field == "b")
        #expect(error?.description.contains("no data for indicator 'b'") == true)
    }

    @Test func filteredUnitsAreSkippedNotErrors() throws {
        let folder = temporaryFolder([
            "framework.yaml": Self.framework, "values.csv": Self.values,
            "units.csv": "iso3,name,member\nX,Ex,yes\nY,Why,yes\nZ,Zed,no\n",
            "study.yaml": """
                data:
                  format: tidy
                  values: values.csv
                  framework: framework.yaml
                  units: {file: units.csv, code: iso3, name: name, groups: [], where: {member: "yes"}}
                reference_year: 2018
                """,
        ])
        let inputs = try Study.read(folder + "/study.yaml").loadInputs()
        #expect(inputs.units.codes == ["X", "Y"])
        #expect(inputs.units.name("X") == "Ex")
    }
}
