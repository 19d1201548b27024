import Foundation

/// Leaders per theme and peer-learning matches (docs/METHODS.md section 6).
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
        public var practices: [String]
        public var explanation: String
    }

    /// Units green on each theme, by theme score.
    public static func leaders(_ a: Assessment, practices: [Practice]) -> [Leader] {
        var out: [Leader] = []
        for t in a.themeCodes {
            let green = a.themes.filter { $0.theme == t && $0.colour.value == .green && !$0.score.isNaN }
                .sorted { ($0.score, $1.unit) > ($1.score, $0.unit) }
            for (i, c) in green.enumerated() {
                out.append(Leader(theme: t, rank: i + 1, unit: c.unit, score: c.score,
                                  practices: practices.filter { $0.covers(unit: c.unit, theme: t) }.map(\.id)))
            }
        }
        return out
    }

    /// For every policy-gap cell, up to k peers green on the same theme: those sharing more
    /// peer groups first, then the nearest on the similarity variables, then by code.
    public static func matches(_ inputs: StudyInputs, _ a: Assessment, _ gaps: KnowledgeGapMatrix, practices: [Practice],
                               only unit: String? = nil) -> [Match] {
        let spec = gaps.spec
        let z = standardisedContext(inputs, spec.similarity)
        var scores: [String: [String: Assessment.ThemeCell]] = [:]
        for c in a.themes { scores[c.unit, default: [:]][c.theme] = c }
        var out: [Match] = []
        for cell in gaps.cells where cell.gapClass.isPolicyGap && (unit == nil || cell.unit == unit) {
            let candidates = a.themes.filter { $0.theme == cell.theme && $0.colour.value == .green && $0.unit != cell.unit }
            let ranked = candidates.map { c -> (Assessment.ThemeCell, [String], Double) in
                let shared = spec.peerGroups.filter { g in
                    let mine = inputs.units.groups[g]?[cell.unit]
                    return mine != nil && mine == inputs.units.groups[g]?[c.unit]
                }
                return (c, shared, distance(z[cell.unit], z[c.unit]))
            }.sorted { x, y in
                if x.1.count != y.1.count { return x.1.count > y.1.count }
                let dx = x.2.isNaN ? Double.infinity : x.2, dy = y.2.isNaN ? Double.infinity : y.2
                if dx != dy { return dx < dy }
                return x.0.unit < y.0.unit
            }
            let mine = scores[cell.unit]?[cell.theme]?.score ?? .nan
            for (i, (peer, shared, d)) in ranked.prefix(spec.k).enumerated() {
                let peerPractices = practices.filter { $0.covers(unit: peer.unit, theme: cell.theme) }.map(\.id)
                out.append(Match(unit: cell.unit, theme: cell.theme, rank: i + 1, peer: peer.unit, unitScore: mine,
                                 peerScore: peer.score, shared: shared, distance: d, practices: peerPractices,
                                 explanation: explain(inputs, cell.unit, peer.unit, cell.theme, shared, d, mine, peer.score,
                                                      spec.similarity, peerPractices.count)))
            }
        }
        return out
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
                    parts.append("\(v) \(Bounds.fmt(a)) vs \(Bounds.fmt(b))")
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
