/// How often each gap cell keeps its class across the replications of an uncertainty run
/// (docs/METHODS.md section 9): the run's assessment choices (role cut-offs, one indicator left
/// out, relative thresholds) replayed on the gap matrix. A cell whose class changes in more
/// than `unstableAbove` of the replications is unstable: its class rests on a choice, not
/// only on the data.
public struct GapStability: Sendable {
    /// Above this share of replications with another class, a cell is unstable.
    public static let unstableAbove = 0.2

    public struct Cell: Sendable, Equatable {
        public var unit: String
        public var theme: String
        /// The class in the study's own gap matrix.
        public var nominal: KnowledgeGapMatrix.GapClass
        /// Replications per class, in `GapClass.allCases` order; they add up to the run's replications.
        public var counts: [Int]

        public var replications: Int { counts.reduce(0, +) }

        public func count(_ c: KnowledgeGapMatrix.GapClass) -> Int { counts[KnowledgeGapMatrix.GapClass.allCases.firstIndex(of: c)!] }

        /// Share of replications that give the nominal class.
        public var sameShare: Double { replications == 0 ? .nan : Double(count(nominal)) / Double(replications) }

        /// The class other than the nominal one that most replications give (ties: the first in
        /// `GapClass.allCases`), with its number of replications; nil when none gives another.
        public var mostFrequentOther: (gapClass: KnowledgeGapMatrix.GapClass, count: Int)? {
            var best: (gapClass: KnowledgeGapMatrix.GapClass, count: Int)? = nil
            for (c, n) in zip(KnowledgeGapMatrix.GapClass.allCases, counts) where c != nominal && n > 0 {
                if n > (best?.count ?? 0) { best = (c, n) }
            }
            return best
        }

        /// The class changes in more than `unstableAbove` of the replications.
        public var isUnstable: Bool {
            replications > 0 && Double(replications - count(nominal)) > GapStability.unstableAbove * Double(replications)
        }
    }

    public let replications: Int
    /// One per cell of the nominal gap matrix, in its order.
    public let cells: [Cell]

    public init(replications: Int, cells: [Cell]) {
        self.replications = replications
        self.cells = cells
    }

    /// Replays the assessment variation of every design row (`DesignRow.assessmentVariation`)
    /// on the nominal matrix's cells and counts the classes. Rows that vary the same way are
    /// classified once.
    public static func run(_ replayer: inout GapClassReplayer, nominal: KnowledgeGapMatrix, rows: [DesignRow]) throws -> GapStability {
        let classes = KnowledgeGapMatrix.GapClass.allCases
        let position = Dictionary(uniqueKeysWithValues: nominal.cells.enumerated().map { ($1.unit + "|" + $1.theme, $0) })
        // Where each replayer cell sits in the nominal matrix.
        var order: [Int] = []
        for unit in replayer.units { for theme in replayer.themes { order.append(position[unit + "|" + theme] ?? -1) } }
        var counts = Array(repeating: 0, count: nominal.cells.count * classes.count)
        var seen: [AssessmentVariation: [KnowledgeGapMatrix.GapClass]] = [:]
        for row in rows {
            let v = row.assessmentVariation
            let result: [KnowledgeGapMatrix.GapClass]
            if let known = seen[v] {
                result = known
            } else {
                result = try replayer.classes(v)
                seen[v] = result
            }
            for (i, c) in result.enumerated() where order[i] >= 0 { counts[order[i] * classes.count + c.ordinal] += 1 }
        }
        let cells = nominal.cells.enumerated().map { i, c in
            Cell(unit: c.unit, theme: c.theme, nominal: c.gapClass, counts: Array(counts[(i * classes.count)..<((i + 1) * classes.count)]))
        }
        return GapStability(replications: rows.count, cells: cells)
    }

    /// Unstable cells per theme, in the order themes first appear.
    public var unstableByTheme: [(theme: String, unstable: Int, cells: Int)] {
        var themes: [String] = []
        var unstable: [String: Int] = [:], total: [String: Int] = [:]
        for c in cells {
            if total[c.theme] == nil { themes.append(c.theme) }
            total[c.theme, default: 0] += 1
            if c.isUnstable { unstable[c.theme, default: 0] += 1 }
        }
        return themes.map { ($0, unstable[$0] ?? 0, total[$0]!) }
    }

    public var unstableCount: Int { cells.filter(\.isUnstable).count }
}

extension KnowledgeGapMatrix.GapClass {
    /// Position in `allCases`, without hashing (counted once per cell and replication).
    var ordinal: Int {
        switch self {
        case .dataGap: 0
        case .policyNoPractice: 1
        case .policyUnevaluated: 2
        case .policyEvaluated: 3
        case .outcomeGap: 4
        case .evidenceGap: 5
        case .noGap: 6
        }
    }
}
