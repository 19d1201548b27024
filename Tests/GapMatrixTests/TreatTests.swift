import Foundation
import Testing
@testable import GapMatrix

/// Outlier treatment against values computed by hand from e1071's type-2 formulas.
@Suite struct TreatTests {
    let outliers: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]

    @Test func skewAndKurtosisAreE1071Type2() {
        let (s, k) = outliers.withUnsafeBufferPointer { Moments.skewKurtosis($0) }
        #expect(abs(s - 3.0632410342394985) < 1e-12)
        #expect(abs(k - 9.741390834569144) < 1e-12)
    }

    @Test func missingValuesAreIgnoredAndTooFewGiveNaN() {
        let (s, _) = ([Double.nan] + outliers).withUnsafeBufferPointer { Moments.skewKurtosis($0) }
        #expect(abs(s - 3.0632410342394985) < 1e-12)
        let (s3, k3) = [1.0, 2, 3].withUnsafeBufferPointer { Moments.skewKurtosis($0) }
        #expect(s3.isNaN && k3.isNaN)
    }

    @Test func winsorisesTheHighestPointOnceThenPasses() {
        let (x, detail, labels) = Treat.treatColumn(outliers, spec: TreatSpec(winmax: 5))
        #expect(x == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30])
        #expect(detail.winsorised == 1)
        #expect(detail.afterWinsorising?.pass == true)
        #expect(abs(detail.afterWinsorising!.skew - 1.7120380600890506) < 1e-12)
        #expect(labels[11] == "winhi" && labels[10] == "")
    }

    @Test func tiedExtremesMoveTogetherEvenPastWinmax() {
        // Two points tie at the maximum: COINr replaces both in one step and counts 2.
        let x: [Double] = (1...20).map(Double.init) + [500, 500]
        let (treated, detail, labels) = Treat.treatColumn(x, spec: TreatSpec(winmax: 1))
        #expect(detail.winsorised == 2)
        #expect(labels.filter { $0 == "winhi" }.count == 2)
        // [1...20, 20, 20] has skew -0.0945: it passes, with 2 points moved under winmax 1.
        #expect(detail.before.pass == false)
        #expect(detail.afterWinsorising?.pass == true)
        #expect(abs((detail.afterWinsorising?.skew ?? 0) - -0.09449573196380336) < 1e-12)
        #expect(treated?[20] == 20 && treated?[21] == 20)
        #expect(!detail.logTransformed)
    }

    @Test func lowOutliersAreWinsorisedFromBelow() {
        let x: [Double] = outliers.map { -$0 }
        let (treated, detail, labels) = Treat.treatColumn(x, spec: TreatSpec())
        #expect(treated![11] == -30)
        #expect(detail.winsorised == 1)
        #expect(labels[11] == "winlo")
    }

    @Test func winmaxZeroGoesStraightToTheLogTransform() {
        let (treated, detail, labels) = Treat.treatColumn(outliers, spec: TreatSpec(winmax: 0))
        #expect(detail.winsorised == 0)
        #expect(detail.logTransformed)
        // log(x - min + 0.01 (max - min)) = log(x - 1 + 0.99)
        #expect(treated![0] == Foundation.log(0.99))
        #expect(treated![11] == Foundation.log(100 - 1 + 0.99))
        #expect(labels.allSatisfy { $0 == "log_CT" })
    }

    @Test func passingAndConstantColumnsAreLeftAlone() {
        let (a, da, _) = Treat.treatColumn([1, 2, 3, 4, 5], spec: TreatSpec())
        #expect(a == nil && da.before.pass == true)
        let (b, db, _) = Treat.treatColumn([7, 7, 7, 7, 7], spec: TreatSpec())
        #expect(b == nil && db.before.pass == nil)
    }

    @Test func skippedIndicatorsAreNotTreated() {
        let d = Dataset(units: (1...12).map { "U\($0)" }, columns: ["x"], values: outliers)
        let (out, record) = Treat.apply(d, spec: TreatSpec(skip: ["x"]))
        #expect(out == d)
        #expect(record.details.isEmpty)
    }
}
