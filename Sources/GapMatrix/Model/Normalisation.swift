/// One normalisation method with its parameters (COINr's `n_*` functions).
public enum Normalisation: Sendable, Equatable, Hashable {
    /// Min-max onto [lower, upper].
    case minMax(lower: Double, upper: Double)
    /// Z-score rescaled to the given mean and standard deviation.
    case zScore(mean: Double, sd: Double)
    /// Rank, 1 = lowest (ties take the minimum).
    case rank
    /// Percentile rank in [0, 1] (ties take the minimum).
    case percentileRank
    /// Fixed bounds from the framework, truncated, times `scale`.
    case goalposts(scale: Double)
    /// 1 - (target - x) / (target - min x), with targets from the framework.
    case distanceToTarget(capAtOne: Bool)
    /// 1 - (max - x) / (max - min).
    case distanceToMax
    /// x / max.
    case fractionOfMax
    /// Direction applied, nothing else.
    case none
    /// SDR bounds normalisation onto [0, 100] with the framework's optimum and lower bound
    /// (the lower bound defaults to the 2.5th percentile, 97.5th for lower-is-better).
    case bounds
}

/// Everything about a normalisation method in one place besides its formula (`Normalise`): its
/// names, its parameters in a study file and in a design table's `NormPara`, and an example.
/// Adding a method means a case above, its entries here, and its formula.
extension Normalisation {
    /// The method without its parameters.
    public enum Kind: Hashable, Sendable, CaseIterable {
        case minMax, zScore, rank, percentileRank, goalposts, distanceToTarget, distanceToMax, fractionOfMax, bounds, none
    }

    public var kind: Kind {
        switch self {
        case .minMax: .minMax
        case .zScore: .zScore
        case .rank: .rank
        case .percentileRank: .percentileRank
        case .goalposts: .goalposts
        case .distanceToTarget: .distanceToTarget
        case .distanceToMax: .distanceToMax
        case .fractionOfMax: .fractionOfMax
        case .bounds: .bounds
        case .none: .none
        }
    }

    public static let names = MethodNames<Kind>([
        (.minMax, "minmax", "n_minmax"), (.zScore, "zscore", "n_zscore"), (.rank, "rank", "n_rank"), (.percentileRank, "percentile", "n_prank"),
        (.goalposts, "goalposts", "n_goalposts"), (.distanceToTarget, "distance_to_target", "n_dist2targ"),
        (.distanceToMax, "distance_to_max", "n_dist2max"), (.fractionOfMax, "fraction_of_max", "n_fracmax"),
        (.bounds, "bounds", "bounds"), (.none, "none", "none"),
    ])

    /// Keys a study file may give a normalisation besides `method`.
    static let parameterKeys = ["range", "mean", "sd", "scale", "cap"]

    /// From a study file's mapping: `method` (default minmax) and its parameters.
    static func read(_ m: YAMLMap) throws -> Normalisation {
        let method = try m.optionalString("method") ?? "minmax"
        guard let kind = names.kind(study: method) else { throw m.error("method", "'\(method)'", names.studyList) }
        switch kind {
        case .minMax:
            let range = try m.scalarList("range") ?? ["0", "100"]
            guard range.count == 2, let l = Double(range[0]), let u = Double(range[1]), l < u else {
                throw m.error("range", "\(range)", "[lower, upper] with lower < upper")
            }
            return .minMax(lower: l, upper: u)
        case .zScore:
            let sd = try m.optionalDouble("sd") ?? 1
            guard sd > 0 else { throw m.error("sd", "\(sd)", "a standard deviation above zero") }
            return .zScore(mean: try m.optionalDouble("mean") ?? 0, sd: sd)
        case .goalposts: return .goalposts(scale: try m.optionalDouble("scale") ?? 100)
        case .distanceToTarget: return .distanceToTarget(capAtOne: try m.optionalBool("cap") ?? false)
        case .rank: return .rank
        case .percentileRank: return .percentileRank
        case .distanceToMax: return .distanceToMax
        case .fractionOfMax: return .fractionOfMax
        case .bounds: return .bounds
        case .none: return .none
        }
    }

    /// COINr's name and the `NormPara` a design table writes (`1;100`, `10;2`, `cap`, `100`, `NA`).
    public var coinr: (name: String, para: String) {
        func f(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)" }
        let para = switch self {
        case let .minMax(l, u): "\(f(l));\(f(u))"
        case let .zScore(m, sd): "\(f(m));\(f(sd))"
        case let .distanceToTarget(cap): cap ? "cap" : "nocap"
        case let .goalposts(scale): f(scale)
        case .rank, .percentileRank, .distanceToMax, .fractionOfMax, .bounds, .none: "NA"
        }
        return (Self.names.coinr(kind), para)
    }

    /// From a design table's `Normalisation` and `NormPara`; nil for an unknown name, a
    /// `MethodProblem` for parameters that do not fit.
    static func coinr(_ name: String, para: String) throws -> Normalisation? {
        guard let kind = names.kind(coinr: name) else { return nil }
        let parts = para.split(separator: ";").map { Double(FastText.trimmingBlanks($0)) }
        func two() throws -> (Double, Double) {
            guard parts.count == 2, let a = parts[0], let b = parts[1] else { throw MethodProblem(expected: "two numbers such as 1;100") }
            return (a, b)
        }
        switch kind {
        case .minMax:
            let (l, u) = try two()
            guard l < u else { throw MethodProblem(expected: "lower;upper with lower < upper") }
            return .minMax(lower: l, upper: u)
        case .zScore:
            let (m, s) = try two()
            guard s > 0 else { throw MethodProblem(expected: "mean;sd with sd > 0") }
            return .zScore(mean: m, sd: s)
        case .goalposts:
            guard let scale = Double(para) else { throw MethodProblem(expected: "the goalpost scale, e.g. 100") }
            return .goalposts(scale: scale)
        case .distanceToTarget: return .distanceToTarget(capAtOne: para == "cap")
        case .rank: return .rank
        case .percentileRank: return .percentileRank
        case .distanceToMax: return .distanceToMax
        case .fractionOfMax: return .fractionOfMax
        case .bounds: return .bounds
        case .none: return Normalisation.none  // not Optional.none
        }
    }

    /// One value of every kind, with parameters a study might use (for round-trip tests).
    static let examples: [Normalisation] = [.minMax(lower: 1, upper: 100), .zScore(mean: 10, sd: 2.5), .rank, .percentileRank, .goalposts(scale: 100),
                                            .distanceToTarget(capAtOne: true), .distanceToTarget(capAtOne: false), .distanceToMax,
                                            .fractionOfMax, .bounds, .none, .minMax(lower: -0.5, upper: 1e20)]
}
