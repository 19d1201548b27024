import Foundation

/// Regenerates a study once per design row and keeps the index score of every unit.
///
/// Steps before treatment depend only on the imputation choice, so they run once per choice.
/// Treated data depend on (imputation, winmax), normalised data on (imputation, winmax,
/// normalisation): each is computed once per distinct value and reused, leaving weighted
/// aggregation as the only per-replication work.
public struct Replayer {
    public let inputs: StudyInputs
    public let recipe: Recipe
    /// Weight sets as vectors in framework node order.
    public let weightSets: [Int: [Double]]
    private let front: Regenerate.Front
    private let plan: Aggregate.Plan
    /// The steps before treatment for each imputation choice met so far (the recipe's included).
    private var variants: [ImputeSpec: Variant] = [:]
    private var treated: [TreatKey: Dataset] = [:]
    /// Slot in `prepared` of each (imputation, winmax, normalisation) met so far: one hash per
    /// replication finds everything a replication reads.
    private var slots: [NormKey: Int] = [:]
    private var prepared: [Prepared] = []
    private var childWeights: [Int: [[Double]]] = [:]
    private let baseWeights: [[Double]]
    private var scratch: [Double] = []
    /// Aggregates whose inputs a replication leaves unchanged are computed once.
    private let stepCache: Aggregate.StepCache

    private struct TreatKey: Hashable {
        let imputation: ImputeSpec
        let winmax: Int?
    }

    private struct NormKey: Hashable {
        let imputation: ImputeSpec
        let winmax: Int?
        let method: Normalisation
    }

    /// The screened data of one imputation choice. Screening may keep other units than the
    /// nominal build does; scores are always returned in the nominal build's unit order.
    private struct Variant {
        let screened: Dataset
        let workspace: Aggregate.Workspace
        /// Position in `units` of each of this variant's units (-1: not a nominal unit); nil when
        /// the units are the nominal ones.
        let positions: [Int]?
    }

    /// Normalised indicators of one (imputation, winmax, normalisation), ready for aggregation.
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

    /// Weight sets as full vectors in framework node order.
    public init(inputs: StudyInputs, recipe: Recipe, nodeWeightSets: [Int: [Double]], target: String? = nil) throws {
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
        variants[recipe.impute] = Variant(screened: front.screened,
                                          workspace: Aggregate.Workspace(units: front.screened.unitCount, steps: plan.steps.count),
                                          positions: nil)
    }

    private mutating func variant(_ imputation: ImputeSpec) throws -> Variant {
        if let v = variants[imputation] { return v }
        var r = recipe
        r.impute = imputation
        let screened = try Regenerate.prepare(inputs, recipe: r).screened
        var positions: [Int]? = nil
        if screened.units != front.screened.units {
            let nominal = Dictionary(uniqueKeysWithValues: front.screened.units.enumerated().map { ($1, $0) })
            positions = screened.units.map { nominal[$0] ?? -1 }
        }
        let v = Variant(screened: screened, workspace: Aggregate.Workspace(units: screened.unitCount, steps: plan.steps.count),
                        positions: positions)
        variants[imputation] = v
        return v
    }

    /// Units in output order (those that passed screening).
    public var units: [String] { front.screened.units }

    /// Runs the steps before aggregation for a new (imputation, winmax, normalisation) and
    /// returns its slot; the slot number also names its data for the step cache.
    private mutating func prepare(_ key: NormKey, replication: String) throws -> Int {
        let v: Variant
        do {
            v = try variant(key.imputation)
        } catch var e as GapMatrixError {
            e.found = "replication \(replication): " + e.found
            throw e
        }
        let treatKey = TreatKey(imputation: key.imputation, winmax: key.winmax)
        if treated[treatKey] == nil {
            var spec = recipe.treat
            if let winmax = key.winmax {
                spec = spec ?? TreatSpec()
                spec!.winmax = winmax
            }
            treated[treatKey] = Treat.apply(v.screened, spec: spec).0
        }
        var n = recipe.normalise
        n.method = key.method
        let values = try Normalise.apply(treated[treatKey]!, spec: n, framework: inputs.framework).values
        let units = v.screened.unitCount
        let facts = values.withUnsafeBufferPointer { v in
            (0..<plan.indicatorCount).map { Aggregate.ColumnFacts(v.baseAddress! + $0 * units, count: units) }
        }
        prepared.append(Prepared(variant: v, values: values, logs: nil, facts: facts))
        slots[key] = prepared.count - 1
        return prepared.count - 1
    }

    /// Index scores for one design row, by unit.
    public mutating func scores(_ row: DesignRow) throws -> [Double] {
        let imputation = row.imputation ?? recipe.impute
        let winmax = row.winmax ?? recipe.treat?.winmax
        let method = row.normalisation ?? recipe.normalise.method
        let key = NormKey(imputation: imputation, winmax: winmax, method: method)
        let slot: Int
        if let s = slots[key] {
            slot = s
        } else {
            slot = try prepare(key, replication: row.id)
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
        let v = prepared[slot].variant
        let n = v.screened.unitCount
        let geometric = spec.method == .geometric || spec.perLevel.values.contains(.geometric)
        if geometric && prepared[slot].logs == nil {
            // Non-positive values give NaN here; the kernel still sees them and reports them.
            prepared[slot].logs = prepared[slot].values.map { $0 > 0 ? Foundation.log($0) : .nan }
        }
        if scratch.count != plan.steps.count * n {
            scratch = Array(repeating: .nan, count: plan.steps.count * n)
        }
        let p = prepared[slot]
        let logBuffer = geometric ? p.logs : nil
        do {
            try p.values.withUnsafeBufferPointer { ind in
                if let logBuffer {
                    try logBuffer.withUnsafeBufferPointer { lg in
                        try Aggregate.run(indicators: ind, aggregates: &scratch, units: n, plan: plan, childWeights: weights,
                                          spec: spec, unitNames: v.screened.units, indicatorLogs: lg, indicatorFacts: p.facts,
                                          onlyColumn: targetColumn, workspace: v.workspace, cache: (stepCache, slot))
                    }
                } else {
                    try Aggregate.run(indicators: ind, aggregates: &scratch, units: n, plan: plan, childWeights: weights,
                                      spec: spec, unitNames: v.screened.units, indicatorFacts: p.facts, onlyColumn: targetColumn,
                                      workspace: v.workspace, cache: (stepCache, slot))
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
