/// The parameters of ratings and trends (docs/METHODS.md section 3), from a study's `ratings:`.
public struct RatingsSpec: Sendable, Equatable {
    public var targetYear = 2030
    public var baselineYear = 2015
    /// The baseline value may come from this many years either side of the baseline year.
    public var baselineTolerance = 2
    /// An overall index and ranks are opt-in: a scoreboard needs none, and a league table is
    /// only shown when the study asks for one.
    public var index = false
    /// With the index on, a unit missing more than this share of its indicators also gets no
    /// index score (the first edition's rule, kept for studies that set it); nil: not used.
    public var maxMissing: Double? = nil
    /// A value exactly at the midpoint of green and red is orange instead of yellow.
    public var midpointIsOrange = false
    /// Share of a theme's indicators that need a trend for the theme to have one.
    public var themeTrendShare = 0.75

    public init() {}

    static func parse(_ m: YAMLMap?) throws -> RatingsSpec? {
        guard let m else { return nil }
        try m.onlyKeys(["target_year", "baseline_year", "baseline_tolerance", "index", "max_missing", "midpoint", "theme_trend_share"])
        var s = RatingsSpec()
        s.targetYear = try m.optionalInt("target_year") ?? s.targetYear
        s.baselineYear = try m.optionalInt("baseline_year") ?? s.baselineYear
        s.baselineTolerance = try m.optionalInt("baseline_tolerance") ?? s.baselineTolerance
        s.index = try m.optionalBool("index") ?? false
        s.maxMissing = try m.optionalDouble("max_missing")
        if let mm = s.maxMissing {
            guard (0...1).contains(mm) else { throw m.error("max_missing", "\(mm)", "a share between 0 and 1") }
            guard s.index else { throw m.error("max_missing", "max_missing without an index", "index: true (max_missing is a rule for the index)") }
        }
        s.themeTrendShare = try m.optionalDouble("theme_trend_share") ?? s.themeTrendShare
        if let mid = try m.optionalString("midpoint") {
            guard mid == "yellow" || mid == "orange" else { throw m.error("midpoint", "'\(mid)'", "yellow or orange") }
            s.midpointIsOrange = mid == "orange"
        }
        guard s.baselineYear < s.targetYear else {
            throw m.error("baseline_year", "baseline \(s.baselineYear) not before target \(s.targetYear)", "a baseline year before the target year")
        }
        return s
    }
}
