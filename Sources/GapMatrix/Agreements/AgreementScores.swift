/// Scores of the imported agreements (docs/METHODS.md section 7.5), part by part and never folded
/// into one number: area coverage, evidence, migrants between the parties and complementarity.
/// Agreement counts feed no index.
public enum AgreementScores {
    public struct Score: Sendable {
        public var id: String
        /// One per area of the crosswalk, in its order.
        public var statuses: [Agreement.AreaStatus]
        /// Areas mentioned, and areas the agreement's coding can speak to (codable areas; 0 when not coded).
        public var mentioned: Int
        public var codable: Int
        /// 100 x mentioned / codable; nil without a coded text.
        public var coverage: Double? { codable == 0 ? nil : 100 * Double(mentioned) / Double(codable) }
        /// The data hold no evaluation of any agreement.
        public var evidence: String { "none" }
        /// Inferred roles of the two parties (nil: no inference possible).
        public var roles: [Partnership.Role?]
        /// Migrants born in party A living in B, and the reverse (latest year; nil when the data have none).
        public var migrantsAToB: (year: Int, value: Double)?
        public var migrantsBToA: (year: Int, value: Double)?
        /// Refugees as % of the migrant stock of party A and of party B as destinations (latest year).
        public var refugeeShareA: (year: Int, value: Double)?
        public var refugeeShareB: (year: Int, value: Double)?
        /// (theme, party with a policy gap, party green on that theme), as for the registry's partnerships.
        public var complementarity: [(theme: String, gap: String, strength: String)]
    }

    /// Which unit is short (a gap class that is a shortfall) or strong (green with sufficient data) on which theme.
    public struct Ratings: Sendable {
        var gapAt: Set<String> = []
        var greenAt: Set<String> = []

        public init(_ a: Assessment?, _ gaps: KnowledgeGapMatrix?) {
            guard let a, let gaps else { return }
            for c in gaps.cells where c.gapClass.isShortfall { gapAt.insert(c.unit + "|" + c.theme) }
            for t in a.themes where t.colour.value == .green && t.sufficient { greenAt.insert(t.unit + "|" + t.theme) }
        }
    }

    public static func score(_ a: Agreement, _ data: AgreementData, ratings: Ratings) -> Score {
        let statuses = data.crosswalk.statuses(a)
        let codable = statuses.filter { $0 != .notCoded }.count
        let (pa, pb) = (a.parties[0], a.parties[1])
        var complementarity: [(theme: String, gap: String, strength: String)] = []
        for theme in data.spec.themes {
            for (x, y) in [(pa, pb), (pb, pa)] where ratings.gapAt.contains(x + "|" + theme) && ratings.greenAt.contains(y + "|" + theme) {
                complementarity.append((theme, x, y))
            }
        }
        return Score(id: a.id, statuses: statuses, mentioned: statuses.filter { $0 == .mentioned }.count, codable: codable,
                     roles: a.inferredRoles { data.stock($0, $1)?.value }, migrantsAToB: data.stock(pa, pb), migrantsBToA: data.stock(pb, pa),
                     refugeeShareA: data.refugeeShare[pa], refugeeShareB: data.refugeeShare[pb], complementarity: complementarity)
    }

    public static func scores(_ data: AgreementData, assessment: Assessment?, gaps: KnowledgeGapMatrix?) -> [Score] {
        let ratings = Ratings(assessment, gaps)
        return data.agreements.map { score($0, data, ratings: ratings) }
    }

    // MARK: country roll-up by period signed

    /// The periods of the roll-up: before 1990, then decades to 2020; agreements of unknown year apart.
    public static let periods = ["before 1990", "1990-1999", "2000-2009", "2010-2020", "year unknown"]

    public static func period(of year: Int?) -> String {
        guard let y = year else { return "year unknown" }
        switch y {
        case ..<1990: return "before 1990"
        case 1990...1999: return "1990-1999"
        case 2000...2009: return "2000-2009"
        default: return "2010-2020"
        }
    }

    public struct CountryPeriod: Sendable {
        public var country: String
        public var period: String
        public var agreements: [String]
        public var partners: [String]
        /// Agreements by `Agreement.Kind`, in `Kind.allCases` order.
        public var byKind: [Int]
        public var coded: Int
        /// Per area (crosswalk order): share of the coded agreements mentioning it; nil when no coded
        /// agreement can speak to the area.
        public var shareMentioning: [Double?]
    }

    /// One row per party (units of the study's units file; former states left out) and period in which it
    /// signed at least one agreement, then one row "all years" per party.
    public static func rollUp(_ data: AgreementData, _ scores: [Score], known: Set<String>) -> [CountryPeriod] {
        var groups: [String: [Int]] = [:]
        for (i, a) in data.agreements.enumerated() {
            for c in a.parties where known.contains(c) {
                groups[c + "\u{1}" + period(of: a.year), default: []].append(i)
                groups[c + "\u{1}all years", default: []].append(i)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: (periods + ["all years"]).enumerated().map { ($1, $0) })
        let keys = groups.keys.map { k -> (String, String) in
            let parts = k.split(separator: "\u{1}").map(String.init)
            return (parts[0], parts[1])
        }.sorted { ($0.0, order[$0.1]!) < ($1.0, order[$1.1]!) }
        return keys.map { country, p in
            let idx = groups[country + "\u{1}" + p]!
            var byKind = [Int](repeating: 0, count: Agreement.Kind.allCases.count)
            var partners: Set<String> = []
            var coded = 0
            var mentions = [Int](repeating: 0, count: data.crosswalk.areas.count), codable = mentions
            for i in idx {
                let a = data.agreements[i]
                byKind[Agreement.Kind.allCases.firstIndex(of: a.kind)!] += 1
                partners.insert(a.parties[0] == country ? a.parties[1] : a.parties[0])
                guard a.isCoded else { continue }
                coded += 1
                for (k, s) in scores[i].statuses.enumerated() where s != .notCoded {
                    codable[k] += 1
                    if s == .mentioned { mentions[k] += 1 }
                }
            }
            return CountryPeriod(country: country, period: p, agreements: idx.map { data.agreements[$0].id }, partners: partners.sorted(),
                                 byKind: byKind, coded: coded,
                                 shareMentioning: zip(mentions, codable).map { m, c in c == 0 ? nil : Double(m) / Double(c) })
        }
    }
}
