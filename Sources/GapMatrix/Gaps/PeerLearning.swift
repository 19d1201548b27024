import Foundation

/// Leaders per theme and peer-learning matches (docs/METHODS.md section 6).
///
/// Only theme cells with sufficient coverage lead or serve as peers: a cell the gap matrix
/// calls a data gap is not evidence of good practice. A peer shares at least one role with
/// the unit; peers linked to it by a corridor (migrants or remittances) come first.
public enum PeerLearning {
    public struct Leader: Sendable {
        public var theme: String
        public var rank: Int
        public var unit: String
        public var score: Double
        public var practices: [String]
    }

    public struct Match: Sendable {
        public var unit: String
        public var theme: String
        public var rank: Int
        public var peer: String
        public var unitScore: Double
        public var peerScore: Double
        /// Peer groups the two share, e.g. ["un_region", "income_group"].
        public var shared: [String]
        /// Distance on standardised log context variables (NaN when not comparable).
        public var distance: Double
        /// The corridor tie between the two, in words ("" when none).
        public var tie: String
        public var practices: [String]
        public var explanation: String
    }

    /// A theme cell that can lead or be a peer: green, scored, with sufficient coverage.
    static func canLead(_ c: Assessment.ThemeCell) -> Bool { c.colour.value == .green && c.sufficient && !c.score.isNaN }

    /// Units green on each theme with sufficient coverage, by theme score.
    public static func leaders(_ a: Assessment, practices: [Practice]) -> [Leader] {
        var out: [Leader] = []
        for t in a.themeCodes {
            let green = a.themes.filter { $0.theme == t && canLead($0) }
                .sorted { ($0.score, $1.unit) > ($1.score, $0.unit) }
            for (i, c) in green.enumerated() {
                out.append(Leader(theme: t, rank: i + 1, unit: c.unit, score: c.score,
                                  practices: practices.filter { $0.covers(unit: c.unit, theme: t) }.map(\.id)))
            }
        }
        return out
    }

    /// For every policy or outcome gap, up to k peers green on the same theme with sufficient
    /// coverage and at least one role in common: those linked by a corridor tie first, then
    /// those sharing more peer groups, then the nearest on the similarity variables, then by code.
    public static func matches(_ inputs: StudyInputs, _ a: Assessment, _ gaps: KnowledgeGapMatrix, practices: [Practice],
                               ties: Opportunities.Ties? = nil, only unit: String? = nil) -> [Match] {
        let spec = gaps.spec
        let z = standardisedContext(inputs, spec.similarity)
        var scores: [String: [String: Assessment.ThemeCell]] = [:]
        for c in a.themes { scores[c.unit, default: [:]][c.theme] = c }
        // Who can lead on each theme, found once rather than by scanning every theme cell per gap.
        var leaders: [String: [Int]] = [:]
        for (i, c) in a.themes.enumerated() where canLead(c) { leaders[c.theme, default: []].append(i) }
        var out: [Match] = []
        for cell in gaps.cells where cell.gapClass.isShortfall && (unit == nil || cell.unit == unit) {
            let candidates = (leaders[cell.theme] ?? []).map { a.themes[$0] }.filter {
                $0.unit != cell.unit && a.roles.shareARole(cell.unit, $0.unit)
            }
            let ranked = candidates.map { c -> (peer: Assessment.ThemeCell, tie: String, shared: [String], d: Double) in
                let shared = spec.peerGroups.filter { g in
                    let mine = inputs.units.groups[g]?[cell.unit]
                    return mine != nil && mine == inputs.units.groups[g]?[c.unit]
                }
                return (c, tie(cell.unit, c.unit, ties), shared, distance(z[cell.unit], z[c.unit]))
            }.sorted { x, y in
                if x.tie.isEmpty != y.tie.isEmpty { return !x.tie.isEmpty }
                if x.shared.count != y.shared.count { return x.shared.count > y.shared.count }
                let dx = x.d.isNaN ? Double.infinity : x.d, dy = y.d.isNaN ? Double.infinity : y.d
                if dx != dy { return dx < dy }
                return x.peer.unit < y.peer.unit
            }
            let mine = scores[cell.unit]?[cell.theme]?.score ?? .nan
            for (i, r) in ranked.prefix(spec.k).enumerated() {
                let peerPractices = practices.filter { $0.covers(unit: r.peer.unit, theme: cell.theme) }.map(\.id)
                var why = explain(inputs, cell.unit, r.peer.unit, cell.theme, r.shared, r.d, mine, r.peer.score,
                                  spec.similarity, peerPractices.count)
                if a.roles.spec != nil {
                    let common = a.roles.roles(cell.unit).intersection(a.roles.roles(r.peer.unit)).sorted().map(\.rawValue)
                    why = "both \(common.joined(separator: " and ")); " + why
                }
                if !r.tie.isEmpty { why = r.tie + "; " + why }
                out.append(Match(unit: cell.unit, theme: cell.theme, rank: i + 1, peer: r.peer.unit, unitScore: mine,
                                 peerScore: r.peer.score, shared: r.shared, distance: r.d, tie: r.tie, practices: peerPractices,
                                 explanation: why))
            }
        }
        return out
    }

