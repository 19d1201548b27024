import Foundation
import Testing
@testable import GapMatrix

/// Screening and treatment thresholds as uncertain inputs, discrete or continuous: a replication
/// equals a full regeneration with the drawn thresholds, whether its data were cached or not.
@Suite struct ThresholdUncertaintyTests {
    /// ASEM without imputation, so that the 90% availability screen drops units and its
    /// threshold matters.
    static var study: Study {
        var s = ASEM.loaded.0
        s.recipe.impute = ImputeSpec(method: .none)
        s.uncertainty?.screenThreshold = .uniform(0.75, 1)
        s.uncertainty?.skewThreshold = .uniform(1, 3)
        s.uncertainty?.kurtosisThreshold = .values([2.5, 3.5, 6])
        // z-scores can be negative, which a geometric mean rejects: keep the arithmetic mean.
        s.uncertainty?.aggregations = nil
        return s
    }

    @Test func distributionsMapUniformNumbersOntoTheirValues() {
        #expect(UncertaintySpec.Distribution.uniform(1, 3).value(0) == 1)
        #expect(UncertaintySpec.Distribution.uniform(1, 3).value(0.25) == 1.5)
        let three = UncertaintySpec.Distribution.values([2.5, 3.5, 6])
        #expect([0, 0.33, 0.34, 0.66, 0.67, 0.999_999].map(three.value) == [2.5, 2.5, 3.5, 3.5, 6, 6])
    }

    @Test func replayEqualsFullRegenerationWithTheDrawnThresholds() throws {
        let study = Self.study, inputs = ASEM.loaded.1
        let spec = try #require(study.uncertainty)
        let (rows, sets) = try UncertaintyAnalysis.design(inputs, recipe: study.recipe, spec: spec, seed: 5, replications: 1...30)
        let screens = rows.compactMap(\.screenThreshold), skews = rows.compactMap(\.skewThreshold)
        #expect(screens.count == 30 && screens.allSatisfy { $0 >= 0.75 && $0 < 1 } && Set(screens).count == 30)
        #expect(skews.count == 30 && skews.allSatisfy { $0 >= 1 && $0 < 3 })
        #expect(Set(rows.compactMap(\.kurtosisThreshold)) == [2.5, 3.5, 6])
        // By default a replayer caches every choice (up to its limit); told which inputs are
        // continuous it keeps nothing that depends on them; with a zero limit it keeps nothing.
        #expect(spec.continuous == ["screen.threshold", "treat.skew"])
        var cached = try Replayer(inputs: inputs, recipe: study.recipe, nodeWeightSets: sets)
        var told = try Replayer(inputs: inputs, recipe: study.recipe, nodeWeightSets: sets, continuous: spec.continuous)
        var alone = try Replayer(inputs: inputs, recipe: study.recipe, nodeWeightSets: sets, cacheLimit: 0)
        var unitCounts = Set<Int>()
        for row in rows {
            var r = study.recipe
            r.screen?.threshold = try #require(row.screenThreshold)
            r.treat?.skewThreshold = try #require(row.skewThreshold)
            r.treat?.kurtosisThreshold = try #require(row.kurtosisThreshold)
            if let w = row.winmax { r.treat?.winmax = w }
            if let n = row.normalisation { r.normalise.method = n }
            if let a = row.aggregation { r.aggregate.method = a }
            if let s = row.weightSet { r.weights = .explicit(inputs.framework.weightDictionary(sets[s]!)) }
            let full = try Regenerate.run(inputs, recipe: r)
            unitCounts.insert(full.aggregated.units.count)
            let index = full.aggregated.column(full.aggregated.columnIndex("Index")!)
            let position = Dictionary(uniqueKeysWithValues: full.aggregated.units.enumerated().map { ($1, $0) })
            for scores in [try cached.scores(row), try told.scores(row), try alone.scores(row)] {
                for (u, unit) in cached.units.enumerated() {
                    let expected = position[unit].map { index[$0] } ?? .nan
                    #expect(scores[u] == expected || (scores[u].isNaN && expected.isNaN), "\(row.id) \(unit)")
                }
            }
        }
        #expect(cached.cachedNumbers > 0 && told.cachedNumbers == 0 && alone.cachedNumbers == 0)
        // The drawn thresholds keep different numbers of units, so screening really varied.
        #expect(unitCounts.count > 1)
    }

