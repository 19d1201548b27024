/// One unit's cells in two studies, side by side along the crosswalk's links.
///
/// The two cells of a link need not agree: they weigh different sets of indicators (a
/// roundtable holds items an objective does not). So the comparison only names how far apart
/// they are; the shared indicators say where to look.
public struct CrosswalkComparison: Sendable {
    /// How two cells relate, judged on their colours (two-worst rule) and sufficiency.
    public enum Verdict: String, Sendable, CaseIterable {
        /// Both judged, same colour.
        case agree
        /// Both judged, neighbouring colours (green and yellow, yellow and orange, orange and red).
        case differ
        /// Both judged, two or more steps apart (green against orange or red, yellow against red).
        case disagree
        /// One cell is judged, the other is a data gap (too little coverage, or nothing measures it).
        case oneSided = "one side only"
        /// Neither cell can be judged.
        case neither = "neither judged"

        /// Judged by colour steps: 0 agree, 1 differ, 2 or more disagree.
        static func of(_ a: KnowledgeGapMatrix.Cell, _ b: KnowledgeGapMatrix.Cell) -> Verdict {
            let pa = judged(a) ? a.colour.points : nil, pb = judged(b) ? b.colour.points : nil
            guard let pa, let pb else { return pa == nil && pb == nil ? .neither : .oneSided }
            switch abs(pa - pb) {
            case 0: return .agree
            case 1: return .differ
            default: return .disagree
            }
        }

        /// A cell is judged when its coverage is sufficient and it has a colour.
        static func judged(_ c: KnowledgeGapMatrix.Cell) -> Bool { c.sufficient && c.colour != .grey }
    }

    public struct Pair: Sendable {
        public var link: Crosswalk.Link
        public var a: KnowledgeGapMatrix.Cell
        public var b: KnowledgeGapMatrix.Cell
        public var verdict: Verdict
    }

    public let unit: String
    public let pairs: [Pair]

    /// The unit's pairs along every link both gap matrices have a cell for.
    public init(_ crosswalk: Crosswalk, unit: String, a: KnowledgeGapMatrix, b: KnowledgeGapMatrix) {
        self.unit = unit
        var ca: [String: KnowledgeGapMatrix.Cell] = [:], cb: [String: KnowledgeGapMatrix.Cell] = [:]
        for c in a.cells where c.unit == unit { ca[c.theme] = c }
        for c in b.cells where c.unit == unit { cb[c.theme] = c }
        pairs = crosswalk.links.compactMap { link in
            guard let x = ca[link.a], let y = cb[link.b] else { return nil }
            return Pair(link: link, a: x, b: y, verdict: .of(x, y))
        }
    }

    /// Pairs judged on both sides whose colours are two or more steps apart.
    public var disagreements: [Pair] { pairs.filter { $0.verdict == .disagree } }
}
