import Foundation

/// Bounds normalisation and indicator colours (SDSN Sustainable Development Report method,
/// docs/METHODS.md section 3).
public enum Bounds {
    /// s = clamp(100 (x - LB) / (OPT - LB), 0, 100). For lower-is-better indicators OPT < LB,
    /// so the same formula applies.
    public static func score(_ x: Double, optimum: Double, lowerBound: Double) -> Double {
        guard !x.isNaN else { return .nan }
        let s = 100 * (x - lowerBound) / (optimum - lowerBound)
        return min(max(s, 0), 100)
    }

    /// The lower bound when the framework gives none: the 2.5th percentile of the units'
    /// values, or the 97.5th for a lower-is-better indicator.
    public static func defaultLowerBound(_ values: [Double], direction: Double) -> Double {
        let present = values.filter { !$0.isNaN }
        guard !present.isEmpty else { return .nan }
        return GSL.quantile(present, direction == 1 ? 0.025 : 0.975)
    }

    /// The optimum and lower bound of an indicator, filling the lower bound from `values`.
    public static func resolve(_ r: RatingBounds, values: [Double], direction: Double) -> (optimum: Double, lowerBound: Double)? {
        guard let opt = r.optimum else { return nil }
        let lb = r.lowerBound ?? defaultLowerBound(values, direction: direction)
        guard !lb.isNaN, lb != opt else { return nil }
        return (opt, lb)
    }

    /// Colour of a raw value against green threshold G and red threshold R: green if it meets
    /// G, red at or beyond R, otherwise yellow on G's side of the midpoint (G + R) / 2 and
    /// orange on R's side. A value exactly at the midpoint is yellow unless `midpointIsOrange`.
    /// The reason says where the value sits, in words ("at or below red threshold 50");
    /// `format` writes the thresholds (assessments add the unit: "red threshold 5%").
    public static func colour(_ x: Double, green g: Double, red r: Double, direction: Double,
                              midpointIsOrange: Bool = false, format: (Double) -> String = fmt) -> Rated<Colour> {
        let fmt = format
        let c = colourValue(x, green: g, red: r, direction: direction, midpointIsOrange: midpointIsOrange)
        let towardsBetter = direction == 1 ? "at or above" : "at or below"
        let towardsWorse = direction == 1 ? "at or below" : "at or above"
        let m = (g + r) / 2
        return switch c {
        case .grey: Rated(.grey, "no data")
        case .green: Rated(.green, "\(towardsBetter) green threshold \(fmt(g))")
        case .red: Rated(.red, "\(towardsWorse) red threshold \(fmt(r))")
        case .yellow: Rated(.yellow, "between red \(fmt(r)) and green \(fmt(g)), on green's side of \(fmt(m))")
        case .orange: Rated(.orange, "between red \(fmt(r)) and green \(fmt(g)), on red's side of \(fmt(m))")
        }
    }

    /// The colour alone, as `colour` decides it: runs that rate a cell thousands of times
    /// (gap stability) need no reason.
    @inline(__always)
    public static func colourValue(_ x: Double, green g: Double, red r: Double, direction: Double,
                                   midpointIsOrange: Bool = false) -> Colour {
        guard !x.isNaN else { return .grey }
        let better: (Double, Double) -> Bool = { a, b in direction == 1 ? a >= b : a <= b }
        if better(x, g) { return .green }
        if better(r, x) { return .red }
        let m = (g + r) / 2
        let yellow = midpointIsOrange ? (direction == 1 ? x > m : x < m) : better(x, m)
        return yellow ? .yellow : .orange
    }

    /// Short numbers for reasons: whole numbers from 1,000 up, else up to 4 significant digits.
    public static func fmt(_ v: Double) -> String {
        if v.isNaN { return "NA" }
        if abs(v) >= 1000 && abs(v) < 1e15 { return CFormat.fixed(v, 0) }
        if v == v.rounded() { return String(Int(v)) }
        var s = CFormat.general(v, 4)
        if s.contains("e") { s = CFormat.exponent(v, 3) }
        return s
    }
}
