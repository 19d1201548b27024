/// The uncertain inputs of a study (METHODS.md section 9), from its `uncertainty:` section:
///
/// ```yaml
/// uncertainty:
///   target: Index
///   inputs:
///     - {parameter: impute, values: [{method: mean}, {method: group_median, group: GDPpc_group}]}
///     - {parameter: screen.threshold, uniform: [0.8, 0.95]}
///     - {parameter: treat.winmax, values: [1, 2, 3, 4, 5]}
///     - {parameter: treat.skew, values: [1.5, 2, 2.5]}
///     - parameter: normalise
///       values: [{method: minmax, range: [1, 100]}, {method: zscore, mean: 10, sd: 2}]
///     - {parameter: weights, noise: 0.25, levels: [2, 3], sets: 100}
///     - {parameter: aggregate.method, values: [arithmetic, geometric]}
/// ```
/// Each discrete input is drawn uniformly from its values, a numeric threshold (`screen.threshold`,
/// `treat.skew`, `treat.kurtosis`) from its values or uniformly between two bounds; weights are
/// perturbed uniformly by +-noise at the given levels (a fresh set per replication, or one of
/// `sets` pre-drawn sets).
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

    /// How a numeric parameter varies.
    public enum Distribution: Sendable, Equatable {
        /// One of these, each as likely.
        case values([Double])
        /// Any value between the bounds.
        case uniform(Double, Double)

        /// The value at `u` in [0, 1): the inverse of the distribution function, so uniform and
        /// quasi-random points both map onto it.
        public func value(_ u: Double) -> Double {
            switch self {
            case let .values(v): v[min(v.count - 1, Int(u * Double(v.count)))]
            case let .uniform(a, b): a + u * (b - a)
            }
        }
    }

    public var target: String?
    public var imputations: [ImputeSpec]? = nil
    public var screenThreshold: Distribution? = nil
    public var winmax: [Int]? = nil
    public var skewThreshold: Distribution? = nil
    public var kurtosisThreshold: Distribution? = nil
    public var normalisations: [Normalisation]? = nil
    public var weights: WeightNoise? = nil
    public var aggregations: [Aggregation]? = nil
    /// The run the study's report includes, if any.
    public var run: (replications: Int, seed: UInt64)? = nil

    public static func == (a: UncertaintySpec, b: UncertaintySpec) -> Bool {
        a.target == b.target && a.imputations == b.imputations && a.screenThreshold == b.screenThreshold && a.winmax == b.winmax
            && a.skewThreshold == b.skewThreshold && a.kurtosisThreshold == b.kurtosisThreshold && a.normalisations == b.normalisations && a.weights == b.weights
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

    /// The inputs declared uncertain, in pipeline order (the d inputs of a sensitivity analysis).
    public var declared: [String] {
        let present = [imputations != nil, screenThreshold != nil, winmax != nil, skewThreshold != nil, kurtosisThreshold != nil,
                       normalisations != nil, weights != nil, aggregations != nil]
        return zip(Self.parameters, present).filter(\.1).map(\.0)
    }

    public var parameterCount: Int { declared.count }

    /// The inputs drawn from a continuous distribution: their values never recur, so data that
    /// depend on them are not worth keeping.
    public var continuous: Set<String> {
        let inputs: [(String, Distribution?)] = [("screen.threshold", screenThreshold), ("treat.skew", skewThreshold),
                                                 ("treat.kurtosis", kurtosisThreshold)]
        return Set(inputs.compactMap { name, d in
            if case .uniform = d { return name }
            return nil
        })
    }

    public static let parameters = ["impute", "screen.threshold", "treat.winmax", "treat.skew", "treat.kurtosis", "normalise",
                                    "weights", "aggregate.method"]

    /// One design row from uniform numbers in [0, 1), taken one per input in `declared` order
    /// (so a replication's draws, or a row of a Sobol design, always feed the same inputs).
    /// Weights with pre-drawn sets take one number to pick a set; without them `freshWeights`
    /// draws a new set and returns its number.
    func row(id: String, next: () -> Double, freshWeights: () -> Int) -> DesignRow {
        func pick<T>(_ v: [T]) -> T { v[min(v.count - 1, Int(next() * Double(v.count)))] }
        var row = DesignRow(id: id)
        if let v = imputations { row.imputation = pick(v) }
        if let d = screenThreshold { row.screenThreshold = d.value(next()) }
        if let v = winmax { row.winmax = pick(v) }
        if let d = skewThreshold { row.skewThreshold = d.value(next()) }
        if let d = kurtosisThreshold { row.kurtosisThreshold = d.value(next()) }
        if let v = normalisations { row.normalisation = pick(v) }
        if let w = weights { row.weightSet = w.sets.map { min($0 - 1, Int(next() * Double($0))) + 1 } ?? freshWeights() }
        if let v = aggregations { row.aggregation = pick(v) }
        return row
    }

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
            case "screen.threshold":
                spec.screenThreshold = try distribution(input, valid: { (0...1).contains($0) }, expected: "shares between 0 and 1")
            case "treat.skew":
                spec.skewThreshold = try distribution(input, valid: { $0 > 0 }, expected: "thresholds above 0, e.g. [1.5, 2, 2.5]")
            case "treat.kurtosis":
                spec.kurtosisThreshold = try distribution(input, valid: { $0 > 0 }, expected: "thresholds above 0, e.g. [3, 3.5, 4]")
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

    /// `values: [...]` or `uniform: [low, high]` of a numeric input.
    static func distribution(_ input: YAMLMap, valid: (Double) -> Bool, expected: String) throws -> Distribution {
        try input.onlyKeys(["parameter", "values", "uniform"])
        let values = try input.scalarList("values"), bounds = try input.scalarList("uniform")
        func numbers(_ key: String, _ texts: [String]) throws -> [Double] {
            let v = texts.compactMap(Double.init)
            guard v.count == texts.count, v.allSatisfy({ $0.isFinite && valid($0) }) else {
                throw input.error(key, "[\(texts.joined(separator: ", "))]", expected)
            }
            return v
        }
        switch (values, bounds) {
        case let (v?, nil):
            guard !v.isEmpty else { throw input.error("values", "an empty distribution", "a list of \(expected)") }
            return .values(try numbers("values", v))
        case let (nil, b?):
            let v = try numbers("uniform", b)
            guard v.count == 2, v[0] < v[1] else {
                throw input.error("uniform", "[\(b.joined(separator: ", "))]", "two bounds [low, high] with low < high")
            }
            return .uniform(v[0], v[1])
        case (nil, nil):
            throw input.error("values", "neither values nor uniform", "values: [...] or uniform: [low, high]")
        case (_?, _?):
            throw input.error("uniform", "both values and uniform", "one distribution: values: [...] or uniform: [low, high]")
        }
    }
}
