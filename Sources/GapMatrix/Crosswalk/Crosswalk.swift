/// Two frameworks related through the indicators they share (issue 19).
///
/// Two studies on the same data may organise it differently: the GFMD roundtables and the
/// Global Compact's objectives and review round tables are both trees over the same indicator
/// codes. A theme of one *feeds* a theme of the other when an indicator lies under both; the
/// link says which indicators, so a reader can see why two cells should (or need not) agree.
/// Nothing here knows either framework: themes are whatever aggregates the trees hold.
public struct Crosswalk: Sendable {
    /// A theme of the first framework and a theme of the second with indicators under both.
    public struct Link: Sendable, Equatable {
        public var a: String
        public var b: String
        /// Indicator codes under both, in the first framework's order.
        public var shared: [String]
        /// How many indicators each theme holds (at any depth): the share the link carries.
        public var aCount: Int
        public var bCount: Int
    }

    public let a: Framework
    public let b: Framework
    /// Each framework's themes, top level first (the index left out), as reports list them.
    public let aThemes: [String]
    public let bThemes: [String]
    /// Every pair of themes that share an indicator, in the first framework's theme order,
    /// then the second's.
    public let links: [Link]
    /// Indicators scored in one framework only, in that framework's order.
    public let onlyA: [String]
    public let onlyB: [String]

    public init(_ a: Framework, _ b: Framework) {
        self.a = a
        self.b = b
        aThemes = Self.themes(a)
        bThemes = Self.themes(b)
        let inB = Set(b.indicators), inA = Set(a.indicators)
        var links: [Link] = []
        for ta in aThemes {
            let under = a.indicators(under: ta)
            for tb in bThemes {
                let other = Set(b.indicators(under: tb))
                let shared = under.filter { other.contains($0) }
                if !shared.isEmpty {
                    links.append(Link(a: ta, b: tb, shared: shared, aCount: under.count, bCount: other.count))
                }
            }
        }
        self.links = links
        onlyA = a.indicators.filter { !inB.contains($0) }
        onlyB = b.indicators.filter { !inA.contains($0) }
    }

    /// Indicators both frameworks score, in the first framework's order.
    public var sharedIndicators: [String] { a.indicators.filter { b.node($0) != nil } }

    /// The lowest theme each framework places a shared indicator under (its parent).
    public func placement(_ indicator: String) -> (a: String?, b: String?) {
        (a.node(indicator)?.parent, b.node(indicator)?.parent)
    }

    /// Aggregates below the root, highest level first and framework order within a level:
    /// the order of `Assessment.themeCodes`.
    public static func themes(_ f: Framework) -> [String] {
        f.aggregates.filter { $0 != f.root }.enumerated().sorted { x, y in
            let lx = f.node(x.element)!.level, ly = f.node(y.element)!.level
            return lx != ly ? lx > ly : x.offset < y.offset
        }.map(\.element)
    }

    /// The level name of a theme ("Objective", "Round table"), from the framework's own names.
    public static func levelName(_ f: Framework, _ code: String) -> String {
        guard let n = f.node(code), n.level >= 1, n.level <= f.levelNames.count else { return "Theme" }
        return f.levelNames[n.level - 1]
    }
}
