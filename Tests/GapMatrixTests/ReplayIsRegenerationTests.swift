import Testing
@testable import GapMatrix

/// Replaying a design row is regenerating the recipe the row describes: for every uncertain
/// parameter, the replayer's target score of every unit equals `Regenerate.run` of
/// `recipe.applying(row)`, bit for bit (any NaN equals any NaN). Scores are those of the nominal
/// build's units: a unit the row's screening drops has none (NaN), and one only the row's
/// screening keeps is not part of the output, as in every uncertainty output.
@Suite struct ReplayIsRegenerationTests {
    static let inputs = ASEM.loaded.1
    static var asem: Recipe { ASEM.loaded.0.recipe }

    /// Replays `rows` twice (the second pass reads cached stages) and holds each to a full
    /// regeneration; returns how many rows changed some score from the nominal build's.
    @discardableResult
    func check(_ recipe: Recipe, _ rows: [DesignRow], sets: [Int: [Double]] = [:], target: String = "Index",
               sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let inputs = Self.inputs
        var replayer = try Replayer(inputs: inputs, recipe: recipe, nodeWeightSets: sets, target: target)
        let nominal = try replayer.scores(DesignRow(id: "nominal"))
        var changed = 0
        for pass in 0..<2 {
            for row in pass == 0 ? rows : rows.reversed() {
                let scores = try replayer.scores(row)
                let applied = try recipe.applying(row, weightSets: sets, framework: inputs.framework)
                let full = try Regenerate.run(inputs, recipe: applied)
                let column = full.aggregated.column(try #require(full.aggregated.columnIndex(target)))
                let position = Dictionary(uniqueKeysWithValues: full.aggregated.units.enumerated().map { ($1, $0) })
                var same = true
                for (u, unit) in replayer.units.enumerated() {
                    let want = position[unit].map { column[$0] } ?? .nan
                    let equal = scores[u].bitPattern == want.bitPattern || (scores[u].isNaN && want.isNaN)
                    #expect(equal, "\(row.id) \(unit): replay \(scores[u]), regeneration \(want)", sourceLocation: sourceLocation)
                    same = same && (scores[u].bitPattern == nominal[u].bitPattern || (scores[u].isNaN && nominal[u].isNaN))
                }
                if pass == 0 && !same { changed += 1 }
            }
        }
        return changed
    }

    @Test func impute() throws {
        let choices = [ImputeSpec(method: .mean), ImputeSpec(method: .median), ImputeSpec(method: .groupMedian, group: "EurAsia_group"),
                       ImputeSpec(method: .none), ImputeSpec(method: .groupMean, group: "EurAsia_group")]
        let rows = choices.enumerated().map { DesignRow(id: "r_\($0.offset)", imputation: $0.element) }
        // Every choice but the recipe's own changes the scores (without imputation, screening drops units).
        #expect(try check(Self.asem, rows) == 4)
    }

    @Test func screenThreshold() throws {
        var recipe = Self.asem
        recipe.impute = ImputeSpec(method: .none)
        let rows = [0.75, 0.8, 0.95, 0.9].enumerated().map { DesignRow(id: "r_\($0.offset)", screenThreshold: $0.element) }
        #expect(try check(recipe, rows) >= 2)
    }

    @Test func treatment() throws {
        let winmax = [1, 3, 5].map { (w: Int) in DesignRow(id: "w_\(w)", winmax: w) }
        #expect(try check(Self.asem, winmax) == 2)
        let skew = [1.5, 3].map { (s: Double) in DesignRow(id: "s_\(s)", skewThreshold: s) }
        #expect(try check(Self.asem, skew) == 2)
        let kurtosis = [2.5, 6].map { (k: Double) in DesignRow(id: "k_\(k)", kurtosisThreshold: k) }
        #expect(try check(Self.asem, kurtosis) >= 1)
    }

    @Test func normalise() throws {
        let methods: [Normalisation] = [.minMax(lower: 1, upper: 100), .zScore(mean: 10, sd: 2), .rank, .percentileRank, .distanceToMax,
                                        .fractionOfMax, .distanceToTarget(capAtOne: true), .minMax(lower: 0, upper: 100)]
        let rows = methods.enumerated().map { DesignRow(id: "r_\($0.offset)", normalisation: $0.element) }
        #expect(try check(Self.asem, rows) == methods.count - 1)
    }

    @Test func weights() throws {
        var spec = UncertaintySpec()
        spec.weights = .init(factor: 0.25, levels: [1, 2, 3], sets: 5)
        let (rows, sets) = try UncertaintyAnalysis.design(Self.inputs, recipe: Self.asem, spec: spec, seed: 3, replications: 1...12)
        #expect(try check(Self.asem, rows, sets: sets) == 12)
    }

    /// With `weights: pca` the noise perturbs the nominal build's PCA weights, and a row without
    /// a weight set recomputes PCA on its own normalised data.
    @Test func pcaWeights() throws {
        var recipe = Self.asem
        recipe.weights = .pca
        let f = Self.inputs.framework
        let nominal = try Weights.nominal(Self.inputs, recipe: recipe)
        let built = try Regenerate.run(Self.inputs, recipe: recipe)
        #expect(nominal["LPI"] != 1 && nominal == built.weights)
        var spec = UncertaintySpec()
        spec.weights = .init(factor: 0.25, levels: [2, 3], sets: 4)
        let (rows, sets) = try UncertaintyAnalysis.design(Self.inputs, recipe: recipe, spec: spec, seed: 8, replications: 1...8)
        for (_, set) in sets {
            // Indicators (level 1) are not perturbed here: they keep their PCA weights.
            #expect(f.weightDictionary(set)["LPI"] == nominal["LPI"])
        }
        #expect(try check(recipe, rows, sets: sets) == 8)
        let others = [DesignRow(id: "n", normalisation: .zScore(mean: 10, sd: 2)), DesignRow(id: "w", winmax: 1),
                      DesignRow(id: "i", imputation: ImputeSpec(method: .median)), DesignRow(id: "r", normalisation: .rank)]
        #expect(try check(recipe, others) == 4)
        // Partial weight sets from a file fall back on the nominal PCA weights, not the framework's.
        var replayer = try Replayer(inputs: Self.inputs, recipe: recipe, weightSets: [1: ["Conn": 2]])
        #expect(f.weightDictionary(replayer.weightSets[1]!)["LPI"] == nominal["LPI"])
        _ = try replayer.scores(DesignRow(id: "p", weightSet: 1))
    }

    /// An aggregation row replaces the method; per-level methods stay.
    @Test func aggregation() throws {
        var recipe = Self.asem
        recipe.normalise.method = .minMax(lower: 1, upper: 100)
        recipe.aggregate.perLevel = [3: .geometric]
        let methods: [Aggregation] = [.geometric, .harmonic, .generalised(p: 0.5), .arithmetic]
        let rows = methods.enumerated().map { DesignRow(id: "r_\($0.offset)", aggregation: $0.element) }
        let applied = try recipe.applying(rows[1], weightSets: [:], framework: Self.inputs.framework)
        #expect(applied.aggregate.method == .harmonic && applied.aggregate.perLevel == [3: .geometric])
        #expect(try check(recipe, rows) == 3)
        #expect(try check(recipe, rows, target: "Conn") == 3)
    }

    /// A recipe without treatment: every other input replays as regeneration; a treatment input
    /// is an error, not a switch-on of treatment.
    @Test func recipeWithoutTreatment() throws {
        var recipe = Self.asem
        recipe.treat = nil
        var spec = UncertaintySpec(normalisations: [.minMax(lower: 1, upper: 100), .rank],
                                   weights: .init(factor: 0.25, levels: [2, 3], sets: 3), aggregations: [.arithmetic, .harmonic])
        spec.imputations = [ImputeSpec(method: .mean), ImputeSpec(method: .groupMean, group: "EurAsia_group")]
        let (rows, sets) = try UncertaintyAnalysis.design(Self.inputs, recipe: recipe, spec: spec, seed: 2, replications: 1...10)
        #expect(try check(recipe, rows, sets: sets) > 0)
        var replayer = try Replayer(inputs: Self.inputs, recipe: recipe, nodeWeightSets: [:])
        let e = #expect(throws: GapMatrixError.self) { _ = try replayer.scores(DesignRow(id: "r_3", winmax: 2)) }
        #expect(e?.field == "Winmax" && e?.description.contains("replication r_3") == true)
        #expect(throws: GapMatrixError.self) { _ = try recipe.applying(DesignRow(id: "k", kurtosisThreshold: 3), weightSets: [:], framework: Self.inputs.framework) }
        var study = ASEM.loaded.0
        study.recipe = recipe
        let c = #expect(throws: GapMatrixError.self) { try study.check(Self.inputs) }
        #expect(c?.field == "uncertainty.inputs.treat.winmax")
    }

    /// Every input at once, drawn as uncertainty analysis draws them, on a `pca` recipe.
    @Test func everyInputTogether() throws {
        var recipe = Self.asem
        recipe.weights = .pca
        recipe.impute = ImputeSpec(method: .none)
        var spec = UncertaintySpec(winmax: [1, 3, 5], normalisations: [.minMax(lower: 1, upper: 100), .rank],
                                   weights: .init(factor: 0.25, levels: [1, 2, 3], sets: 6), aggregations: [.arithmetic, .geometric])
        spec.imputations = [ImputeSpec(method: .mean), ImputeSpec(method: .none)]
        spec.screenThreshold = .values([0.8, 0.9])
        spec.skewThreshold = .uniform(1, 3)
        spec.kurtosisThreshold = .values([3, 4])
        let (rows, sets) = try UncertaintyAnalysis.design(Self.inputs, recipe: recipe, spec: spec, seed: 13, replications: 1...24)
        #expect(try check(recipe, rows, sets: sets) == 24)
    }
}
