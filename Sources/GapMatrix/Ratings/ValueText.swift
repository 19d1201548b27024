import Foundation

/// Values in words for reasons: the number as a reader expects it, with its unit, so a value
/// is never confused with its score ("45.2%", "5.6 million", "656,434 people").
public enum ValueText {
    /// Millions as "5.6 million", thousands with separators, smaller numbers as `Bounds.fmt`.
    public static func number(_ v: Double) -> String {
        if v.isNaN { return "NA" }
        if abs(v) >= 1_000_000 && abs(v) < 1e15 {
            let m = v / 1_000_000
            return (m == m.rounded() ? String(Int(m)) : Bounds.fmt((m * 10).rounded() / 10)) + " million"
        }
        if abs(v) >= 1000 && abs(v) < 1e15 {
            let digits = String(Int(abs(v).rounded()))
            var out = ""
            for (i, ch) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(ch)
            }
            return (v < 0 ? "-" : "") + out
        }
        return Bounds.fmt(v)
    }

    /// The number followed by its unit: "45.2%", "12.5% of GDP", "3.1 years"; bare without one.
    public static func quantity(_ v: Double, unit: String?) -> String {
        let n = number(v)
        guard let unit, !unit.isEmpty else { return n }
        return unit.hasPrefix("%") ? n + unit : n + " " + unit
    }
}
