/// One node of a framework: an indicator (level 1) or an aggregate (a theme, pillar,
/// sub-index or the index itself).
public struct FrameworkNode: Sendable, Equatable {
    public enum Kind: String, Sendable { case indicator, aggregate }

    public var code: String
    public var name: String
    public var kind: Kind
    public var level: Int
    public var parent: String?
    public var weight: Double
    /// +1 when higher is better, -1 when lower is better (indicators only).
    public var direction: Double
    public var unit: String?
    /// Code of the denominator this indicator is divided by, if any.
    public var denominator: String?
    /// Target value for distance-to-target normalisation.
    public var target: Double?
    /// Fixed bounds for goalpost normalisation, on the raw scale.
    public var goalposts: (lower: Double, upper: Double)?
    /// Rating bounds and thresholds on the raw scale (SDR method), each optional.
    public var rating: RatingBounds = .init()
    /// Policy input or outcome (indicators only; outcome unless the framework says otherwise).
    public var type: IndicatorType = .outcome
    /// The role a unit must hold for the indicator to apply (both: every unit).
    public var role: IndicatorRole = .both
    /// Who produced the data (free text, e.g. "ILO"), for the framework document and checks.
    public var producer: String? = nil
    /// An aggregate the framework declares without indicators (`empty: true`): a subject no
    /// indicator measures yet. It stays in the tree so that every report shows it as an
    /// information gap instead of silently dropping it; validation refuses any other childless theme.
    public var declaredEmpty = false

    public init(code: String, name: String, kind: Kind, level: Int, parent: String?, weight: Double,
                direction: Double = 1, unit: String? = nil, denominator: String? = nil,
                target: Double? = nil, goalposts: (lower: Double, upper: Double)? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.level = level
        self.parent = parent
        self.weight = weight
        self.direction = direction
        self.unit = unit
        self.denominator = denominator
        self.target = target
        self.goalposts = goalposts
    }

    public static func == (a: FrameworkNode, b: FrameworkNode) -> Bool {
        a.code == b.code && a.name == b.name && a.kind == b.kind && a.level == b.level
            && a.parent == b.parent && a.weight == b.weight && a.direction == b.direction
            && a.unit == b.unit && a.denominator == b.denominator && a.target == b.target
            && a.goalposts?.lower == b.goalposts?.lower && a.goalposts?.upper == b.goalposts?.upper
            && a.rating == b.rating && a.type == b.type && a.role == b.role && a.producer == b.producer
            && a.declaredEmpty == b.declaredEmpty
    }
}

/// An indicator's rating parameters on its raw scale: the value that scores 100, the value
/// that scores 0, and the green and red thresholds (docs/METHODS.md section 3).
///
/// Thresholds are either published (`green`, `red`) or relative: the quantiles (type 7) of
/// the study units' values at which each threshold sits, computed when the study runs, for
/// indicators with no published threshold (so a run that varies them stays honest).
public struct RatingBounds: Sendable, Equatable {
    public var optimum: Double?
    public var lowerBound: Double?
    public var green: Double?
    public var red: Double?
    /// Quantiles of the raw distribution for relative thresholds (nil when published).
    public var relative: RelativeThresholds?

    public init(optimum: Double? = nil, lowerBound: Double? = nil, green: Double? = nil, red: Double? = nil,
                relative: RelativeThresholds? = nil) {
        self.optimum = optimum
        self.lowerBound = lowerBound
        self.green = green
        self.red = red
        self.relative = relative
    }

    /// The green and red thresholds on the raw scale: the published ones, or the relative
    /// quantiles of `values` (NaN ignored); nil when there are none, or no values to place them.
    public func thresholds(values: [Double]) -> (green: Double, red: Double)? {
        if let green, let red { return (green, red) }
        guard relative != nil else { return nil }
        return thresholds(sortedPresent: GSL.sorted(values.filter { !$0.isNaN }))
    }

    /// `thresholds(values:)` from the values already without NaN and sorted ascending (by
    /// `GSL.sorted`): runs that place thresholds many times on the same values sort them once.
    public func thresholds(sortedPresent: [Double]) -> (green: Double, red: Double)? {
        if let green, let red { return (green, red) }
        guard let relative, !sortedPresent.isEmpty else { return nil }
        let q = GSL.quantiles(sorted: sortedPresent, [relative.green, relative.red])
        return (q[0], q[1])
    }

