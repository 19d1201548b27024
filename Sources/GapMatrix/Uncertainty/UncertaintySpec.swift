/// The uncertain inputs of a study (METHODS.md section 9), from its `uncertainty:` section:
///
/// ```yaml
/// uncertainty:
///   target: Index
///   inputs:
///     - {parameter: impute, values: [{method: mean}, {method: group_median, group: GDPpc_group}]}
///     - {parameter: treat.winmax, values: [1, 2, 3, 4, 5]}
///     - parameter: normalise
///       values: [{method: minmax, range: [1, 100]}, {method: zscore, mean: 10, sd: 2}]
///     - {parameter: weights, noise: 0.25, levels: [2, 3], sets: 100}
///     - {parameter: aggregate.method, values: [arithmetic, geometric]}
/// ```
/// Each discrete input is drawn uniformly from its values; weights are perturbed uniformly by
/// +-noise at the given levels (a fresh set per replication, or one of `sets` pre-drawn sets).
/// Optional `replications` and `seed` record a run as part of the study, so `report` can
/// regenerate it (the rank-interval plot) exactly.
public struct UncertaintySpec: Sendable, Equatable {
    public struct WeightNoise: Sendable, Equatable {
        public var factor: Double
        public var levels: [Int]
        /// Number of pre-drawn weight sets; nil draws a fresh set per replication.
        public var sets: Int?

        public init(factor: Double, levels: [Int], sets: Int? = nil) {
            self.factor = factor
            self.levels = levels
            self.sets = sets
        }
    }

    public var target: String?
    public var imputations: [ImputeSpec]? = nil
    public var winmax: [Int]? = nil
    public var normalisations: [Normalisation]? = nil
    public var weights: WeightNoise? = nil
    public var aggregations: [Aggregation]? = nil
    /// The run the study's report includes, if any.
    public var run: (replications: Int, seed: UInt64)? = nil

    public static func == (a: UncertaintySpec, b: UncertaintySpec) -> Bool {
        a.target == b.target && a.imputations == b.imputations && a.winmax == b.winmax && a.normalisations == b.normalisations && a.weights == b.weights
            && a.aggregations == b.aggregations && a.run?.replications == b.run?.replications && a.run?.seed == b.run?.seed
    }

    public init(target: String? = nil, imputations: [ImputeSpec]? = nil, winmax: [Int]? = nil,
                normalisations: [Normalisation]? = nil, weights: WeightNoise? = nil, aggregations: [Aggregation]? = nil) {
        self.target = target
        self.imputations = imputations
        self.winmax = winmax
        self.normalisations = normalisations
        self.weights = weights
        self.aggregations = aggregations
    }

    /// Inputs declared uncertain (the d of a sensitivity analysis).
    public var parameterCount: Int {
        [imputations != nil, winmax != nil, normalisations != nil, weights != nil, aggregations != nil].filter { $0 }.count
    }

    public static let parameters = ["impute", "treat.winmax", "normalise", "weights", "aggregate.method"]

    static func parse(_ m: YAMLMap?) throws -> UncertaintySpec? {
        guard let m else { return nil }
        try m.onlyKeys(["target", "inputs", "replications", "seed"])
        var spec = UncertaintySpec(target: try m.optionalString("target"))
        let replications = try m.optionalInt("replications"), seed = try m.optionalString("seed")
        switch (replications, seed) {
        case (nil, nil): break
        case let (n?, s?):
            guard n >= 2 else { throw m.error("replications", "\(n)", "at least 2 replications") }
            guard let seed = UInt64(s) else { throw m.error("seed", s, "a whole number from 0 to 2^64-1") }
            spec.run = (n, seed)
        default:
            throw m.error(replications == nil ? "replications" : "seed", "only one of replications and seed",
                          "both, so the run can be repeated exactly")
        }
        let inputs = try m.mapList("inputs")
        guard !inputs.isEmpty else { throw m.error("inputs", "no uncertain inputs", "a list of inputs, each with parameter and values") }
        for input in inputs {
            let p = try input.string("parameter")
            switch p {
            case "impute":
                try input.onlyKeys(["parameter", "values"])
                let options = try input.mapList("values")
                guard !options.isEmpty else {
                    throw input.error("values", "an empty distribution", "a list of imputations such as [{method: mean}, {method: median}]")
                }
                spec.imputations = try options.map(RecipeFile.imputation)
            case "treat.winmax":
                try input.onlyKeys(["parameter", "values"])
                let values = try input.scalarList("values") ?? []
                let ints = values.compactMap(Int.init)
                guard !values.isEmpty, ints.count == values.count, ints.allSatisfy({ $0 >= 0 }) else {
                    throw input.error("values", values.isEmpty ? "an empty distribution" : "\(values)", "whole numbers 0 or more, e.g. [1, 2, 3, 4, 5]")
                }
                spec.winmax = ints
            case "normalise":
                try input.onlyKeys(["parameter", "values"])
                let options = try input.mapList("values")
                guard !options.isEmpty else { throw input.error("values", "an empty distribution", "a list of normalisations") }
                spec.normalisations = try options.map { o in
                    try o.onlyKeys(["method", "range", "mean", "sd", "scale", "cap"])
                    return try RecipeFile.normalisation(o)
                }
            case "weights":
                try input.onlyKeys(["parameter", "noise", "levels", "sets"])
                let factor = try input.double("noise")
                guard factor > 0, factor < 1 else { throw input.error("noise", "\(factor)", "a noise factor between 0 and 1, e.g. 0.25") }
                let levels = (try input.scalarList("levels") ?? []).compactMap(Int.init)
                guard !levels.isEmpty else { throw input.error("levels", "no levels", "the levels whose weights are perturbed, e.g. [2, 3]") }
                let sets = try input.optionalInt("sets")
                if let sets, sets < 1 { throw input.error("sets", "\(sets)", "at least one weight set") }
                spec.weights = WeightNoise(factor: factor, levels: levels, sets: sets)
            case "aggregate.method":
                try input.onlyKeys(["parameter", "values", "p"])
                let values = try input.scalarList("values") ?? []
                guard !values.isEmpty else { throw input.error("values", "an empty distribution", "a list such as [arithmetic, geometric]") }
                spec.aggregations = try values.map { try RecipeFile.aggregation($0, p: try input.optionalDouble("p"), input, "values") }
            default:
                throw input.error("parameter", "uncertain parameter '\(p)'", "one of: \(parameters.joined(separator: ", "))")
            }
        }
        return spec
    }
}
