/// What one uncertainty replication changes in the assessment rather than in the recipe
/// (docs/METHODS.md section 9): the role cut-offs, one indicator left out, the relative
/// thresholds. Colours and gap classes depend on these, not on weights, so gap stability
/// (`GapStability`) reruns roles, thresholds, ratings and classes per replication and never
/// the aggregation.
public struct AssessmentVariation: Sendable, Hashable {
    /// Every role rule's threshold times this factor (`roles.scale`; 1: the study's own).
    public var roleScale: Double = 1
    /// The indicator left out (`exclude.indicator`; nil: none).
    public var excluded: String? = nil
    /// Relative thresholds moved by this many quantiles towards strictness
    /// (`ratings.relative_shift`; 0: the framework's own).
    public var relativeShift: Double = 0

    public init(roleScale: Double = 1, excluded: String? = nil, relativeShift: Double = 0) {
        self.roleScale = roleScale
        self.excluded = excluded
        self.relativeShift = relativeShift
    }

    /// The study's own assessment.
    public static let none = AssessmentVariation()
}

extension DesignRow {
    /// The assessment this row describes: each assessment-stage parameter's value set in it,
    /// as `UncertainParameter.all` says (the counterpart of `Recipe.applying`).
    public var assessmentVariation: AssessmentVariation {
        var v = AssessmentVariation.none
        for (i, p) in UncertainParameter.all.enumerated() where p.stage == .assessment {
            if let value = values[i] { p.adjust(value, &v) }
        }
        return v
    }
}