    /// The bounds with relative thresholds moved by `shift` quantiles towards strictness (an
    /// uncertainty replication's `ratings.relative_shift`): for a higher-is-better indicator
    /// both quantiles rise, for a lower-is-better one both fall; each stays within [0, 1].
    /// Published thresholds do not move.
    public func shifted(_ shift: Double, direction: Double) -> RatingBounds {
        guard shift != 0, let relative, green == nil || red == nil else { return self }
        var out = self
        let move = { (q: Double) in min(1, max(0, q + shift * (direction == 1 ? 1 : -1))) }
        out.relative = RelativeThresholds(green: move(relative.green), red: move(relative.red))
        return out
    }
}

/// Relative thresholds: the quantile of the raw distribution at which green and red sit
/// (for a lower-is-better indicator green is the lower quantile, e.g. {green: 0.25, red: 0.75}).
public struct RelativeThresholds: Sendable, Equatable {
    public var green: Double
    public var red: Double

    public init(green: Double, red: Double) {
        self.green = green
        self.red = red
    }
}

/// A validated tree of indicators -> aggregates -> one index, with a weight on every node.
///
/// Built only through `Framework.validated`, so every other part of the engine may assume:
/// unique codes, parents that exist, no cycles, one root, non-negative weights that are not all
/// zero under any parent, and levels that increase towards the root.
public struct Framework: Sendable, Equatable {
    public let nodes: [FrameworkNode]
    /// Indicator codes in framework order: the column order of every indicator data set.
    public let indicators: [String]
    /// Aggregate codes ordered by level, then as COINr orders them within a level.
    public let aggregates: [String]
    public let root: String
    public let levelCount: Int
    /// Names of the levels, lowest first ("Indicator", ..., "Index").
    public let levelNames: [String]
    private let index: [String: Int]
    /// Positions in `nodes` of each node's children, in framework order.
    private let childIndex: [String: [Int]]

    public func node(_ code: String) -> FrameworkNode? { index[code].map { nodes[$0] } }

    /// Direct children of `code`, in framework order.
    public func children(of code: String) -> [FrameworkNode] { (childIndex[code] ?? []).map { nodes[$0] } }


    /// Checks a list of nodes and builds the framework, or throws the first problem found.
    ///
    /// `levelNames` may be empty, then levels are called "Level 1", "Level 2", ...
    public static func validated(_ nodes: [FrameworkNode], levelNames: [String] = [],
                                 file: String? = nil) throws -> Framework {
        func fail(_ found: String, _ expected: String, field: String? = nil) -> GapMatrixError {
            GapMatrixError(.badData, file: file, field: field, found: found, expected: expected)
        }
        var index: [String: Int] = [:]
        for (i, n) in nodes.enumerated() {
            if index[n.code] != nil {
                throw fail("code '\(n.code)' twice", "unique indicator and theme codes", field: n.code)
            }
            index[n.code] = i
        }
        guard nodes.contains(where: { $0.kind == .indicator }) else {
            throw fail("no indicators", "at least one indicator")
        }
        for n in nodes {
            if let p = n.parent {
                guard let pi = index[p] else {
                    throw fail("parent '\(p)' of '\(n.code)', which is not defined", "a parent that is a theme in the framework", field: n.code)
                }
                if nodes[pi].kind == .indicator {
                    throw fail("parent '\(p)' of '\(n.code)' is an indicator", "a theme as parent", field: n.code)
                }
            }
            if !n.weight.isFinite || n.weight < 0 {
                throw fail("weight \(n.weight) for '\(n.code)'", "a weight that is zero or positive", field: n.code)
            }
            if n.kind == .indicator && n.direction != 1 && n.direction != -1 {
                throw fail("direction \(n.direction) for '\(n.code)'", "1 (higher is better) or -1 (lower is better)", field: n.code)
            }
        }
        // Cycles: follow parents; a path longer than the node count has looped.
        for n in nodes {
            var seen: Set<String> = [n.code]
            var current = n.parent
            while let c = current {
                if seen.contains(c) {
                    throw fail("a cycle through '\(c)' (\(seen.sorted().joined(separator: ", ")))", "a tree: no node may be its own ancestor", field: n.code)
                }
                seen.insert(c)
                current = nodes[index[c]!].parent
            }
        }
        let roots = nodes.filter { $0.parent == nil }
        for r in roots where r.kind == .indicator {
            throw fail("indicator '\(r.code)' has no theme", "every indicator under a theme", field: r.code)
        }
        guard roots.count == 1 else {
            throw fail("\(roots.count) top-level nodes (\(roots.map(\.code).joined(separator: ", ")))", "exactly one index at the top of the framework")
        }
        for a in nodes where a.kind == .aggregate {
            let kids = nodes.filter { $0.parent == a.code }
            if a.declaredEmpty {
                if !kids.isEmpty {
                    throw fail("theme '\(a.code)' declared empty with \(kids.count) children", "no children under a theme declared empty", field: a.code)
                }
                if a.parent == nil {
                    throw fail("the index '\(a.code)' declared empty", "an index with at least one theme", field: a.code)
                }
                continue
            }
            if kids.isEmpty {
                throw fail("theme '\(a.code)' with no children", "at least one indicator or theme under every theme (or `empty: true` for a subject no indicator measures)", field: a.code)
            }
            if kids.allSatisfy({ $0.weight == 0 }) {
                throw fail("all weights zero under '\(a.code)'", "at least one positive weight among its children", field: a.code)
            }
            for k in kids where k.level >= a.level {
                throw fail("'\(k.code)' at level \(k.level) under '\(a.code)' at level \(a.level)", "children on a lower level than their parent", field: k.code)
            }
        }
        for n in nodes where n.kind == .indicator && n.level != 1 {
            throw fail("indicator '\(n.code)' at level \(n.level)", "indicators at level 1", field: n.code)
        }
        let levelCount = nodes.map(\.level).max()!
        let aggregates = nodes.filter { $0.kind == .aggregate }
            .sorted { a, b in a.level != b.level ? a.level < b.level : RCollation.less(a.code, b.code) }
            .map(\.code)
        var names = levelNames
        while names.count < levelCount { names.append("Level \(names.count + 1)") }
        var childIndex: [String: [Int]] = [:]
        for (i, n) in nodes.enumerated() { if let p = n.parent { childIndex[p, default: []].append(i) } }
        return Framework(nodes: nodes, indicators: nodes.filter { $0.kind == .indicator }.map(\.code),
                         aggregates: aggregates, root: roots[0].code, levelCount: levelCount,
                         levelNames: Array(names.prefix(levelCount)), index: index, childIndex: childIndex)
    }

