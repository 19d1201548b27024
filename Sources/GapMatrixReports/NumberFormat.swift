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

    /// Fixed decimals for people; missing is blank-padded "-". A value that rounds to zero is
    /// "0.00", never "-0.00": the sign of a change too small to show says nothing to a reader.
    public static func fixed(_ v: Double, _ decimals: Int) -> String {
        if v.isNaN { return "-" }
        let text = String(format: "%.\(decimals)f", v)
        if text.hasPrefix("-") && text.utf8.dropFirst().allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// Ranks and counts.
    public static func integer(_ v: Double) -> String {
        v.isNaN ? "NA" : String(Int64(v))
    }
}
