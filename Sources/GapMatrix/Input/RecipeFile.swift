/// Parses the `recipe:` section of a study file into a `Recipe`.
public enum RecipeFile {
    package static func parse(_ map: YAMLMap?) throws -> Recipe {
        var r = Recipe()
        guard let map else { return r }
        try map.onlyKeys(["denominate", "impute", "screen", "treat", "normalise", "weights", "aggregate"])
        r.denominate = try map.optionalBool("denominate") ?? false
        if let m = try map.optionalMap("impute") { r.impute = try imputation(m) }
        if let m = try map.optionalMap("screen") {
            try m.onlyKeys(["threshold", "by", "nonzero"])
            let t = try m.double("threshold")
            guard (0...1).contains(t) else { throw m.error("threshold", "\(t)", "a share between 0 and 1") }
            let by = try m.optionalString("by") ?? "missing"
            guard let basis = ScreenSpec.Basis(rawValue: by) else {
                throw m.error("by", "'\(by)'", "missing or missing_or_zero")
            }
            let nonZero = try m.optionalDouble("nonzero") ?? ScreenSpec.defaultNonZeroThreshold
            guard (0...1).contains(nonZero) else { throw m.error("nonzero", "\(nonZero)", "a share between 0 and 1") }
            r.screen = ScreenSpec(threshold: t, basis: basis, nonZeroThreshold: nonZero)
        }
        if let t = map.scalar("treat") {
            guard t == "none" else { throw map.error("treat", "'\(t)'", "none, or a mapping with winmax, skew, kurtosis") }
        } else if let m = try map.optionalMap("treat") {
            try m.onlyKeys(["winmax", "skew", "kurtosis", "skip"])
            var t = TreatSpec()
            t.winmax = try m.optionalInt("winmax") ?? 5
            guard t.winmax >= 0 else { throw m.error("winmax", "\(t.winmax)", "zero or more points") }
            t.skewThreshold = try m.optionalDouble("skew") ?? 2
            t.kurtosisThreshold = try m.optionalDouble("kurtosis") ?? 3.5
            t.skip = Set(try m.scalarList("skip") ?? [])
            r.treat = t
        }
        if let m = try map.optionalMap("normalise") {
            try m.onlyKeys(["method", "range", "mean", "sd", "scale", "cap", "overrides"])
            r.normalise.method = try normalisation(m)
            for (code, _, sub) in try m.entries("overrides") {
                guard let sub else { throw m.error("overrides", "a plain value for '\(code)'", "a mapping such as {method: zscore}") }
                try sub.onlyKeys(["method", "range", "mean", "sd", "scale", "cap"])
                r.normalise.overrides[code] = try normalisation(sub)
            }
        }
        if let w = map.scalar("weights") {
            switch w {
            case "framework": r.weights = .framework
            case "equal": r.weights = .equal
            case "pca": r.weights = .pca
            default: throw map.error("weights", "'\(w)'", "framework, equal, pca, or a mapping of codes to weights")
            }
        } else if try map.optionalMap("weights") != nil {
            var given: [String: Double] = [:]
            for (code, node, _) in try map.entries("weights") {
                guard let s = node.scalar?.string, let v = Double(s), v.isFinite, v >= 0 else {
                    throw map.error("weights", "weight '\(node.scalar?.string ?? "?")' for '\(code)'", "a number zero or above")
                }
                given[code] = v
            }
            r.weights = .explicit(given)
        }
        if let m = try map.optionalMap("aggregate") {
            try m.onlyKeys(["method", "p", "levels", "min_share"])
            r.aggregate.method = try aggregation(try m.optionalString("method") ?? "arithmetic", p: try m.optionalDouble("p"), m, "method")
            for (key, node, _) in try m.entries("levels") {
                guard let level = Int(key) else { throw m.error("levels", "level '\(key)'", "a level number such as 2") }
                guard let s = node.scalar?.string else { throw m.error("levels", "a nested value", "a method name") }
                r.aggregate.perLevel[level] = try aggregation(s, p: try m.optionalDouble("p"), m, "levels")
            }
            let share = try m.optionalDouble("min_share") ?? 0
            guard (0...1).contains(share) else { throw m.error("min_share", "\(share)", "a share between 0 and 1") }
            r.aggregate.minShare = share
        }
        return r
    }

    static func normalisation(_ m: YAMLMap) throws -> Normalisation {
        let method = try m.optionalString("method") ?? "minmax"
        switch method {
        case "minmax", "n_minmax":
            let range = try m.scalarList("range") ?? ["0", "100"]
            guard range.count == 2, let l = Double(range[0]), let u = Double(range[1]), l < u else {
                throw m.error("range", "\(range)", "[lower, upper] with lower < upper")
            }
            return .minMax(lower: l, upper: u)
        case "zscore", "n_zscore":
            let sd = try m.optionalDouble("sd") ?? 1
            guard sd > 0 else { throw m.error("sd", "\(sd)", "a standard deviation above zero") }
            return .zScore(mean: try m.optionalDouble("mean") ?? 0, sd: sd)
        case "rank", "n_rank": return .rank
        case "percentile", "n_prank": return .percentileRank
        case "goalposts", "n_goalposts": return .goalposts(scale: try m.optionalDouble("scale") ?? 100)
        case "distance_to_target", "n_dist2targ": return .distanceToTarget(capAtOne: try m.optionalBool("cap") ?? false)
        case "distance_to_max", "n_dist2max": return .distanceToMax
        case "fraction_of_max", "n_fracmax": return .fractionOfMax
        case "none": return .none
        case "bounds": return .bounds
        default:
            throw m.error("method", "'\(method)'",
                          "minmax, zscore, rank, percentile, goalposts, distance_to_target, distance_to_max, fraction_of_max, bounds or none")
        }
    }

    static func aggregation(_ name: String, p: Double?, _ m: YAMLMap, _ key: String) throws -> Aggregation {
        switch name {
        case "arithmetic", "a_amean": return .arithmetic
        case "geometric", "a_gmean": return .geometric
        case "harmonic", "a_hmean": return .harmonic
        case "generalised", "generalized", "a_genmean":
            guard let p else { throw m.error("p", "no exponent p", "p: for the generalised mean") }
            return .generalised(p: p)
        default:
            throw m.error(key, "'\(name)'", "arithmetic, geometric, harmonic or generalised")
        }
    }

    /// An `impute:` mapping (also an uncertain input's value): method, group, panel.
    static func imputation(_ m: YAMLMap) throws -> ImputeSpec {
        try m.onlyKeys(["method", "group", "panel"])
        let method = try m.optionalString("method") ?? "none"
        guard let mm = ImputeSpec.Method(rawValue: method) else {
            throw m.error("method", "'\(method)'", ImputeSpec.Method.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let panel = try m.optionalString("panel") ?? "none"
        guard let pm = ImputeSpec.PanelMethod(rawValue: panel) else {
            throw m.error("panel", "'\(panel)'", ImputeSpec.PanelMethod.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let group = try m.optionalString("group")
        if (mm == .groupMean || mm == .groupMedian) && group == nil {
            throw m.error(nil, "method \(method) without a group", "group: <a group column>")
        }
        return ImputeSpec(method: mm, group: group, panel: pm)
    }
}
