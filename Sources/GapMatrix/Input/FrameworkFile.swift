/// Reads a framework written in YAML:
///
/// ```yaml
/// levels: [Indicator, Theme, Index]      # optional names, lowest first
/// themes:
///   - {code: Index, name: GFMD index}
///   - {code: RT1, name: Human capital and labour mobility, parent: Index, weight: 1}
/// indicators:
///   - {code: REMCOST, name: Remittance cost, theme: RT2, direction: -1, weight: 1, unit: "%",
///      denominator: POP, target: 3, goalposts: [0, 10]}
/// denominators:
///   - {code: POP, name: Population}
/// ```
/// Theme levels are derived: one above the highest of their children. A theme no indicator
/// measures yet is declared `empty: true` (level 2): it is kept and reported as an information gap.
///
/// Indicators may also say what they measure and for whom: `type: policy | outcome` (default
/// outcome), `role: origin | destination | both` (default both), `producer: ILO`, and either
/// published thresholds (`green`, `red`) or relative ones, `relative: {green: 0.75, red: 0.25}`
/// (quantiles of the study units' values, computed when the study runs).
public enum FrameworkFile {
    public struct Contents {
        public var framework: Framework
        public var denominators: [String]
        /// Context variables: read with the data, reported, never scored.
        public var context: [String]
        public var docs: FrameworkDocs
    }

    static let noteKeys = ["name", "description", "rationale", "justification", "gcm", "sdg", "source", "unit", "producer"]

    static func notes(_ m: YAMLMap) throws -> [String: String] {
        var out: [String: String] = [:]
        for k in noteKeys {
            if let v = m.scalar(k) { out[k] = v } else if let list = try? m.scalarList(k) { out[k] = list.joined(separator: ", ") }
        }
        return out
    }

    public static func read(_ path: String) throws -> Contents {
        let doc = try YAMLMap.load(path)
        try doc.onlyKeys(["levels", "themes", "indicators", "denominators", "context", "dropped"])
        var nodes: [FrameworkNode] = []
        var lines: [String: Int] = [:]
        var notes: [String: [String: String]] = [:]
        for m in try doc.mapList("themes") {
            try m.onlyKeys(["code", "name", "parent", "weight", "description", "gcm", "sdg", "rationale", "empty"])
            let code = try m.string("code")
            notes[code] = try Self.notes(m)
            lines[code] = lines[code] ?? m.line
            var node = FrameworkNode(code: code, name: try m.optionalString("name") ?? code, kind: .aggregate,
                                     level: 0, parent: try m.optionalString("parent"),
                                     weight: try m.optionalDouble("weight") ?? 1)
            node.declaredEmpty = try m.optionalBool("empty") ?? false
            nodes.append(node)
        }
        for m in try doc.mapList("indicators") {
            try m.onlyKeys(["code", "name", "theme", "direction", "weight", "unit", "denominator", "target",
                            "goalposts", "optimum", "lower_bound", "green", "red", "source", "description",
                            "rationale", "justification", "gcm", "sdg", "type", "role", "producer", "relative"])
            let code = try m.string("code")
            lines[code] = lines[code] ?? m.line
            notes[code] = try Self.notes(m)
            var posts: (Double, Double)? = nil
            if let g = try m.scalarList("goalposts") {
                guard g.count == 2, let lo = Double(g[0]), let hi = Double(g[1]), lo < hi else {
                    throw m.error("goalposts", "\(g)", "[lower, upper] with lower < upper")
                }
                posts = (lo, hi)
            }
            var node = FrameworkNode(code: code, name: try m.optionalString("name") ?? code, kind: .indicator,
                                     level: 1, parent: try m.string("theme"),
                                     weight: try m.optionalDouble("weight") ?? 1,
                                     direction: try m.optionalDouble("direction") ?? 1,
                                     unit: try m.optionalString("unit"),
                                     denominator: try m.optionalString("denominator"),
                                     target: try m.optionalDouble("target"), goalposts: posts)
            node.rating = RatingBounds(optimum: try m.optionalDouble("optimum"), lowerBound: try m.optionalDouble("lower_bound"),
                                       green: try m.optionalDouble("green"), red: try m.optionalDouble("red"),
                                       relative: try relative(m, code: code, direction: node.direction))
            if let t = try m.optionalString("type") {
                guard let type = IndicatorType(rawValue: t) else { throw m.error("type", "'\(t)' for '\(code)'", "policy or outcome") }
                node.type = type
            }
            if let r = try m.optionalString("role") {
                guard let role = IndicatorRole(rawValue: r) else { throw m.error("role", "'\(r)' for '\(code)'", "origin, destination or both") }
                node.role = role
            }
            node.producer = try m.optionalString("producer")
            try checkRating(node, m)
            nodes.append(node)
        }
        var denominators: [String] = []
        for m in try doc.mapList("denominators") {
            try m.onlyKeys(["code", "name", "unit", "source"])
            denominators.append(try m.string("code"))
        }
        var context: [String] = []
        for m in try doc.mapList("context") {
            try m.onlyKeys(["code", "name", "unit", "source", "description", "producer"])
            let code = try m.string("code")
            context.append(code)
            notes[code] = try Self.notes(m)
        }
        try assignLevels(&nodes, file: path, lines: lines)
        let framework: Framework
        do {
            framework = try Framework.validated(nodes, levelNames: try doc.scalarList("levels") ?? [], file: path)
        } catch var e as GapMatrixError {
            if let f = e.field { e.line = lines[f] }
            throw e
        }
        for n in framework.nodes {
            if let d = n.denominator, !denominators.contains(d) {
                throw GapMatrixError(.badData, file: path, line: lines[n.code], field: n.code,
                                     found: "denominator '\(d)', which is not listed under denominators",
                                     expected: "a denominator declared in the framework")
            }
        }
        var dropped: [(code: String, name: String, reason: String)] = []
        for m in try doc.mapList("dropped") {
            try m.onlyKeys(["code", "name", "reason"])
            dropped.append((try m.string("code"), try m.optionalString("name") ?? "", try m.string("reason")))
        }
        return Contents(framework: framework, denominators: denominators, context: context,
                        docs: FrameworkDocs(notes: notes, dropped: dropped, context: context))
    }

