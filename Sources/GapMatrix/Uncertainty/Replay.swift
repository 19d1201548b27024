import Foundation

/// Regenerates a study once per design row and keeps the index score of every unit.
///
/// Steps before treatment depend only on the imputation and screening threshold, so they run
/// once per distinct pair; treated data depend also on the treatment (winmax and thresholds),
/// normalised data also on the normalisation: each is computed once per distinct value and
/// reused, leaving weighted aggregation as the only per-replication work. A threshold drawn
/// from a continuous distribution is new in every replication: data that depend on one named in
/// `continuous` are computed for the replication alone, and past `cacheLimit` numbers all new
/// data are, so memory stays bounded whatever the design.
public struct Replayer {
    public let inputs: StudyInputs
    public let recipe: Recipe
    /// Weight sets as vectors in framework node order.
    public let weightSets: [Int: [Double]]
    private let front: Regenerate.Front
    private let plan: Aggregate.Plan
    /// The steps before treatment for each choice met so far (the recipe's included).
    private var variants: [FrontKey: Variant] = [:]
    private var treated: [TreatKey: Dataset] = [:]
    /// Slot in `prepared` of each choice met so far: one hash per replication finds everything
    /// a replication reads.
    private var slots: [NormKey: Int] = [:]
    private var prepared: [Prepared] = []
    /// Numbers held by `variants`, `treated` and `prepared`, and the most they may hold.
    private var cached = 0
    private let cacheLimit: Int
    /// Whether the steps before treatment, and treatment, take a value that never recurs.
    private let frontVaries: Bool
    private let treatmentVaries: Bool
    private var childWeights: [Int: [[Double]]] = [:]
    private let baseWeights: [[Double]]
    private var scratch: [Double] = []
    /// Aggregates whose inputs a replication leaves unchanged are computed once.
    private let stepCache: Aggregate.StepCache

    private struct FrontKey: Hashable {
        let imputation: ImputeSpec
        let screenThreshold: Double?
    }

    private struct TreatKey: Hashable {
        let front: FrontKey
        let winmax: Int?
        let skew: Double?
        let kurtosis: Double?
    }

    private struct NormKey: Hashable {
        let treat: TreatKey
        let method: Normalisation
    }

    /// The screened data of one imputation and screening choice. Screening may keep other units
    /// than the nominal build does; scores are always returned in the nominal build's unit order.
    private struct Variant {
        let screened: Dataset
        let workspace: Aggregate.Workspace
        /// Position in `units` of each of this variant's units (-1: not a nominal unit); nil when
        /// the units are the nominal ones.
        let positions: [Int]?
    }

    /// Normalised indicators of one choice, ready for aggregation.
    private struct Prepared {
        let variant: Variant
        let values: [Double]
        /// log of `values`, made the first time a geometric mean needs it.
        var logs: [Double]?
        /// Completeness and sign of each indicator column.
        let facts: [Aggregate.ColumnFacts]
    }

    /// Column of the plan whose scores `scores(_:)` returns.
    private let targetColumn: Int

    /// Weight sets by code (as read from a file); codes a set leaves out keep the recipe's weights.
    public init(inputs: StudyInputs, recipe: Recipe, weightSets: [Int: [String: Double]], target: String? = nil) throws {
        let base = try Weights.resolve(recipe.weights, framework: inputs.framework)
        let vectors = weightSets.mapValues { set in inputs.framework.weightVector(base.merging(set) { $1 }) }
        try self.init(inputs: inputs, recipe: recipe, nodeWeightSets: vectors, target: target)
    }

