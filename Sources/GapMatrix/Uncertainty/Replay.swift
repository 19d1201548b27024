import Foundation

/// Regenerates a study once per design row and keeps the target score of every unit: a
/// memoised `Regenerate.run` of the recipe the row describes (`Recipe.applying`).
///
/// Each stage runs once per distinct part of the recipe it reads and is then reused: the steps
/// before treatment per `Recipe.FrontPart` (denominate, impute, screen), treatment per
/// `TreatPart`, normalisation per `NormalisePart`; weights per weight set (a set number names
/// one fixed vector for the replayer's life) or, for `pca`, per normalised data; weighted
/// aggregation is the only per-replication work, and even there aggregates whose weights a
/// row leaves unchanged come from `Aggregate.StepCache`. Every stage calls the very functions
/// `Regenerate.run` calls, so a replay equals the regeneration bit for bit.
///
/// A threshold drawn from a continuous distribution is new in every replication: data that
/// depend on one named in `continuous` are computed for the replication alone, and past
/// `cacheLimit` numbers all new data are, so memory stays bounded whatever the design.
public struct Replayer {
    public let inputs: StudyInputs
    public let recipe: Recipe
    /// Weight sets as vectors in framework node order.
    public let weightSets: [Int: [Double]]
    private let front: Regenerate.Front
    private let plan: Aggregate.Plan
    /// The steps before treatment for each choice met so far (the recipe's included).
    private var variants: [Recipe.FrontPart: Variant] = [:]
    private var treated: [Recipe.TreatPart: Dataset] = [:]
    /// Slot in `prepared` of each choice met so far: one hash per replication finds everything
    /// a replication reads.
    private var slots: [Recipe.NormalisePart: Int] = [:]
    private var prepared: [Prepared] = []
    /// Numbers held by `variants`, `treated` and `prepared`, and the most they may hold.
    private var cached = 0
    private let cacheLimit: Int
    /// Whether the steps before treatment, and treatment, take a value that never recurs.
    private let frontVaries: Bool
    private let treatmentVaries: Bool
    /// Child weights per weight set, and per weight choice that needs no data.
    private var setWeights: [Int: [[Double]]] = [:]
    private var fixedWeights: [WeightSpec: [[Double]]] = [:]
    private var scratch: [Double] = []
    /// Aggregates whose inputs a replication leaves unchanged are computed once.
    private let stepCache: Aggregate.StepCache

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
        let normalised: Dataset
        /// log of the normalised values, made the first time a geometric mean needs it.
        var logs: [Double]?
        /// Completeness and sign of each indicator column.
        let facts: [Aggregate.ColumnFacts]
        /// PCA child weights on these data, made the first time a `pca` recipe needs them.
        var pcaWeights: [[Double]]?
    }

    /// Where a design row holds its weight set.
    private static let weightsIndex = UncertainParameter.all.firstIndex { $0.stage == .weights }!

    /// Column of the plan whose scores `scores(_:)` returns.
    private let targetColumn: Int

    /// Weight sets by code (as read from a file); codes a set leaves out keep the weights of
    /// the recipe's nominal build (`Weights.nominal`).
    public init(inputs: StudyInputs, recipe: Recipe, weightSets: [Int: [String: Double]], target: String? = nil) throws {
        let base = weightSets.isEmpty ? [:] : try Weights.nominal(inputs, recipe: recipe)
        let vectors = weightSets.mapValues { set in inputs.framework.weightVector(base.merging(set) { $1 }) }
        try self.init(inputs: inputs, recipe: recipe, nodeWeightSets: vectors, target: target)
    }

    /// Weight sets as full vectors in framework node order; `continuous`: the inputs drawn from
    /// continuous distributions (`UncertaintySpec.continuous`); `cacheLimit` in numbers (8 bytes
    /// each), by default 64 MB.
    public init(inputs: StudyInputs, recipe: Recipe, nodeWeightSets: [Int: [Double]], target: String? = nil,
                continuous: Set<String> = [], cacheLimit: Int = 8_000_000) throws {
        self.cacheLimit = cacheLimit
        let stages = continuous.compactMap { UncertainParameter.named($0)?.stage }
        frontVaries = stages.contains(.front)
        treatmentVaries = stages.contains { $0 <= .treat }
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
        variants[recipe.frontPart] = Variant(screened: front.screened,
                                             workspace: Aggregate.Workspace(units: front.screened.unitCount, steps: plan.steps.count),
                                             positions: nil)
        // The cache holds aggregates computed with the nominal build's weights.
        stepCache = Aggregate.StepCache(base: plan.childWeights(try Weights.nominal(inputs, recipe: recipe)))
    }

    private mutating func variant(_ r: Recipe) throws -> Variant {
        let key = r.frontPart
        if let v = variants[key] { return v }
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

    /// Runs the steps before aggregation for a recipe whose normalised data were not met
    /// before. Returns the slot they are kept in (which also names them for the step cache), or
    /// nil with the data when the caches are full.
    private mutating func prepare(_ r: Recipe) throws -> (Prepared, slot: Int?) {
        let v = try variant(r)
        let data: Dataset
        if let t = treated[r.treatPart] {
            data = t
        } else {
            data = Treat.apply(v.screened, spec: r.treat).0
            if !treatmentVaries && keep(data.values.count) { treated[r.treatPart] = data }
        }
        let normalised = try Normalise.apply(data, spec: r.normalise, framework: inputs.framework)
        let units = v.screened.unitCount
        let facts = normalised.values.withUnsafeBufferPointer { v in
            (0..<plan.indicatorCount).map { Aggregate.ColumnFacts(v.baseAddress! + $0 * units, count: units) }
        }
        let p = Prepared(variant: v, normalised: normalised, logs: nil, facts: facts, pcaWeights: nil)
        // Room for the logs a geometric mean may add later.
        guard !treatmentVaries && keep(2 * normalised.values.count) else { return (p, nil) }
        prepared.append(p)
        slots[r.normalisePart] = prepared.count - 1
        return (p, prepared.count - 1)
    }

    /// Child weights of weight set `number`, kept for reuse when the sets are pre-drawn.
    private mutating func childWeights(set number: Int, row id: String) throws -> [[Double]] {
        if let w = setWeights[number] { return w }
        let w = plan.childWeights(nodes: try DesignRow.weightSet(number, in: weightSets, row: id))
        // Pre-drawn sets are reused across replications; a fresh set per replication is not.
        if weightSets.count <= 1_000 { setWeights[number] = w }
        return w
    }

    /// Target scores, by unit, of the recipe a design row describes (`Recipe.applying`).
    public mutating func scores(_ row: DesignRow) throws -> [Double] {
        do {
            return try scores(recipe.applyingChoices(row), weightSet: row.values[Self.weightsIndex]?.weightSet, id: row.id)
        } catch var e as GapMatrixError {
            e.found = "replication \(row.id): " + e.found
            throw e
        }
    }

    /// Target scores, by unit, of any recipe: `Regenerate.run` with every stage this replayer
    /// has met reused.
    public mutating func scores(for recipe: Recipe) throws -> [Double] {
        try scores(recipe, weightSet: nil, id: "recipe")
    }

    /// `r` with weight set `weightSet` (when given) in place of its weights.
    private mutating func scores(_ r: Recipe, weightSet: Int?, id: String) throws -> [Double] {
        var p: Prepared
        let slot: Int?
        if let s = slots[r.normalisePart] {
            (p, slot) = (prepared[s], s)
        } else {
            (p, slot) = try prepare(r)
        }
        let weights: [[Double]]
        if let set = weightSet {
            weights = try childWeights(set: set, row: id)
        } else if r.weights == .pca {
            if let w = p.pcaWeights {
                weights = w
            } else {
                weights = plan.childWeights(try Weights.resolve(.pca, framework: inputs.framework, normalised: p.normalised))
                p.pcaWeights = weights
                if let slot { prepared[slot].pcaWeights = weights }
            }
        } else if let w = fixedWeights[r.weights] {
            weights = w
        } else {
            weights = plan.childWeights(try Weights.fixed(r.weights, framework: inputs.framework))
            fixedWeights[r.weights] = weights
        }
        let spec = r.aggregate
        let v = p.variant
        let n = v.screened.unitCount
        let geometric = spec.method == .geometric || spec.perLevel.values.contains(.geometric)
        if geometric && p.logs == nil {
            // Non-positive values give NaN here; the kernel still sees them and reports them.
            p.logs = p.normalised.values.map { $0 > 0 ? Foundation.log($0) : .nan }
            if let slot { prepared[slot].logs = p.logs }
        }
        if scratch.count != plan.steps.count * n {
            scratch = Array(repeating: .nan, count: plan.steps.count * n)
        }
        let logBuffer = geometric ? p.logs : nil
        let cache = slot.map { (stepCache, $0) }
        try p.normalised.values.withUnsafeBufferPointer { ind in
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
        let start = (targetColumn - plan.indicatorCount) * n
        guard let positions = v.positions else { return Array(scratch[start ..< start + n]) }
        var out = [Double](repeating: .nan, count: front.screened.unitCount)
        for (i, p) in positions.enumerated() where p >= 0 { out[p] = scratch[start + i] }
        return out
    }
}