    /// Relative thresholds: quantiles between 0 and 1, green on the better side of red, and
    /// never together with published ones (one threshold source per indicator).
    static func relative(_ m: YAMLMap, code: String, direction: Double) throws -> RelativeThresholds? {
        guard let r = try m.optionalMap("relative") else { return nil }
        try r.onlyKeys(["green", "red"])
        if m.has("green") || m.has("red") {
            throw m.error("relative", "published green/red and relative thresholds for '\(code)'", "one of the two")
        }
        let g = try r.double("green"), red = try r.double("red")
        for (k, q) in [("green", g), ("red", red)] where !(0...1).contains(q) {
            throw r.error(k, "quantile \(q) for '\(code)'", "a quantile between 0 and 1")
        }
        guard direction == 1 ? g > red : g < red else {
            throw r.error("green", "green quantile \(g) and red quantile \(red) for '\(code)' (direction \(Int(direction)))",
                          direction == 1 ? "green above red for a higher-is-better indicator" : "green below red for a lower-is-better indicator")
        }
        return RelativeThresholds(green: g, red: red)
    }

    /// Thresholds must sit in the indicator's direction: for higher-is-better, lower bound <
    /// red < green <= optimum; for lower-is-better the reverse.
    static func checkRating(_ n: FrameworkNode, _ m: YAMLMap) throws {
        let r = n.rating
        let chain: [(String, Double?)] = [("lower_bound", r.lowerBound), ("red", r.red), ("green", r.green), ("optimum", r.optimum)]
        let present = chain.compactMap { k, v in v.map { (k, $0) } }
        for (a, b) in zip(present, present.dropFirst()) {
            let ok = n.direction == 1 ? a.1 <= b.1 : a.1 >= b.1
            if !ok || (a.0 == "red" && b.0 == "green" && a.1 == b.1) {
                throw m.error(b.0, "\(a.0) \(a.1) and \(b.0) \(b.1) for '\(n.code)' (direction \(Int(n.direction)))",
                              n.direction == 1 ? "lower_bound <= red < green <= optimum for a higher-is-better indicator"
                                  : "lower_bound >= red > green >= optimum for a lower-is-better indicator")
            }
        }
    }

    /// Level of a theme = 1 + the highest level among its children; a cycle is reported as such.
    static func assignLevels(_ nodes: inout [FrameworkNode], file: String, lines: [String: Int]) throws {
        var byCode: [String: Int] = [:]
        for (i, n) in nodes.enumerated() where byCode[n.code] == nil { byCode[n.code] = i }
        var level: [String: Int] = [:]
        var visiting: Set<String> = []
        func resolve(_ code: String) throws -> Int {
            if let l = level[code] { return l }
            guard let i = byCode[code] else { return 1 }
            if nodes[i].kind == .indicator { return 1 }
            if visiting.contains(code) {
                throw GapMatrixError(.badData, file: file, line: lines[code], field: code,
                                     found: "a cycle through '\(code)'", expected: "a tree: no theme may be its own ancestor")
            }
            visiting.insert(code)
            let kids = nodes.filter { $0.parent == code }
            let l = 1 + (try kids.map { try resolve($0.code) }.max() ?? 1)
            visiting.remove(code)
            level[code] = l
            return l
        }
        for i in nodes.indices where nodes[i].kind == .aggregate {
            nodes[i].level = try resolve(nodes[i].code)
        }
    }
}