    /// Weight sets as full vectors in framework node order; `continuous`: the inputs drawn from
    /// continuous distributions (`UncertaintySpec.continuous`); `cacheLimit` in numbers (8 bytes
    /// each), by default 64 MB.
    public init(inputs: StudyInputs, recipe: Recipe, nodeWeightSets: [Int: [Double]], target: String? = nil,
                continuous: Set<String> = [], cacheLimit: Int = 8_000_000) throws {
        self.cacheLimit = cacheLimit
        frontVaries = continuous.contains("screen.threshold")
        treatmentVaries = frontVaries || !continuous.isDisjoint(with: ["treat.skew", "treat.kurtosis"])
        self.inputs = inputs
        self.recipe = recipe
        self.weightSets = nodeWeightSets
        front = try Regenerate.prepare(inputs, recipe: recipe)
        plan = Aggregate.Plan(framework: inputs.framework)
        if let target {
            guard let c = plan.columns.firstIndex(of: target), c >= plan.indicatorCount else {
                throw GapMatrixError(.badData, field: "uncertainty.target", found: "target '\(target)', which is not an aggregate of the framework",
                                     expected: "the index or a theme code")
            }
            targetColumn = c
        } else {
            targetColumn = plan.rootColumn
        }
        var base = try Weights.resolve(recipe.weights, framework: inputs.framework)
        if recipe.weights == .pca {
            // PCA weights are those of the nominal build; replications vary around them.
            let nominal = try Normalise.apply(Treat.apply(front.screened, spec: recipe.treat).0, spec: recipe.normalise,
                                              framework: inputs.framework)
            base = try Weights.pca(base, normalised: nominal, framework: inputs.framework)
        }
        baseWeights = plan.childWeights(base)
        stepCache = Aggregate.StepCache(base: baseWeights)
        variants[FrontKey(imputation: recipe.impute, screenThreshold: recipe.screen?.threshold)] = Variant(screened: front.screened,
                                          workspace: Aggregate.Workspace(units: front.screened.unitCount, steps: plan.steps.count),
                                          positions: nil)
    }

    private mutating func variant(_ key: FrontKey) throws -> Variant {
        if let v = variants[key] { return v }
        if key.screenThreshold != nil && recipe.screen == nil {
            throw GapMatrixError(.badData, field: "ScreenThreshold", found: "a screening threshold, but the study does not screen units",
                                 expected: "a study whose recipe has a screen section")
        }
        var r = recipe
        r.impute = key.imputation
        if let t = key.screenThreshold { r.screen?.threshold = t }
        let screened = try Regenerate.prepare(inputs, recipe: r).screened
        var positions: [Int]? = nil
        if screened.units != front.screened.units {
            let nominal = Dictionary(uniqueKeysWithValues: front.screened.units.enumerated().map { ($1, $0) })
            positions = screened.units.map { nominal[$0] ?? -1 }
        }
        let v = Variant(screened: screened, workspace: Aggregate.Workspace(units: screened.unitCount, steps: plan.steps.count),
                        positions: positions)
        if !frontVaries && keep(screened.values.count) { variants[key] = v }
        return v
    }

    /// Numbers the caches hold (for tests of the caching policy).
    var cachedNumbers: Int { cached }

    /// Whether `count` more numbers fit in the caches (and counts them if so).
    private mutating func keep(_ count: Int) -> Bool {
        guard cached + count <= cacheLimit else { return false }
        cached += count
        return true
    }

    /// Units in output order (those that passed screening).
    public var units: [String] { front.screened.units }

    /// Runs the steps before aggregation for a choice not met before. Returns the slot it is
    /// kept in (which also names its data for the step cache), or nil with the data when the
    /// caches are full.
    private mutating func prepare(_ key: NormKey, replication: String) throws -> (Prepared, slot: Int?) {
        let v: Variant
        do {
            v = try variant(key.treat.front)
        } catch var e as GapMatrixError {
            e.found = "replication \(replication): " + e.found
            throw e
        }
        let data: Dataset
        if let t = treated[key.treat] {
            data = t
        } else {
            var spec = recipe.treat
            let k = key.treat
            if k.winmax != nil || k.skew != nil || k.kurtosis != nil {
                spec = spec ?? TreatSpec()
                if let w = k.winmax { spec!.winmax = w }
                if let s = k.skew { spec!.skewThreshold = s }
                if let c = k.kurtosis { spec!.kurtosisThreshold = c }
            }
            data = Treat.apply(v.screened, spec: spec).0
            if !treatmentVaries && keep(data.values.count) { treated[key.treat] = data }
        }
        var n = recipe.normalise
        n.method = key.method
        let values = try Normalise.apply(data, spec: n, framework: inputs.framework).values
        let units = v.screened.unitCount
        let facts = values.withUnsafeBufferPointer { v in
            (0..<plan.indicatorCount).map { Aggregate.ColumnFacts(v.baseAddress! + $0 * units, count: units) }
        }
        let p = Prepared(variant: v, values: values, logs: nil, facts: facts)
        // Room for the logs a geometric mean may add later.
        guard !treatmentVaries && keep(2 * values.count) else { return (p, nil) }
        prepared.append(p)
        slots[key] = prepared.count - 1
        return (p, prepared.count - 1)
    }

