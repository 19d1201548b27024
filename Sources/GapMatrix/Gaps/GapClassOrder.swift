/// The order of the gap classes, worst first, and the rule it serves: adding evidence (a
/// documented practice, or a higher evaluation of one) never makes a cell's class worse
/// (docs/METHODS.md section 5.2).
///
/// Practices only ever move a cell within two chains: policy gap, no practice < policy gap,
/// unevaluated practice < policy gap, evaluated practice; and evidence gap < no gap. Whether a
/// cell is a data gap, a policy gap, an outcome gap or neither depends on its indicators alone.
/// Across the chains the order reads: nothing can be judged (data gap), then a policy shortfall
/// by the evidence behind it, an outcome shortfall, no shortfall but no evidence of what works,
/// and no gap.
extension KnowledgeGapMatrix.GapClass {
    /// Position from worst (0) to best, in the declaration order of `allCases`.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// Whether this class is at least as good as `other`.
    public func isNoWorse(than other: Self) -> Bool { rank >= other.rank }
}
