import GapMatrix
import Foundation

/// How numbers appear in outputs.
public enum NumberFormat {
    /// The shortest text that reads back to the same double (Swift's own shortest round-trip
    /// digits, no Foundation); whole numbers without ".0"; nil for NaN (missing).
    public static func shortest(_ v: Double) -> String? {
        if v.isNaN { return nil }
        // One rule for every writer: the CSV writer appends the same bytes without a String.
        var bytes: [UInt8] = []
        ShortestDigits.append(v, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Full precision for COINr's layouts: the shortest round-trip form; missing is `NA`, as
    /// COINr writes it.
    public static func full(_ v: Double) -> String {
        shortest(v) ?? "NA"
    }

    /// Fixed decimals for people; missing is blank-padded "-". A value that rounds to zero is
    /// "0.00", never "-0.00": the sign of a change too small to show says nothing to a reader.
    public static func fixed(_ v: Double, _ decimals: Int) -> String {
        if v.isNaN { return "-" }
        let text = CFormat.fixed(v, decimals)
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