    /// Index scores for one design row, by unit.
    public mutating func scores(_ row: DesignRow) throws -> [Double] {
        let frontKey = FrontKey(imputation: row.imputation ?? recipe.impute, screenThreshold: row.screenThreshold ?? recipe.screen?.threshold)
        let treat = TreatKey(front: frontKey, winmax: row.winmax ?? recipe.treat?.winmax, skew: row.skewThreshold ?? recipe.treat?.skewThreshold,
                             kurtosis: row.kurtosisThreshold ?? recipe.treat?.kurtosisThreshold)
        let key = NormKey(treat: treat, method: row.normalisation ?? recipe.normalise.method)
        var p: Prepared
        let slot: Int?
        if let s = slots[key] {
            (p, slot) = (prepared[s], s)
        } else {
            (p, slot) = try prepare(key, replication: row.id)
        }
        let weights: [[Double]]
        if let set = row.weightSet {
            if let cached = childWeights[set] {
                weights = cached
            } else {
                guard let w = weightSets[set] else {
                    throw GapMatrixError(.badData, field: "WeightSet", found: "weight set \(set) in replication \(row.id), which the weight sets do not contain",
                                         expected: "a weight set number present in the weight-set file")
                }
                weights = plan.childWeights(nodes: w)
                // Pre-drawn sets are reused across replications; a fresh set per replication is not.
                if weightSets.count <= 1_000 { childWeights[set] = weights }
            }
        } else {
            weights = baseWeights
        }
        var spec = recipe.aggregate
        if let a = row.aggregation {
            spec.method = a
            spec.perLevel = [:]
        }
        let v = p.variant
        let n = v.screened.unitCount
        let geometric = spec.method == .geometric || spec.perLevel.values.contains(.geometric)
        if geometric && p.logs == nil {
            // Non-positive values give NaN here; the kernel still sees them and reports them.
            p.logs = p.values.map { $0 > 0 ? Foundation.log($0) : .nan }
            if let slot { prepared[slot].logs = p.logs }
        }
        if scratch.count != plan.steps.count * n {
            scratch = Array(repeating: .nan, count: plan.steps.count * n)
        }
        let logBuffer = geometric ? p.logs : nil
        let cache = slot.map { (stepCache, $0) }
        do {
            try p.values.withUnsafeBufferPointer { ind in
                if let logBuffer {
                    try logBuffer.withUnsafeBufferPointer { lg in
                        try Aggregate.run(indicators: ind, aggregates: &scratch, units: n, plan: plan, childWeights: weights,
                                          spec: spec, unitNames: v.screened.units, indicatorLogs: lg, indicatorFacts: p.facts,
                                          onlyColumn: targetColumn, workspace: v.workspace, cache: cache)
                    }
                } else {
                    try Aggregate.run(indicators: ind, aggregates: &scratch, units: n, plan: plan, childWeights: weights,
                                      spec: spec, unitNames: v.screened.units, indicatorFacts: p.facts, onlyColumn: targetColumn,
                                      workspace: v.workspace, cache: cache)
                }
            }
        } catch var e as GapMatrixError {
            e.found = "replication \(row.id): " + e.found
            throw e
        }
        let r = (targetColumn - plan.indicatorCount) * n
        guard let positions = v.positions else { return Array(scratch[r ..< r + n]) }
        var out = [Double](repeating: .nan, count: front.screened.unitCount)
        for (i, p) in positions.enumerated() where p >= 0 { out[p] = scratch[r + i] }
        return out
    }
}