    /// The corridor between two units in words, when migrants or remittances between them
    /// (either way) reach the study's minimums; "" otherwise.
    static func tie(_ a: String, _ b: String, _ ties: Opportunities.Ties?) -> String {
        guard let ties else { return "" }
        let migrants = (ties.migrants[a + ">" + b]?.value ?? 0) + (ties.migrants[b + ">" + a]?.value ?? 0)
        let money = (ties.remittances[a + ">" + b]?.value ?? 0) + (ties.remittances[b + ">" + a]?.value ?? 0)
        var parts: [String] = []
        if migrants >= ties.minMigrants { parts.append("\(ValueText.number(migrants)) migrants") }
        if money >= ties.minRemittances { parts.append("US$ \(ValueText.number(money)) million remittances") }
        return parts.isEmpty ? "" : "corridor tie: " + parts.joined(separator: ", ")
    }

    /// Distinct peers named per theme.
    public static func distinctPeers(_ matches: [Match]) -> [String: Int] {
        var peers: [String: Set<String>] = [:]
        for m in matches { peers[m.theme, default: []].insert(m.peer) }
        return peers.mapValues(\.count)
    }

    static func explain(_ inputs: StudyInputs, _ unit: String, _ peer: String, _ theme: String, _ shared: [String],
                        _ d: Double, _ mine: Double, _ theirs: Double, _ vars: [String], _ nPractices: Int) -> String {
        var parts: [String] = []
        if shared.isEmpty {
            parts.append("no shared group")
        } else {
            parts.append("same " + shared.map { "\($0) (\(inputs.units.groups[$0]?[unit] ?? ""))" }.joined(separator: " and "))
        }
        if let ctx = inputs.context {
            for v in vars {
                if let a = ctx.value(unit: unit, column: v), let b = ctx.value(unit: peer, column: v), !a.isNaN, !b.isNaN {
                    // Readers see the variable's name (the code when the framework gives none).
                    parts.append("\(inputs.docs.notes[v]?["name"] ?? v) \(Bounds.fmt(a)) vs \(Bounds.fmt(b))")
                }
            }
        }
        if !d.isNaN { parts.append("distance \(Bounds.fmt(d))") }
        let gain = theirs - mine
        parts.append("\(theme) score \(Bounds.fmt(theirs)) vs \(Bounds.fmt(mine))" + (gain.isNaN ? "" : " (+\(Bounds.fmt(gain)))"))
        parts.append(nPractices == 0 ? "no documented practice there" : "\(nPractices) documented practice\(nPractices == 1 ? "" : "s") there")
        return parts.joined(separator: "; ")
    }

    /// z-scores of log context values (variables with non-positive values are used unlogged).
    static func standardisedContext(_ inputs: StudyInputs, _ vars: [String]) -> [String: [Double]] {
        guard let ctx = inputs.context, !vars.isEmpty else { return [:] }
        var columns: [[Double]] = []
        for v in vars {
            guard let c = ctx.columnIndex(v) else { continue }
            var x = ctx.column(c)
            if x.allSatisfy({ $0.isNaN || $0 > 0 }) { x = x.map { $0.isNaN ? .nan : Foundation.log($0) } }
            let present = x.filter { !$0.isNaN }
            guard present.count > 1 else { continue }
            let mean = present.withUnsafeBufferPointer { GSL.mean($0) }
            let sd = present.withUnsafeBufferPointer { GSL.sd($0, mean: mean) }
            columns.append(x.map { sd > 0 ? ($0 - mean) / sd : .nan })
        }
        var out: [String: [Double]] = [:]
        for (u, unit) in ctx.units.enumerated() { out[unit] = columns.map { $0[u] } }
        return out
    }

    /// Euclidean distance over the variables both units have, scaled to all variables; NaN if none.
    static func distance(_ a: [Double]?, _ b: [Double]?) -> Double {
        guard let a, let b, !a.isEmpty else { return .nan }
        var sum = 0.0, n = 0
        for i in a.indices where !a[i].isNaN && !b[i].isNaN {
            sum += (a[i] - b[i]) * (a[i] - b[i])
            n += 1
        }
        return n == 0 ? .nan : (sum * Double(a.count) / Double(n)).squareRoot()
    }
}
