/// The corridor partnership-gap matrix (docs/METHODS.md section 7.6): every pair of the study's
/// units linked by at least `min_migrants` migrants (both directions together), the agreements
/// recorded between them to the end of the list (2020), since when, what those agreements mention,
/// and whether a free-movement regime covers the pair. Two ranked lists follow from it.
public enum PartnershipGaps {
    /// "none recorded to 2020": the words the reports use for a pair without any agreement.
    public static func noneRecorded(_ through: Int) -> String { "none recorded to \(through)" }

    public enum Status: String, Sendable, CaseIterable {
        case recorded = "agreement recorded"
        case noneRecorded = "none recorded"
        /// Both countries belong to a free-movement regime in the last year of the list.
        case freeMovement = "free movement"
    }

    public struct Pair: Sendable {
        /// The two units, codes in order (a < b).
        public var a: String
        public var b: String
        /// Migrants born in a living in b, and the reverse (0 when the data have no value).
        public var aToB: Double
        public var bToA: Double
        public var stockYear: Int?
        /// Indices into the data's agreements, signed to the list's last year (or in an unknown year).
        public var agreements: [Int]
        /// Year of the first of them (nil when none has a known year).
        public var since: Int?
        /// Per area: mentioned by any coded agreement of the pair, not mentioned by any, or not coded.
        public var areas: [Agreement.AreaStatus]
        /// Free-movement regimes both belong to in the list's last year.
        public var regimes: [String]

        public var migrants: Double { aToB + bToA }
        public var status: Status { !regimes.isEmpty ? .freeMovement : agreements.isEmpty ? .noneRecorded : .recorded }
    }

    /// An agreement that does not mention remittances on a corridor whose SDG 10.c.1 cost is above the
    /// ceiling (any agreement of the list, not only those of the matrix's pairs).
    public struct RemittanceGap: Sendable {
        public var agreement: Int
        /// The costliest direction above the ceiling: sender, receiver, its latest period and cost.
        public var from: String
        public var to: String
        public var period: String
        public var cost: Double
    }

    public struct Matrix: Sendable {
        public var minMigrants: Double
        public var throughYear: Int
        /// Pairs, most migrants first (ties by codes).
        public var pairs: [Pair]
        /// Pairs with no agreement recorded and no free-movement regime, in the same order.
        public var noneRecorded: [Pair] { pairs.filter { $0.status == .noneRecorded } }
        /// Costliest first, ties by agreement order.
        public var remittanceGaps: [RemittanceGap]
    }

    /// Builds the matrix over every unordered pair of `units` (both directions of each). `migrants`:
    /// stocks keyed "origin>destination" (default: the data's latest year per pair).
    public static func build(_ data: AgreementData, _ scores: [AgreementScores.Score], units: [String], costs: Corridors.Analysis?,
                             migrants: [String: (year: Int, value: Double)]? = nil, minMigrants: Double? = nil) -> Matrix {
        let stocks = migrants ?? data.migrants
        let threshold = minMigrants ?? data.spec.minMigrants
        let through = data.spec.throughYear
        var byPair: [String: [Int]] = [:]
        for (i, a) in data.agreements.enumerated() where (a.year ?? Int.min) <= through {
            byPair[a.pairKey, default: []].append(i)
        }
        let remit = data.crosswalk.areas.firstIndex { $0.code == "savings_and_remittances" }
        let sorted = units.sorted()
        var pairs: [Pair] = []
        for (i, a) in sorted.enumerated() {
            for b in sorted[(i + 1)...] {
                let ab = stocks[a + ">" + b], ba = stocks[b + ">" + a]
                let total = (ab?.value ?? 0) + (ba?.value ?? 0)
                // A threshold of 0 keeps every pair, with or without a stock (the benchmark's all-pairs run).
                guard total >= threshold, threshold == 0 || ab != nil || ba != nil else { continue }
                let idx = byPair[a + "|" + b] ?? []
                pairs.append(Pair(a: a, b: b, aToB: ab?.value ?? 0, bToA: ba?.value ?? 0, stockYear: [ab?.year, ba?.year].compactMap { $0 }.max(),
                                  agreements: idx, since: idx.compactMap { data.agreements[$0].year }.min(),
                                  areas: areas(idx, scores, count: data.crosswalk.areas.count),
                                  regimes: data.freeMovement.regimes(a, b, in: through)))
            }
        }
        pairs.sort { x, y in x.migrants != y.migrants ? x.migrants > y.migrants : (x.a, x.b) < (y.a, y.b) }
        return Matrix(minMigrants: threshold, throughYear: through, pairs: pairs,
                      remittanceGaps: remit.map { remittanceGaps(data, scores, area: $0, costs: costs) } ?? [])
    }

    static func areas(_ idx: [Int], _ scores: [AgreementScores.Score], count: Int) -> [Agreement.AreaStatus] {
        var out = [Agreement.AreaStatus](repeating: .notCoded, count: count)
        for i in idx {
            for (k, s) in scores[i].statuses.enumerated() where s != .notCoded && out[k] != .mentioned { out[k] = s }
        }
        return out
    }

    /// Coded agreements (to the list's last year) that do not mention remittances where either direction's
    /// latest 10.c.1 cost between their parties is above the ceiling, whatever the migrants between them.
    static func remittanceGaps(_ data: AgreementData, _ scores: [AgreementScores.Score], area: Int, costs: Corridors.Analysis?) -> [RemittanceGap] {
        guard let costs else { return [] }
        var latest: [String: Corridors.Row] = [:]
        for r in costs.rows { latest[r.from + ">" + r.to] = r }   // rows run in period order within a corridor
        var out: [RemittanceGap] = []
        for (i, a) in data.agreements.enumerated() where (a.year ?? Int.min) <= data.spec.throughYear && scores[i].statuses[area] == .notMentioned {
            let (x, y) = (a.parties[0], a.parties[1])
            let above = [latest[x + ">" + y], latest[y + ">" + x]].compactMap { $0 }.filter(\.aboveCeiling)
            guard let worst = above.max(by: { ($0.cost, $1.from) < ($1.cost, $0.from) }) else { continue }
            out.append(RemittanceGap(agreement: i, from: worst.from, to: worst.to, period: worst.period, cost: worst.cost))
        }
        return out.sorted { $0.cost != $1.cost ? $0.cost > $1.cost : $0.agreement < $1.agreement }
    }
}
