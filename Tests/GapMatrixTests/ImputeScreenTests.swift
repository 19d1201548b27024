import Testing
@testable import GapMatrix

@Suite struct ImputeScreenTests {
    static let units = UnitTable(
        codes: ["A1", "A2", "A3", "B1", "B2"], names: [:],
        groups: ["g": ["A1": "A", "A2": "A", "A3": "A", "B1": "B", "B2": "B"]], groupColumns: ["g"],
        denominators: Dataset(units: ["A1", "A2", "A3", "B1", "B2"], columns: ["pop"], values: [10, 0, 5, 2, .nan]))

    static let data = Dataset(units: ["A1", "A2", "A3", "B1", "B2"], columns: ["x"], values: [1, .nan, 3, 10, .nan])

    @Test func groupMeanFillsFromTheUnitsOwnGroup() throws {
        let (out, points) = try Impute.apply(Self.data, spec: ImputeSpec(method: .groupMean, group: "g"), units: Self.units)
        #expect(out.column(0) == [1, 2, 3, 10, 10])
        #expect(points.map(\.unit) == ["A2", "B2"])
        #expect(points.map(\.group) == ["A", "B"])
    }

    @Test func overallMeanAndMedian() throws {
        let (mean, _) = try Impute.apply(Self.data, spec: ImputeSpec(method: .mean), units: Self.units)
        #expect(mean.column(0)[1] == 14.0 / 3)
        let (median, _) = try Impute.apply(Self.data, spec: ImputeSpec(method: .median), units: Self.units)
        #expect(median.column(0)[1] == 3)
    }

    @Test func imputationNeverChangesObservedCells() throws {
        let (out, _) = try Impute.apply(Self.data, spec: ImputeSpec(method: .groupMedian, group: "g"), units: Self.units)
        for u in [0, 2, 3] { #expect(out[unit: u, column: 0] == Self.data[unit: u, column: 0]) }
    }

    @Test func unknownGroupIsAClearError() {
        let error = #expect(throws: GapMatrixError.self) {
            try Impute.apply(Self.data, spec: ImputeSpec(method: .groupMean, group: "region"), units: Self.units)
        }
        #expect(error?.description.contains("region") == true)
    }

    @Test func panelMethods() {
        let series: [(year: Int, value: Double)] = [(2015, 10), (2019, 18)]
        #expect(PanelImpute.fill(series: series, at: 2017, method: .linear)?.value == 14)
        #expect(PanelImpute.fill(series: series, at: 2017, method: .locf)?.value == 10)
        #expect(PanelImpute.fill(series: series, at: 2017, method: .nocb)?.value == 18)
        #expect(PanelImpute.fill(series: series, at: 2020, method: .linear) == nil)
        #expect(PanelImpute.fill(series: series, at: 2020, method: .locf)?.value == 18)
        #expect(PanelImpute.fill(series: series, at: 2014, method: .locf) == nil)
    }

    @Test func denominateDividesAndLeavesZeroDenominatorsMissing() throws {
        let f = try Framework.validated([
            FrameworkNode(code: "I", name: "I", kind: .aggregate, level: 2, parent: nil, weight: 1),
            FrameworkNode(code: "x", name: "x", kind: .indicator, level: 1, parent: "I", weight: 1, denominator: "pop"),
        ])
        let d = Dataset(units: Self.data.units, columns: ["x"], values: [100, 50, 30, 8, 4])
        let (out, record) = try Denominate.apply(d, framework: f, denominators: Self.units.denominators)
        #expect(out.column(0)[0] == 10 && out.column(0)[2] == 6 && out.column(0)[3] == 4)
        #expect(out.column(0)[1].isNaN && out.column(0)[4].isNaN)
        #expect(record.pairs.count == 1)
    }

    @Test func screeningDropsUnitsBelowTheThreshold() {
        // U1 misses 2 of 10 (availability 0.8), U2 misses none, U3 misses 1 and its 9 values are
        // zero, U4 misses 2 and 7 of its 8 values are zero.
        var values = Array(repeating: 1.0, count: 40)
        values[0 * 4 + 0] = .nan
        values[1 * 4 + 0] = .nan
        values[0 * 4 + 2] = .nan
        for c in 1..<10 { values[c * 4 + 2] = 0 }
        values[0 * 4 + 3] = .nan
        values[1 * 4 + 3] = .nan
        for c in 2..<9 { values[c * 4 + 3] = 0 }
        let d = Dataset(units: ["U1", "U2", "U3", "U4"], columns: (0..<10).map { "i\($0)" }, values: values)
        let (kept, summary) = Screen.apply(d, spec: ScreenSpec(threshold: 0.9))
        #expect(kept.units == ["U2", "U3"])
        #expect(summary[0].availability == 0.8 && !summary[0].included)
        // Zeros are counted against the values present, as COINr's get_data_avail does:
        // U3 1 - 9/9 = 0, U4 1 - 7/8 = 0.125 (not 1 - 7/10).
        #expect(summary[2].nonZero == 0 && summary[3].nonZero == 0.125)
        // COINr's default nonzero_thresh is 0.05: U3 is low on non-zeros, U4 is not.
        let (kept2, summary2) = Screen.apply(d, spec: ScreenSpec(threshold: 0.7, basis: .missingOrZero))
        #expect(summary2[2].lowNonZero && !summary2[3].lowNonZero)
        #expect(kept2.units == ["U1", "U2", "U4"])
        let (kept3, _) = Screen.apply(d, spec: ScreenSpec(threshold: 0.7, basis: .missingOrZero, nonZeroThreshold: 0.2))
        #expect(kept3.units == ["U1", "U2"])
    }

    @Test func aUnitWithNoValuesHasNoShareOfZeros() {
        let d = Dataset(units: ["U1"], columns: ["a", "b"], values: [.nan, .nan])
        let (_, summary) = Screen.apply(d, spec: ScreenSpec(threshold: 0, basis: .missingOrZero))
        #expect(summary[0].nonZero.isNaN && !summary[0].lowNonZero && summary[0].included)
    }

    @Test func nonZeroShareBeforeImputationMatchesCOINr() throws {
        // COINr's get_data_avail on ASEM's raw data gives BGD Non_Zero = 1 - 1/43 (one zero among
        // the 43 values it has; 6 of 49 indicators are missing).
        let (_, inputs) = ASEM.loaded
        let (_, summary) = Screen.apply(inputs.raw, spec: nil)
        let bgd = try #require(summary.first { $0.unit == "BGD" })
        #expect(bgd.missing == 6 && bgd.zeros == 1)
        #expect(bgd.nonZero == 1 - 1.0 / 43)
    }
}
