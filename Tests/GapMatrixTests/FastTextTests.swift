import Foundation
import Testing
@testable import GapMatrix

/// The Foundation-free text helpers must write exactly what the Foundation calls they replaced
/// wrote: committed reports are compared byte for byte.
@Suite struct FastTextTests {
    /// Values that exercise rounding ties, carries, signs, tiny and huge magnitudes.
    static let values: [Double] = [0, -0.0, 0.125, 0.375, 2.5, -2.5, 0.005, 1.005, 9.995, 99.95, 123456.789,
                                   -0.0049, 1e-7, 3.14159265358979, 1e21, -7.2e-12, 77.365700000000004,
                                   0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 5e-324, 1.7976931348623157e308]

    @Test func fixedDecimalsMatchFoundation() {
        for v in Self.values {
            for d in [0, 1, 2, 3, 4, 6, 12] {
                #expect(CFormat.fixed(v, d) == String(format: "%.\(d)f", v), "\(v) with \(d) decimals")
            }
        }
    }

    @Test func generalAndExponentMatchFoundation() {
        for v in Self.values {
            #expect(CFormat.general(v, 4) == String(format: "%.4g", v), "%.4g of \(v)")
            #expect(CFormat.exponent(v, 3) == String(format: "%.3e", v), "%.3e of \(v)")
        }
    }

    @Test func shortestDigitsMatchTheStringForm() {
        for v in Self.values + [42, -17, 1e15, 123456789012345] {
            var bytes: [UInt8] = []
            ShortestDigits.append(v, to: &bytes)
            let expected = v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : v.description
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(v)")
            #expect(Double(String(decoding: bytes, as: UTF8.self)) == v, "\(v) reads back")
        }
        for n: Int64 in [0, 7, -7, 10, 1_000_000, Int64.max, Int64.min + 1] {
            var bytes: [UInt8] = []
            ShortestDigits.appendInteger(n, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(n))
        }
    }

    @Test func editsMatchFoundation() {
        let samples = ["", "plain", "a|b||c", "|", "Côte d'Ivoire | ü", "trailing   ", "tab\t ", " both ", "é  ", "  ",
                       "quote \"x\"", "no change"]
        for s in samples {
            #expect(FastText.replacing(UInt8(ascii: "|"), with: "\\|", in: s) == s.replacingOccurrences(of: "|", with: "\\|"))
            #expect(FastText.replacing(UInt8(ascii: "\""), with: "\"\"", in: s) == s.replacingOccurrences(of: "\"", with: "\"\""))
            #expect(FastText.trimmingTrailingWhitespace(s)
                    == s.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression), "'\(s)'")
            #expect(FastText.trimmingBlanks(s) == s.trimmingCharacters(in: .whitespaces), "'\(s)'")
            for w in [0, 3, 6, 12] {
                #expect(FastText.padded(s, to: w) == s.padding(toLength: w, withPad: " ", startingAt: 0), "'\(s)' to \(w)")
            }
        }
    }
}
