import Foundation

/// How numbers appear in outputs.
public enum NumberFormat {
    /// 17 significant digits: enough to round-trip every double, as R's `write.csv` at full
    /// precision; missing is `NA`, as COINr writes it.
    public static func full(_ v: Double) -> String {
        if v.isNaN { return "NA" }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        return String(format: "%.17g", v)
    }

    /// Fixed decimals for people; missing is blank-padded "-".
    public static func fixed(_ v: Double, _ decimals: Int) -> String {
        v.isNaN ? "-" : String(format: "%.\(decimals)f", v)
    }

    /// Ranks and counts.
    public static func integer(_ v: Double) -> String {
        v.isNaN ? "NA" : String(Int64(v))
    }
}