    /// Weights in node order (the framework's weight where `weights` has none): the form the
    /// uncertainty engine draws and replays, free of per-replication dictionary work.
    public func weightVector(_ weights: [String: Double]) -> [Double] { nodes.map { weights[$0.code] ?? $0.weight } }

    /// Weights by code from a vector in node order.
    public func weightDictionary(_ vector: [Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(nodes.map(\.code), vector))
    }

    /// Indicators under an aggregate, at any depth, in framework order.
    public func indicators(under code: String) -> [String] {
        children(of: code).flatMap { $0.kind == .indicator ? [$0.code] : indicators(under: $0.code) }
    }

    /// Why an aggregate with no indicator under it (declared empty, or all of whose themes are)
    /// has no rating: "no indicator measures this objective", named by the aggregate's level so
    /// that the wording follows the framework's own vocabulary. Nil when something measures it.
    public func unmeasuredReason(_ code: String) -> String? {
        guard let n = node(code), n.kind == .aggregate, indicators(under: code).isEmpty else { return nil }
        let level = n.level >= 1 && n.level <= levelNames.count ? levelNames[n.level - 1].lowercased() : "theme"
        return "no indicator measures this \(level)"
    }

    /// Position of a node in `nodes`.
    public func nodeIndex(_ code: String) -> Int? { index[code] }

    /// Product of normalised weights from each node up to the root (COINr's effective weights).
    public func effectiveWeights(_ weights: [String: Double]) -> [String: Double] {
        let w = nodes.map { weights[$0.code] ?? $0.weight }
        var effective = Array(repeating: Double.nan, count: nodes.count)
        func resolve(_ i: Int) -> Double {
            if !effective[i].isNaN { return effective[i] }
            guard let p = nodes[i].parent else { effective[i] = 1; return 1 }
            let total = childIndex[p]!.reduce(0) { $0 + w[$1] }
            effective[i] = w[i] / total * resolve(index[p]!)
            return effective[i]
        }
        var out: [String: Double] = [:]
        for i in nodes.indices { out[nodes[i].code] = resolve(i) }
        return out
    }
}

/// R sorts strings with the locale's collation: letters compare case-insensitively first.
/// This reproduces that order for the codes frameworks use, so aggregate columns come out
/// in the order COINr writes them.
public enum RCollation {
    public static func less(_ a: String, _ b: String) -> Bool {
        let la = a.lowercased(), lb = b.lowercased()
        return la != lb ? la < lb : a > b
    }
}
