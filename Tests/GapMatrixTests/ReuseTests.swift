import Testing
@testable import GapMatrix

/// The shortcuts that make uncertainty analysis fast must give exactly what plain regeneration
/// and plain ranking give.
@Suite struct ReuseTests {
    /// Every replication, replayed with cached treatment, normalisation and aggregates, equals a
    /// full regeneration from raw data with the same choices, bit for bit.
    @Test func replayEqualsFullRegeneration() throws {
        let (study, inputs) = ASEM.loaded
        var spec = try #require(study.uncertainty)
        // Fresh weights at level 3 only: level-2 aggregates repeat and come from the cache.
        spec.weights = .init(factor: 0.25, levels: [3])
        let (rows, sets) = try UncertaintyAnalysis.design(inputs, recipe: study.recipe, spec: spec, seed: 11, replications: 1...40)
        var replayer = try Replayer(inputs: inputs, recipe: study.recipe, nodeWeightSets: sets)
        // Twice over, the second time in reverse order, so the second pass reads cached columns.
        let first = try rows.map { try replayer.scores($0) }
        let second = try rows.reversed().map { try replayer.scores($0) }.reversed()
        #expect(Array(second) == first)
        for (row, scores) in zip(rows, first) {
            var r = study.recipe
            if let w = row.winmax { r.treat?.winmax = w }
            if let n = row.normalisation { r.normalise.method = n }
            if let a = row.aggregation { r.aggregate.method = a }
            if let s = row.weightSet { r.weights = .explicit(inputs.framework.weightDictionary(sets[s]!)) }
            let full = try Regenerate.run(inputs, recipe: r)
            #expect(full.aggregated.column(full.aggregated.columnIndex("Index")!) == scores, "\(row.id)")
        }
    }

    /// A slice of a run draws exactly the replications of the whole run, with fresh weights too.
    @Test func slicesDrawWhatTheWholeRunDraws() throws {
        let (study, inputs) = ASEM.loaded
        var spec = try #require(study.uncertainty)
        spec.weights = .init(factor: 0.25, levels: [2, 3])
        let (whole, wholeSets) = try UncertaintyAnalysis.design(inputs, recipe: study.recipe, spec: spec, seed: 5, replications: 1...30)
        let (part, partSets) = try UncertaintyAnalysis.design(inputs, recipe: study.recipe, spec: spec, seed: 5, replications: 17...23)
        #expect(part == Array(whole[16..<23]))
        for r in 17...23 { #expect(partSets[r] == wholeSets[r]) }
    }

    /// Ranks from the bucket sort equal R's rank(-x, ties = "min") on vectors with ties,
    /// missing values, signed zeros and infinities.
    @Test func rankSeriesEqualsPlainRanking() {
        let rng = RandomStream(seed: 303)
        for trial in 0..<300 {
            let n = 1 + rng.index(120)
            let series = RankSeries(units: n)
            let pool = [0.0, -0.0, 1.5, -2, .infinity, -.infinity, 1e300, -1e300, 5e-324]
            var x = (0..<n).map { _ in rng.uniform(-100, 100) }
            for i in 0..<n {
                let u = rng.uniform()
                if u < 0.1 { x[i] = .nan } else if u < 0.25 { x[i] = x[rng.index(n)] } else if u < 0.3 { x[i] = pool[rng.index(pool.count)] }
            }
            if trial % 50 == 0 { x = Array(repeating: 3, count: n) }
            var ranks = [Int](repeating: -1, count: n)
            x.withUnsafeBufferPointer { s in ranks.withUnsafeMutableBufferPointer { series.rank(s, into: $0) } }
            let want = Rank.descendingMin(x).map { $0.isNaN ? 0 : Int($0) }
            #expect(ranks == want, "trial \(trial)")
        }
    }

    /// Cached columns are those of the first computation, whatever the order of later calls.
    @Test func stepCacheKeysOnDataStepAndMethods() throws {
        let (study, inputs) = ASEM.loaded
        let build = try Regenerate.run(inputs, recipe: study.recipe)
        let plan = Aggregate.Plan(framework: inputs.framework)
        let weights = plan.childWeights(try Weights.fixed(study.recipe.weights, framework: inputs.framework))
        let cache = Aggregate.StepCache(base: weights)
        let n = build.normalised.unitCount
        // Shifted above zero so the geometric mean applies (the study normalises onto [0, 100]).
        let data = Dataset(units: build.normalised.units, columns: build.normalised.columns, values: build.normalised.values.map { $0 + 1 })
        func run(_ method: Aggregation) throws -> [Double] {
            var out = [Double](repeating: .nan, count: plan.steps.count * n)
            var spec = study.recipe.aggregate
            spec.method = method
            spec.perLevel = [:]
            try data.values.withUnsafeBufferPointer {
                try Aggregate.run(indicators: $0, aggregates: &out, units: n, plan: plan, childWeights: weights, spec: spec,
                                  unitNames: data.units, cache: (cache, 0))
            }
            return out
        }
        let a1 = try run(.arithmetic), g1 = try run(.geometric), a2 = try run(.arithmetic), g2 = try run(.geometric)
        #expect(a1 == a2 && g1 == g2 && a1 != g1)
        let plain = try Aggregate.apply(data, plan: plan, weights: try Weights.fixed(study.recipe.weights, framework: inputs.framework),
                                        spec: study.recipe.aggregate)
        #expect(a1 == Array(plain.values[(plan.indicatorCount * n)...]))
    }
}
