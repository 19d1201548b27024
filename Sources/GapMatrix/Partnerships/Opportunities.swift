/// Corridor-grounded opportunities (docs/METHODS.md section 6): a country with a policy or outcome
/// gap on a theme, a country green on it (with sufficient coverage), and a real tie between them (migrants or remittances).
public enum Opportunities {
    /// Bilateral ties, each keyed "A>B": migrants from origin A living in destination B, and
    /// remittances sent from A to B.
    public struct Ties: Sendable {
        public var migrants: [String: (year: Int, value: Double)]
        public var remittances: [String: (year: Int, value: Double)]
        public var minMigrants: Double
        public var minRemittances: Double

        public init(migrants: [String: (year: Int, value: Double)], remittances: [String: (year: Int, value: Double)],
                    minMigrants: Double, minRemittances: Double) {
            self.migrants = migrants
            self.remittances = remittances
            self.minMigrants = minMigrants
            self.minRemittances = minRemittances
        }
    }

    public struct Opportunity: Sendable {
        public var theme: String
        public var rank: Int
        public var gapUnit: String
        public var gapClass: KnowledgeGapMatrix.GapClass
        public var strengthUnit: String
        /// Migrants from the gap country living in the strong one, and the reverse.
        public var migrantsOut: Double
        public var migrantsIn: Double
        /// Remittances (US$ million) from the strong country to the gap country, and the reverse.
        public var remittancesIn: Double
        public var remittancesOut: Double
        public var gapScore: Double
        public var strengthScore: Double
        /// Practices whose implementing countries include both.
        public var sharedPractices: [String]
        /// Partnerships with both as parties.
        public var sharedPartnerships: [String]

        public var migrants: Double { migrantsOut + migrantsIn }
    }

    /// Pairs ranked within each theme by migrants between them, then remittances, then codes.
    public static func find(_ a: Assessment, _ gaps: KnowledgeGapMatrix, ties: Ties, practices: [Practice],
                            partnerships: [Partnership] = []) -> [Opportunity] {
        var out: [Opportunity] = []
        var scores: [String: Double] = [:]
        for t in a.themes { scores[t.unit + "|" + t.theme] = t.score }
        for theme in gaps.themes {
            let gapCells = gaps.cells.filter { $0.theme == theme && $0.gapClass.isShortfall }
            let strong = a.themes.filter { $0.theme == theme && $0.colour.value == .green && $0.sufficient }.map(\.unit)
            var found: [Opportunity] = []
            for g in gapCells {
                for s in strong where s != g.unit {
                    let mOut = ties.migrants[g.unit + ">" + s]?.value ?? 0, mIn = ties.migrants[s + ">" + g.unit]?.value ?? 0
                    let rIn = ties.remittances[s + ">" + g.unit]?.value ?? 0, rOut = ties.remittances[g.unit + ">" + s]?.value ?? 0
                    guard mOut + mIn >= ties.minMigrants || rIn + rOut >= ties.minRemittances else { continue }
                    let shared = practices.filter { $0.countries.contains(g.unit) && $0.countries.contains(s) }.map(\.id)
                    let linked = partnerships.filter { p in
                        p.parties.contains { $0.country == g.unit } && p.parties.contains { $0.country == s }
                    }.map(\.id)
                    found.append(Opportunity(theme: theme, rank: 0, gapUnit: g.unit, gapClass: g.gapClass, strengthUnit: s,
                                             migrantsOut: mOut, migrantsIn: mIn, remittancesIn: rIn, remittancesOut: rOut,
                                             gapScore: scores[g.unit + "|" + theme] ?? .nan,
                                             strengthScore: scores[s + "|" + theme] ?? .nan, sharedPractices: shared,
                                             sharedPartnerships: linked))
                }
            }
            found.sort { x, y in
                if x.migrants != y.migrants { return x.migrants > y.migrants }
                let rx = x.remittancesIn + x.remittancesOut, ry = y.remittancesIn + y.remittancesOut
                if rx != ry { return rx > ry }
                return (x.gapUnit, x.strengthUnit) < (y.gapUnit, y.strengthUnit)
            }
            for i in found.indices { found[i].rank = i + 1 }
            out += found
        }
        return out
    }
}
