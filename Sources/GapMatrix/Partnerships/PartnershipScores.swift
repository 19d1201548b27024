/// Partnership scores (docs/METHODS.md section 7, GapMatrix's own design): every part is reported,
/// none is folded into a single number.
public enum PartnershipScores {
    public struct Score: Sendable {
        public var id: String
        /// 100 x (sum of item values) / number of areas; unknown items add nothing and are gaps.
        public var coverage: Double
        public var knownItems: Int
        /// Areas coded unknown or absent.
        public var gaps: [String]
        /// Evaluation on 0-100: none or unknown 0, monitoring 33.3, independent 66.7, impact 100.
        public var evidence: Double
        /// Migrants from origin parties living in destination parties (latest year).
        public var migrants: Double
        /// Remittances from destination parties to origin parties, US$ million.
        public var remittances: Double
        /// (theme, party with a policy gap, party green on that theme).
        public var complementarity: [(theme: String, gap: String, strength: String)]
    }

    public struct CountryRollUp: Sendable {
        public var country: String
        public var partnerships: [String]
        public var meanCoverage: Double
        public var bestEvidence: Double
    }

    public static func score(_ p: Partnership, assessment a: Assessment?, gaps: KnowledgeGapMatrix?, ties: Opportunities.Ties?) -> Score {
        let values = Partnership.areas.compactMap { p.item($0).value }
        let coverage = 100 * values.reduce(0, +) / Double(Partnership.areas.count)
        let gapAreas = Partnership.areas.filter { p.item($0) == .unknown || p.item($0) == .absent }
        let evidence: Double = switch p.evaluation.level {
        case .none, .unknown: 0
        case .monitoring: 100.0 / 3
        case .independent: 200.0 / 3
        case .impact: 100
        }
        var migrants = 0.0, remittances = 0.0
        for o in p.parties where o.role != .destination {
            for d in p.parties where d.role != .origin && d.country != o.country {
                migrants += ties?.migrants[o.country + ">" + d.country]?.value ?? 0
                remittances += ties?.remittances[d.country + ">" + o.country]?.value ?? 0
            }
        }
        var complementarity: [(theme: String, gap: String, strength: String)] = []
        if let a, let gaps {
            var gapAt: Set<String> = [], greenAt: Set<String> = []
            for c in gaps.cells where c.gapClass.isShortfall { gapAt.insert(c.unit + "|" + c.theme) }
            for t in a.themes where t.colour.value == .green && t.sufficient { greenAt.insert(t.unit + "|" + t.theme) }
            for theme in p.themes {
                for x in p.parties where gapAt.contains(x.country + "|" + theme) {
                    for y in p.parties where y.country != x.country && greenAt.contains(y.country + "|" + theme) {
                        complementarity.append((theme, x.country, y.country))
                    }
                }
            }
        }
        return Score(id: p.id, coverage: coverage, knownItems: values.count, gaps: gapAreas, evidence: evidence,
                     migrants: migrants, remittances: remittances, complementarity: complementarity)
    }

    public static func rollUp(_ partnerships: [Partnership], _ scores: [Score]) -> [CountryRollUp] {
        let byId = Dictionary(uniqueKeysWithValues: scores.map { ($0.id, $0) })
        var members: [String: [String]] = [:]
        for p in partnerships { for party in p.parties { members[party.country, default: []].append(p.id) } }
        return members.keys.sorted().map { c in
            let ids = members[c]!
            let s = ids.compactMap { byId[$0] }
            return CountryRollUp(country: c, partnerships: ids, meanCoverage: s.map(\.coverage).reduce(0, +) / Double(s.count),
                                 bestEvidence: s.map(\.evidence).max() ?? 0)
        }
    }
}
