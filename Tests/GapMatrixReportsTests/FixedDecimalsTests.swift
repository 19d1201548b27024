import Testing
@testable import GapMatrixReports

/// Fixed decimals for people: a value that rounds to zero has no sign.
@Suite struct FixedDecimalsTests {
    @Test func negativeZeroIsWrittenAsZero() {
        #expect(NumberFormat.fixed(-0.0020001, 2) == "0.00")
        #expect(NumberFormat.fixed(-0.0, 2) == "0.00")
        #expect(NumberFormat.fixed(-0.4, 0) == "0")
        #expect(NumberFormat.fixed(-0.04, 1) == "0.0")
    }

    @Test func otherValuesKeepTheirSign() {
        #expect(NumberFormat.fixed(-0.005001, 2) == "-0.01")
        #expect(NumberFormat.fixed(-1.44, 2) == "-1.44")
        #expect(NumberFormat.fixed(-10, 2) == "-10.00")
        #expect(NumberFormat.fixed(0.004, 2) == "0.00")
        #expect(NumberFormat.fixed(.nan, 2) == "-")
    }
}
