#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// printf-style number text straight from the C library.
///
/// Foundation's `String(format:)` goes through CFString and its format parser; writing a report
/// calls it hundreds of thousands of times, where it was most of the run. The C library's
/// `vsnprintf` gives the same digits (Foundation itself hands doubles to it) at a fraction of the
/// cost, so every `%f`, `%g` and `%e` the tool writes comes from here.
package enum CFormat {
    /// `%.<decimals>f`.
    package static func fixed(_ v: Double, _ decimals: Int) -> String {
        format(v, conversion: UInt8(ascii: "f"), precision: decimals)
    }

    /// `%.<digits>g`.
    package static func general(_ v: Double, _ digits: Int) -> String {
        format(v, conversion: UInt8(ascii: "g"), precision: digits)
    }

    /// `%.<digits>e`.
    package static func exponent(_ v: Double, _ digits: Int) -> String {
        format(v, conversion: UInt8(ascii: "e"), precision: digits)
    }

    private static func format(_ v: Double, conversion: UInt8, precision: Int) -> String {
        precondition((0...40).contains(precision), "precision \(precision) out of range")
        // "%.<precision><conversion>" built in place: no String interpolation per call.
        var spec: (CChar, CChar, CChar, CChar, CChar, CChar) = (0x25, 0x2E, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &spec) { raw in
            var i = 2
            if precision >= 10 { raw[i] = UInt8(ascii: "0") + UInt8(precision / 10); i += 1 }
            raw[i] = UInt8(ascii: "0") + UInt8(precision % 10)
            raw[i + 1] = conversion
            raw[i + 2] = 0
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 352) { buffer in
            let n = withUnsafePointer(to: &spec) { specPointer in
                specPointer.withMemoryRebound(to: CChar.self, capacity: 6) { spec in
                    withVaList([v]) { vsnprintf(buffer.baseAddress, buffer.count, spec, $0) }
                }
            }
            precondition(n >= 0 && n < buffer.count, "vsnprintf failed for \(v)")
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(n)), as: UTF8.self)
        }
    }
}