    @Test func sensitivityCoversTheThresholdsInPipelineOrder() throws {
        var study = Self.study
        study.uncertainty?.weights = nil
        let spec = try #require(study.uncertainty)
        let inputs = ASEM.loaded.1
        let a = try SensitivityAnalysis.run(inputs, recipe: study.recipe, spec: spec, n: 24, seed: 4, sobolPoints: true, bootstrap: 20)
        let b = try SensitivityAnalysis.run(inputs, recipe: study.recipe, spec: spec, n: 24, seed: 4, sobolPoints: true, bootstrap: 20)
        #expect(a.parameters == ["screen.threshold", "treat.winmax", "treat.skew", "treat.kurtosis", "normalise"])
        #expect(a.runs == 24 * 7 && a.yA == b.yA && a.yAB == b.yAB)
        // Rank changes against the nominal ranking: finite, and not all zero.
        #expect(a.yA.allSatisfy(\.isFinite) && a.yA.contains { $0 > 0 })
    }

    @Test func shardsDrawWhatTheWholeRunDraws() throws {
        let study = Self.study, inputs = ASEM.loaded.1
        let spec = try #require(study.uncertainty)
        let whole = try UncertaintyAnalysis.design(inputs, recipe: study.recipe, spec: spec, seed: 8, replications: 1...20).0
        let tail = try UncertaintyAnalysis.design(inputs, recipe: study.recipe, spec: spec, seed: 8, replications: 11...20).0
        #expect(Array(whole[10...]) == tail)
    }

    @Test func designTablesCarryThresholds() throws {
        let csv = """
            rep,Winmax,ScreenThreshold,SkewThreshold,KurtThreshold
            r_1,NA,0.80000000000000004,1.5,NA
            r_2,3,NA,NA,4
            """
        let rows = try DesignTable.read(temporaryFile("design.csv", csv))
        #expect(rows.map(\.screenThreshold) == [0.8, nil] && rows.map(\.skewThreshold) == [1.5, nil])
        #expect(rows.map(\.kurtosisThreshold) == [nil, 4] && rows.map(\.winmax) == [nil, 3])
        // A design GapMatrix wrote, with every column beyond COINr's.
        let written = try DesignTable.read(Repo.path("Tests/Fixtures/fuzz/design-beyond-coinr.csv"))
        #expect(written.count == 12)
        #expect(written[0] == DesignRow(id: "r_1", imputation: ImputeSpec(method: .none), screenThreshold: 0.84040274289436645, winmax: 5,
                                        skewThreshold: 1.7712900573387742, kurtosisThreshold: 3.5,
                                        normalisation: .minMax(lower: 1, upper: 100), weightSet: 94, aggregation: .arithmetic))
        func error(_ column: String, _ value: String) -> GapMatrixError? {
            #expect(throws: GapMatrixError.self) {
                _ = try DesignTable.read(temporaryFile("bad.csv", "rep,\(column)\nr_1,0.5\nr_2,\(value)\n"))
            }
        }
        #expect(error("ScreenThreshold", "1.2")?.description.contains("between 0 and 1") == true)
        #expect(error("ScreenThreshold", "abc")?.line == 3)
        #expect(error("SkewThreshold", "0")?.field == "SkewThreshold")
        #expect(error("KurtThreshold", "nan")?.field == "KurtThreshold")
    }

    @Test func badThresholdInputs() throws {
        #expect(uncertainInputError("{parameter: screen.threshold, uniform: [0.9, 0.8]}")?.description.contains("low < high") == true)
        #expect(uncertainInputError("{parameter: screen.threshold, uniform: [0.5, 1.5]}")?.field == "uncertainty.inputs[1].uniform")
        #expect(uncertainInputError("{parameter: treat.skew, values: [2, -1]}")?.description.contains("above 0") == true)
        #expect(uncertainInputError("{parameter: treat.skew, values: []}")?.description.contains("an empty distribution") == true)
        #expect(uncertainInputError("{parameter: treat.kurtosis}")?.description.contains("neither values nor uniform") == true)
        #expect(uncertainInputError("{parameter: treat.kurtosis, values: [3], uniform: [2, 4]}")?.description.contains("both") == true)
        #expect(uncertainInputError("{parameter: treat.kurtosis, uniform: [2]}")?.description.contains("two bounds") == true)
        // A screening threshold needs a study that screens: caught before anything runs, and in a replayed design.
        var study = ASEM.loaded.0
        study.recipe.screen = nil
        study.uncertainty?.screenThreshold = .values([0.8])
        let e = #expect(throws: GapMatrixError.self) { try study.check(ASEM.loaded.1) }
        #expect(e?.field == "uncertainty.inputs.screen.threshold")
        var replayer = try Replayer(inputs: ASEM.loaded.1, recipe: study.recipe, nodeWeightSets: [:])
        let r = #expect(throws: GapMatrixError.self) { _ = try replayer.scores(DesignRow(id: "r_7", screenThreshold: 0.8)) }
        #expect(r?.description.contains("replication r_7") == true && r?.field == "ScreenThreshold")
    }
}
