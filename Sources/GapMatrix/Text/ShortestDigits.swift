/// Numbers written straight into a byte buffer.
///
/// Writers append each number's bytes to one buffer instead of building a String per cell and
/// concatenating: a replay writes tens of thousands of scores, where per-cell strings and cell
/// arrays were most of the run.
package enum ShortestDigits {
    /// Appends `v` as `NumberFormat.shortest` writes it: whole numbers below 1e15 without ".0",
    /// others in `description`'s shortest round-trip form. NaN is the caller's business.
    package static func append(_ v: Double, to out: inout [UInt8]) {
        if v == v.rounded() && abs(v) < 1e15 {
            appendInteger(Int64(v), to: &out)
            return
        }
        // Swift's own shortest round-trip digits (no Foundation), copied as one block of bytes.
        var text = v.description
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends the decimal digits of `n` (with "-" when negative).
    package static func appendInteger(_ n: Int64, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        if m == 0 { out.append(UInt8(ascii: "0")); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while m > 0 {
                raw[count] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(raw[i]) }
        }
    }
}
