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
            let by = try m.optionalString("by") ?? ScreenSpec.Basis.names.study(.missing)
            guard let basis = ScreenSpec.Basis.names.kind(study: by) else {
                throw m.error("by", "'\(by)'", ScreenSpec.Basis.names.studyList)
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
            try m.onlyKeys(["method"] + Normalisation.parameterKeys + ["overrides"])
            r.normalise.method = try normalisation(m)
            for (code, _, sub) in try m.entries("overrides") {
                guard let sub else { throw m.error("overrides", "a plain value for '\(code)'", "a mapping such as {method: zscore}") }
                try sub.onlyKeys(["method"] + Normalisation.parameterKeys)
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

    static func normalisation(_ m: YAMLMap) throws -> Normalisation { try Normalisation.read(m) }

    static func aggregation(_ name: String, p: Double?, _ m: YAMLMap, _ key: String) throws -> Aggregation {
        do {
            guard let a = try Aggregation.study(name, p: p) else { throw m.error(key, "'\(name)'", Aggregation.names.studyList) }
            return a
        } catch let problem as MethodProblem {
            throw m.error("p", "no exponent p", problem.expected)
        }
    }

    /// An `impute:` mapping (also an uncertain input's value): method, group, panel.
    static func imputation(_ m: YAMLMap) throws -> ImputeSpec {
        try m.onlyKeys(["method", "group", "panel"])
        let method = try m.optionalString("method") ?? "none"
        guard let mm = ImputeSpec.Method.names.kind(study: method) else {
            throw m.error("method", "'\(method)'", ImputeSpec.Method.names.studyList)
        }
        let panel = try m.optionalString("panel") ?? "none"
        guard let pm = ImputeSpec.PanelMethod.names.kind(study: panel) else {
            throw m.error("panel", "'\(panel)'", ImputeSpec.PanelMethod.names.studyList)
        }
        let group = try m.optionalString("group")
        if mm.needsGroup && group == nil {
            throw m.error(nil, "method \(method) without a group", "group: <a group column>")
        }
        return ImputeSpec(method: mm, group: group, panel: pm)
    }
}
