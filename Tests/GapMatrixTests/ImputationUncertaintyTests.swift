import Foundation
import Testing
@testable import GapMatrix

/// Imputation as an uncertain input: each choice reruns the steps before treatment once, and
/// a replication equals a full regeneration with that choice, unit by unit.
@Suite struct ImputationUncertaintyTests {
    static let choices = [ImputeSpec(method: .groupMean, group: "EurAsia_group"), ImputeSpec(method: .mean),
                          ImputeSpec(method: .median), ImputeSpec(method: .none)]

    @Test func replayEqualsFullRegenerationForEveryImputation() throws {
        let (study, inputs) = ASEM.loaded
        var spec = try #require(study.uncertainty)
        spec.imputations = Self.choices
        let (rows, sets) = try UncertaintyAnalysis.design(inputs, recipe: study.recipe, spec: spec, seed: 3, replications: 1...40)
        #expect(Set(rows.compactMap(\.imputation)) == Set(Self.choices))
        var replayer = try Replayer(inputs: inputs, recipe: study.recipe, nodeWeightSets: sets)
        let nominalUnits = replayer.units
        var screenedOut = 0
        for row in rows {
            let scores = try replayer.scores(row)
            #expect(scores.count == nominalUnits.count)
            var r = study.recipe
            r.impute = try #require(row.imputation)
            if let w = row.winmax { r.treat?.winmax = w }
            if let n = row.normalisation { r.normalise.method = n }
            if let a = row.aggregation { r.aggregate.method = a }
            if let s = row.weightSet { r.weights = .explicit(inputs.framework.weightDictionary(sets[s]!)) }
            let full = try Regenerate.run(inputs, recipe: r)
            let index = full.aggregated.column(full.aggregated.columnIndex("Index")!)
            let position = Dictionary(uniqueKeysWithValues: full.aggregated.units.enumerated().map { ($1, $0) })
            #expect(Set(full.aggregated.units).isSubset(of: Set(nominalUnits)), "\(row.id)")
            for (u, unit) in nominalUnits.enumerated() {
                if let p = position[unit] {
                    #expect(scores[u] == index[p], "\(row.id) \(unit)")
                } else {
                    // Screened out under this imputation: no score, so no rank in this replication.
                    #expect(scores[u].isNaN, "\(row.id) \(unit)")
                    screenedOut += 1
                }
            }
        }
        // Without imputation the 90% availability screen drops units the nominal build keeps.
        #expect(screenedOut > 0)
    }

    @Test func sensitivityTreatsImputationAsOneInput() throws {
        let (study, inputs) = ASEM.loaded
        var spec = try #require(study.uncertainty)
        spec.imputations = Self.choices
        spec.weights = nil
        // z-scores can be negative, which a geometric mean rejects: keep the arithmetic mean here.
        spec.aggregations = nil
        var calls: [Int] = []
        let a = try SensitivityAnalysis.run(inputs, recipe: study.recipe, spec: spec, n: 40, seed: 9, sobolPoints: false,
                                            bootstrap: 20, progress: { calls.append($0) })
        let b = try SensitivityAnalysis.run(inputs, recipe: study.recipe, spec: spec, n: 40, seed: 9, sobolPoints: false, bootstrap: 20)
        #expect(a.parameters == ["impute", "treat.winmax", "normalise"])
        #expect(a.yA == b.yA && a.yAB == b.yAB)
        #expect(a.runs == 200 && calls == [64, 128, 192])
        let impute = try #require(a.indices.first)
        #expect(impute.total > 0 && impute.total.isFinite)
    }

    @Test func designTablesCarryImputation() throws {
        let csv = """
            rep,Winmax,Normalisation,NormPara,WeightSet,Aggregation,Imputation,ImputePara
            r_1,NA,NA,NA,NA,NA,i_mean_grp,group=EurAsia_group
            r_2,NA,NA,NA,NA,NA,i_median,panel=locf
            r_3,NA,NA,NA,NA,NA,none,NA
            r_4,NA,NA,NA,NA,NA,NA,NA
            """
        let rows = try DesignTable.read(temporaryFile("design.csv", csv))
        #expect(rows.map(\.imputation) == [ImputeSpec(method: .groupMean, group: "EurAsia_group"),
                                           ImputeSpec(method: .median, panel: .locf), ImputeSpec(method: .none), nil])
        for spec in rows.compactMap(\.imputation) {
            let (name, para) = spec.coinr
            #expect(try ImputeSpec.coinr(name, para: para) == spec)
        }
        func error(_ name: String, _ para: String) -> GapMatrixError? {
            #expect(throws: GapMatrixError.self) {
                _ = try DesignTable.read(temporaryFile("bad.csv", "rep,Imputation,ImputePara\nr_1,\(name),\(para)\n"))
            }
        }
        #expect(error("i_mode", "NA")?.field == "Imputation")
        #expect(error("i_mean_grp", "NA")?.description.contains("group=<column>") == true)
        #expect(error("i_mean", "panel=sideways")?.field == "ImputePara")
        #expect(error("i_mean", "group")?.line == 2)
    }

    @Test func badImputationInputs() throws {
        #expect(uncertainInputError("{parameter: impute, values: []}")?.description.contains("an empty distribution") == true)
        #expect(uncertainInputError("{parameter: impute, values: [{method: mode}]}")?.field == "uncertainty.inputs[1].values[1].method")
        #expect(uncertainInputError("{parameter: impute, values: [{method: group_mean}]}")?.description.contains("without a group") == true)
        // A group column the data do not have is caught before anything runs.
        var study = ASEM.loaded.0
        study.uncertainty?.imputations = [ImputeSpec(method: .groupMedian, group: "Continent")]
        let e = #expect(throws: GapMatrixError.self) { try study.check(ASEM.loaded.1) }
        #expect(e?.field == "uncertainty.inputs.impute.group" && e?.description.contains("EurAsia_group") == true)
    }
}
