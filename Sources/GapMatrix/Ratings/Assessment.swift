/// Ratings, trends and the inclusion rule applied to a built study: what the scoreboard,
/// scorecards and (when the study asks for one) league tables show, each value with its reason.
///
/// Every cell has one of four states (`CellState`); themes are judged on the cells that apply
/// to the unit's roles and lie in their source's scope, and carry the colour of their policy
/// indicators apart from that of their outcomes.
public struct Assessment: Sendable {
    /// One unit x indicator cell.
    public struct Cell: Sendable {
        public var unit: String
        public var indicator: String
        public var theme: String
        /// value, missing (a data gap), out of scope, or not applicable to the unit's roles.
        public var state: CellState
        /// The observed value (NaN when none was observed, even if one was imputed).
        public var raw: Double
        public var year: Int?
        public var stale: Bool
        /// The pipeline filled this value (imputation's step record).
        public var imputed: Bool
        /// Treatment changed this value (winsorised or log-transformed; treatment's step record).
        public var treated: Bool
        /// Screening removed the unit: it has no score.
        public var screenedOut: Bool
        public var source: String
        /// The normalised stage's value: what the recipe made of this cell.
        public var score: Double
        /// The colour, its reason giving the value with its unit and the score apart.
        public var colour: Rated<Colour>
        public var trend: Rated<Trend>
    }

    /// One unit x theme (every aggregate below the index).
    public struct ThemeCell: Sendable {
        public var unit: String
        public var theme: String
        public var score: Double
        public var rank: Double
        /// Two-worst rule over the indicators that apply and have a value.
        public var colour: Rated<Colour>
        /// Two-worst rule over the policy indicators with a value (grey when there are none).
        public var policyColour: Rated<Colour>
        /// Two-worst rule over the outcome indicators with a value (grey when there are none).
        public var outcomeColour: Rated<Colour>
        public var trend: Rated<Trend>
        /// Share of the indicators that apply and are in scope which have a value (0 when none).
        public var coverage: Double
        /// The theme's cells by state.
        public var counts: StateCounts
        /// Coverage at or above the study's sufficiency, with something to judge: the cell can
        /// be judged, lead and serve as a peer; otherwise it is a data gap.
        public var sufficient: Bool
    }

    /// The bounds each indicator was rated with.
    public struct IndicatorBounds: Sendable {
        public var code: String
        public var optimum: Double?
        public var lowerBound: Double?
        public var lowerBoundIsDefault: Bool
        /// The thresholds on the raw scale (resolved from quantiles when relative).
        public var green: Double?
        public var red: Double?
        /// The quantiles relative thresholds were computed at (nil when published).
        public var relative: RelativeThresholds?
        public var greenScore: Double?
    }

    public struct UnitResult: Sendable {
        public var unit: String
        /// Missing cells over the cells that apply and are in scope.
        public var missingShare: Double
        /// The unit has an index score (only when the study asks for an index).
        public var included: Bool
        public var indexScore: Double
        public var indexRank: Double
        /// Why the unit has no index score ("" when it has one or there is no index).
        public var exclusion: String
    }

    public let spec: RatingsSpec
    /// The recipe of the build rated.
    public let recipe: Recipe
    public let cells: [Cell]
    public let themes: [ThemeCell]
    public let bounds: [IndicatorBounds]
    public let units: [UnitResult]
    /// Aggregates reported as themes, from the top down (index excluded).
    public let themeCodes: [String]
    /// Each unit's roles and why.
    public let roles: RoleAssignment
    /// Below this coverage a theme cell is a data gap (the study's `gaps.sufficiency`).
    public let sufficiency: Double
    /// Indicators left out of this assessment (an uncertainty replication's `exclude.indicator`):
    /// they have no cells and count nowhere. Empty for a study's own assessment.
    public var excluded: Set<String> = []

    /// Cells by state, over the whole assessment.
    public var counts: StateCounts { StateCounts(cells.map(\.state)) }

    /// Indicators under an aggregate, in framework order.
    public static func descendants(_ f: Framework, _ code: String) -> [String] {
        f.children(of: code).flatMap { $0.kind == .indicator ? [$0.code] : descendants(f, $0.code) }
    }

    /// The observation nearest the baseline year (within the tolerance, earlier on a tie),
    /// strictly before the current value's year.
    static func baseline(_ inputs: StudyInputs, unit u: Int, column c: Int, before now: Int?, spec: RatingsSpec)
        -> (year: Int, value: Double)?
    {
        guard let panel = inputs.panel, let now else { return nil }
        var best: (year: Int, value: Double)? = nil
        for (i, y) in panel.years.enumerated() where y < now && abs(y - spec.baselineYear) <= spec.baselineTolerance {
            let v = panel.slices[i][unit: u, column: c]
            guard !v.isNaN else { continue }
            if let b = best {
                let db = abs(b.year - spec.baselineYear), dy = abs(y - spec.baselineYear)
                if dy < db || (dy == db && y < b.year) { best = (y, v) }
            } else {
                best = (y, v)
            }
        }
        return best
    }
}
