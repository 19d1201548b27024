/// Trend arrows against a target year (docs/METHODS.md section 3).
public enum Trend: String, Sendable, CaseIterable {
    case onTrack = "on track"
    case maintaining = "maintaining"
    case moderatelyImproving = "moderately improving"
    case stagnating = "stagnating"
    case decreasing = "decreasing"
    case unavailable = "unavailable"

    public var arrow: String {
        switch self {
        case .onTrack, .maintaining: "^"
        case .moderatelyImproving: "/"
        case .stagnating: "-"
        case .decreasing: "v"
        case .unavailable: " "
        }
    }

    /// Points for the theme trend: on track 4, maintaining 3, moderately improving 2,
    /// stagnating 1, decreasing 0.
    public var points: Int? {
        switch self {
        case .onTrack: 4
        case .maintaining: 3
        case .moderatelyImproving: 2
        case .stagnating: 1
        case .decreasing: 0
        case .unavailable: nil
        }
    }

    /// One indicator's trend from its normalised score now and at the baseline.
    ///
    /// r_obs = (s_now - s_base) / (t_now - t_base); r_req = (s_G - s_now) / (T - t_now).
    /// At or above the green score it is `maintaining`. When the target year is not after
    /// t_now, one year is left (the required rate is the whole remaining gap).
    public static func indicator(now: (year: Int, score: Double)?, base: (year: Int, score: Double)?,
                                 greenScore: Double, targetYear: Int) -> Rated<Trend> {
        guard let now, let base, !now.score.isNaN, !base.score.isNaN, base.year < now.year else {
            return Rated(.unavailable, "fewer than two points")
        }
        let f = Bounds.fmt
        if now.score >= greenScore {
            return Rated(.maintaining, "score \(f(now.score)) in \(now.year) >= green score \(f(greenScore))")
        }
        let rObs = (now.score - base.score) / Double(now.year - base.year)
        let rReq = (greenScore - now.score) / Double(max(targetYear - now.year, 1))
        let why = "score \(f(base.score)) (\(base.year)) -> \(f(now.score)) (\(now.year)): \(f(rObs))/yr; "
            + "\(f(rReq))/yr needed to reach green \(f(greenScore)) by \(targetYear)"
        if rObs >= rReq { return Rated(.onTrack, why) }
        if rObs >= 0.5 * rReq { return Rated(.moderatelyImproving, why) }
        if rObs >= 0 { return Rated(.stagnating, why) }
        return Rated(.decreasing, why)
    }

    /// A theme's trend: the mean points of its indicators' trends, when at least `minShare`
    /// of them have one; bands [0,1) decreasing, [1,2) stagnating, [2,3) moderately
    /// improving, [3,4] on track.
    public static func theme(_ trends: [Trend], minShare: Double = 0.75) -> Rated<Trend> {
        let points = trends.compactMap(\.points)
        guard !trends.isEmpty, !points.isEmpty, Double(points.count) / Double(trends.count) >= minShare else {
            return Rated(.unavailable, "\(points.count) of \(trends.count) indicators have a trend (need \(Int((minShare * 100).rounded()))%)")
        }
        let mean = Double(points.reduce(0, +)) / Double(points.count)
        let t: Trend = mean < 1 ? .decreasing : mean < 2 ? .stagnating : mean < 3 ? .moderatelyImproving : .onTrack
        return Rated(t, "mean trend points \(Bounds.fmt(mean)) over \(points.count) of \(trends.count) indicators")
    }
}
