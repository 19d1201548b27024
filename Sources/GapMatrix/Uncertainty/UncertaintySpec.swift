/// The uncertain inputs of a study (docs/METHODS.md section 9), from its `uncertainty:` section:
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
/// regenerate it (the rank-interval plot) exactly. What each parameter accepts, and what a drawn
/// value does to the recipe, is described once in `UncertainParameter.all`.
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
    /// The declared inputs, by parameter id (`UncertainParameter.id`).
    public var inputs: [String: UncertainInput] = [:]
    /// The run the study's report includes, if any.
    public var run: (replications: Int, seed: UInt64)? = nil

    public static func == (a: UncertaintySpec, b: UncertaintySpec) -> Bool {
        a.target == b.target && a.inputs == b.inputs && a.run?.replications == b.run?.replications && a.run?.seed == b.run?.seed
    }

    public init(target: String? = nil) {
        self.target = target
    }

    /// The inputs declared uncertain, in pipeline order (the d inputs of a sensitivity analysis).
    public var declared: [String] { UncertainParameter.all.map(\.id).filter { inputs[$0] != nil } }

    public var parameterCount: Int { declared.count }

    /// The inputs drawn from a continuous distribution: their values never recur, so data that
    /// depend on them are not worth keeping.
    public var continuous: Set<String> { Set(inputs.filter { $0.value.isContinuous }.keys) }

    public static var parameters: [String] { UncertainParameter.all.map(\.id) }

    /// The declared inputs with their positions in `UncertainParameter.all`, in that order:
    /// worked out once per run, then `row` draws each replication from it.
    /// `f`: the framework, which spells out `exclude.indicator`'s `values: scored`.
    func draws(_ f: Framework) -> [(index: Int, input: UncertainInput)] {
        UncertainParameter.all.enumerated().compactMap { i, p in inputs[p.id].map { (i, $0.resolved(f)) } }
    }

    /// One design row from uniform numbers in [0, 1), taken one per input in `declared` order
    /// (so a replication's draws, or a row of a Sobol design, always feed the same inputs).
    /// Weights with pre-drawn sets take one number to pick a set; without them `freshWeights`
    /// draws a new set and returns its number. `draws`: this spec's `draws`.
    static func row(id: String, draws: [(index: Int, input: UncertainInput)], next: () -> Double, freshWeights: () -> Int) -> DesignRow {
        var row = DesignRow(id: id)
        for (i, input) in draws {
            if case let .weights(w) = input {
                row.values[i] = .weightSet(w.sets.map { min($0 - 1, Int(next() * Double($0))) + 1 } ?? freshWeights())
            } else {
                row.values[i] = input.value(next())
            }
        }
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
            guard let parameter = UncertainParameter.named(p) else {
                throw input.error("parameter", "uncertain parameter '\(p)'", "one of: \(parameters.joined(separator: ", "))")
            }
            spec.inputs[p] = try parameter.read(input)
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
