import Foundation
import Testing
@testable import GapMatrix

/// The JRC coherence checks (METHODS.md section 8.1) on hand-made themes whose answers are known by
/// construction: each theme score is the weighted mean of its indicators, written into the data set.
@Suite struct CoherenceTests {
    typealias Child = (code: String, weight: Double, values: [Double])

    /// A framework of one index over the given themes, and a data set with every indicator and each
    /// theme's weighted mean (NaN where an indicator is missing).
    static func make(_ themes: [(code: String, children: [Child])]) throws -> (Dataset, Framework, [String: Double]) {
        var nodes = [FrameworkNode(code: "I", name: "Index", kind: .aggregate, level: 3, parent: nil, weight: 1)]
        var columns: [String: [Double]] = [:], order: [String] = [], weights: [String: Double] = [:]
        for t in themes {
            nodes.append(FrameworkNode(code: t.code, name: t.code, kind: .aggregate, level: 2, parent: "I", weight: 1))
            let n = t.children[0].values.count
            let total = t.children.reduce(0) { $0 + $1.weight }
            var score = Array(repeating: 0.0, count: n)
            for c in t.children {
                nodes.append(FrameworkNode(code: c.code, name: c.code, kind: .indicator, level: 1, parent: t.code, weight: c.weight))
                columns[c.code] = c.values
                order.append(c.code)
                weights[c.code] = c.weight
                for u in 0..<n { score[u] += c.weight * c.values[u] / total }
            }
            columns[t.code] = score
            order.append(t.code)
        }
        let units = (0..<columns[order[0]]!.count).map { "U\($0)" }
        let data = Dataset(units: units, columns: order, values: order.flatMap { columns[$0]! })
        return (data, try Framework.validated(nodes), weights)
    }

    static func run(_ themes: [(code: String, children: [Child])]) throws -> Coherence {
        let (data, framework, weights) = try make(themes)
        return Coherence.run(data, framework: framework, weights: weights)
    }

    static func row(_ c: Coherence, _ check: Coherence.Check, _ indicator: String = "") -> Coherence.Row? {
        c.rows.first { $0.check == check && $0.indicator == indicator }
    }

    static let ramp: [Double] = (1...10).map(Double.init)

    @Test func mirrorIndicatorsAreNegativeRedundantAndTieTheTheme() throws {
        // T = mean(x1, x2) with x2 = -x1: r(x1, x2) = -1, and every unit scores 0 on T.
        let c = try Self.run([("T", [("x1", 1, Self.ramp), ("x2", 1, Self.ramp.map { -$0 })])])
        let negative = try #require(Self.row(c, .negativePair, "x1 / x2"))
        #expect(negative.flag && abs(negative.value + 1) < 1e-12)
        #expect(negative.message == "x1 and x2 correlate negatively in T (r = -1.00)")
        #expect(try #require(Self.row(c, .redundantPair, "x1 / x2")).flag)   // |r| = 1
        let ties = try #require(Self.row(c, .ties))
        #expect(ties.flag && ties.value == 1)
        #expect(ties.message == "100% of units (10 of 10) share T's most common score (0.00), at least 20%")
        // A constant theme has no correlation with anything: reported as NA, not flagged.
        let r1 = try #require(Self.row(c, .themeCorrelation, "x1"))
        #expect(r1.value.isNaN && !r1.flag)
        #expect(try #require(Self.row(c, .indicatorCount)).flag)   // 2 < 3
    }

    @Test func anIndicatorRunningAgainstItsThemeIsFlaggedNegative() throws {
        // T = (a + b + 0.5 c) / 2.5 with b = a and c = 11 - a: T = (1.5 a + 5.5) / 2.5 rises with a, so r(c, T) = -1.
        let c = try Self.run([("T", [("a", 1, Self.ramp), ("b", 1, Self.ramp), ("c", 0.5, Self.ramp.map { 11 - $0 })])])
        let rc = try #require(Self.row(c, .themeCorrelation, "c"))
        #expect(rc.flag && abs(rc.value + 1) < 1e-12)
        #expect(rc.message == "c correlates negatively with its theme T (r = -1.00)")
        #expect(!(try #require(Self.row(c, .themeCorrelation, "a"))).flag)
        #expect(try #require(Self.row(c, .negativePair, "a / c")).flag)
        #expect(!(try #require(Self.row(c, .negativePair, "a / b"))).flag)
        #expect(!(try #require(Self.row(c, .indicatorCount))).flag)   // 3 indicators
    }

    @Test func aWeakCorrelationWithTheThemeIsFlagged() throws {
        // a = b = 1..6 and c orthogonal to a with mean 0; T = (a + b + c) / 3. With sums of squares
        // SS(a) = 17.5 and SS(c) = 4: cov(c, T) ~ SS(c), var(T) ~ 4 SS(a) + SS(c), so
        // r(c, T) = SS(c) / sqrt(SS(c) (4 SS(a) + SS(c))) = 2 / sqrt(74) = 0.2325, below 0.3.
        let a: [Double] = [1, 2, 3, 4, 5, 6], cv: [Double] = [1, -1, 0, 0, -1, 1]
        let c = try Self.run([("T", [("a", 1, a), ("b", 1, a), ("c", 1, cv)])])
        let rc = try #require(Self.row(c, .themeCorrelation, "c"))
        #expect(abs(rc.value - 2 / 74.0.squareRoot()) < 1e-12)
        #expect(rc.flag && rc.threshold == Coherence.Cut.weakCorrelation)
        #expect(rc.message == "c correlates weakly with its theme T (r = 0.23 < 0.3)")
        // c and a are uncorrelated: neither negative nor redundant.
        let pair = try #require(Self.row(c, .negativePair, "a / c"))
        #expect(abs(pair.value) < 1e-12 && !pair.flag)
    }

    @Test func aScaledCopyIsRedundant() throws {
        // x2 = 2 x1: r = 1 >= 0.9; x3 is uncorrelated with x1 (the orthogonal pattern above, on 1..6).
        let x1: [Double] = [1, 2, 3, 4, 5, 6]
        let c = try Self.run([("T", [("x1", 1, x1), ("x2", 1, x1.map { 2 * $0 }), ("x3", 1, [1, -1, 0, 0, -1, 1])])])
        let r = try #require(Self.row(c, .redundantPair, "x1 / x2"))
        #expect(r.flag && abs(r.value - 1) < 1e-12)
        #expect(r.message == "x1 and x2 are redundant in T (|r| = 1.00 >= 0.9)")
        #expect(!(try #require(Self.row(c, .redundantPair, "x1 / x3"))).flag)
        #expect(!(try #require(Self.row(c, .negativePair, "x1 / x2"))).flag)
        #expect(c.flags.filter { $0.check == .redundantPair }.count == 1)
    }

    @Test func aThemeOfTwoYesNoItemsIsFlagged() throws {
        let y1: [Double] = [0, 1, 0, 1, 1, 0, 0, 1], y2: [Double] = [1, 1, 0, 0, 1, 0, 1, 0]
        let c = try Self.run([("T", [("y1", 1, y1), ("y2", 1, y2)]),
                              ("U", [("y3", 1, y1), ("n1", 1, (1...8).map(Double.init)), ("n2", 1, [3, 1, 4, 1, 5, 9, 2, 6])])])
        let t = try #require(c.rows.first { $0.theme == "T" && $0.check == .yesNoOnly })
        #expect(t.flag && t.value == 1)
        #expect(t.message == "T rests on yes/no items only (y1, y2)")
        let count = try #require(c.rows.first { $0.theme == "T" && $0.check == .indicatorCount })
        #expect(count.flag && count.value == 2 && count.message == "T rests on 2 indicators (fewer than 3)")
        // One yes/no item among three is reported, not flagged.
        let u = try #require(c.rows.first { $0.theme == "U" && $0.check == .yesNoOnly })
        #expect(!u.flag && abs(u.value - 1.0 / 3) < 1e-12)
        #expect(u.message == "U has 1 yes/no item of 3 (y3)")
    }

    @Test func thirtyPercentTiedIsFlaggedTenPercentIsNot() throws {
        // Ten units; three share the score 5 (30% >= 20%). In the second theme every score differs.
        let tied: [Double] = [5, 5, 5, 1, 2, 3, 4, 6, 7, 8]
        let c = try Self.run([("T", [("a", 1, tied), ("b", 1, tied), ("c", 1, tied)]),
                              ("U", [("d", 1, Self.ramp), ("e", 1, Self.ramp), ("f", 1, Self.ramp)])])
        let t = try #require(c.rows.first { $0.theme == "T" && $0.check == .ties })
        #expect(t.flag && abs(t.value - 0.3) < 1e-12)
        #expect(t.message == "30% of units (3 of 10) share T's most common score (5.00), at least 20%")
        let u = try #require(c.rows.first { $0.theme == "U" && $0.check == .ties })
        #expect(!u.flag && u.message == "no two units share a score of U")
    }

    @Test func mainEffectOfAFunctionAndOfNoise() {
        // y = x1 exactly; x2 independent uniform noise: S_1 = 1, S_2 near 0 (a cubic fit on n = 500
        // draws of independent noise explains about 3/n by chance).
        let rng = RandomStream(seed: 2013)
        let x1 = (0..<500).map { _ in rng.uniform() }, x2 = (0..<500).map { _ in rng.uniform() }
        #expect(abs(MainEffect.firstOrder(x1, x1) - 1) < 1e-12)
        #expect(MainEffect.firstOrder(x2, x1) < 0.02)
        // y = x^2 on a grid symmetric about 0: Pearson r = 0, yet x explains all of y.
        let g = (-10...10).map { Double($0) / 10 }
        #expect(abs(GSL.pearson(g, g.map { $0 * $0 })) < 1e-12)
        #expect(abs(MainEffect.firstOrder(g, g.map { $0 * $0 }) - 1) < 1e-12)
    }

    @Test func mainEffectOfAThreeLevelItemIsTheCorrelationRatio() {
        // x in {0, 1, 2}; group means of y 2, 5, 2 (grand mean 3), each group +-1: between-group
        // sum of squares 12, within 6, so S = 12 / 18 = 2/3, while r = 0 (the pattern is not linear).
        let x: [Double] = [0, 0, 1, 1, 2, 2], y: [Double] = [1, 3, 4, 6, 1, 3]
        #expect(abs(MainEffect.firstOrder(x, y) - 2.0 / 3) < 1e-12)
        #expect(abs(GSL.pearson(x, y)) < 1e-12)
        // A yes/no item: its main effect is r^2. Missing pairs are left out; a constant x explains nothing.
        let b: [Double] = [0, 1, 0, 1, 1, .nan], z: [Double] = [1, 4, 2, 3, 5, 100]
        let r = GSL.pearson([0, 1, 0, 1, 1], [1, 4, 2, 3, 5])
        #expect(abs(MainEffect.firstOrder(b, z) - r * r) < 1e-12)
        #expect(MainEffect.firstOrder([1, 1, 1, 1], [1, 2, 3, 4]) == 0)
        #expect(MainEffect.firstOrder([1, 2], [1, 2]).isNaN)
    }

    @Test func mainEffectAgainstNominalWeight() throws {
        // Equal weights; x1 spans 0-100, x2 and x3 only 49-51, all independent: x1 carries nearly all of
        // T's main effects (share near 1 against a weight share of 1/3: ratio near 3 > 2), x2 and x3
        // nearly none (ratio near 0 < 0.5). Three independent indicators of one spread match their weights.
        let rng = RandomStream(seed: 7)
        let draw = { (lo: Double, hi: Double) in (0..<300).map { _ in rng.uniform(lo, hi) } }
        let c = try Self.run([("T", [("x1", 1, draw(0, 100)), ("x2", 1, draw(49, 51)), ("x3", 1, draw(49, 51))]),
                              ("U", [("u1", 1, draw(0, 100)), ("u2", 1, draw(0, 100)), ("u3", 1, draw(0, 100))])])
        let t = try #require(c.themes.first { $0.code == "T" })
        let sumS = t.indicators.reduce(0) { $0 + $1.firstOrder }
        for i in t.indicators {
            #expect(abs(i.mainEffectShare - i.firstOrder / sumS) < 1e-12)
            #expect(abs(i.weightShare - 1.0 / 3) < 1e-12)
            #expect(i.linearFirstOrder <= i.firstOrder + 1e-12)   // a cubic explains at least what a line does
        }
        let x1 = try #require(Self.row(c, .mainEffect, "x1"))
        #expect(x1.flag && x1.value > 0.95 && abs(x1.threshold - 1.0 / 3) < 1e-12)
        #expect(x1.message.contains("of T's main effects against a weight share of 33% ("))
        #expect(x1.message.hasSuffix(" times; outside 0.5-2 times)"))
        #expect(try #require(Self.row(c, .mainEffect, "x2")).flag)
        for u in ["u1", "u2", "u3"] {
            let row = try #require(Self.row(c, .mainEffect, u))
            #expect(!row.flag && abs(row.value - 1.0 / 3) < 0.1, "\(u): \(row.value)")
        }
    }

    @Test func aThemeOverOtherThemesIsNotChecked() throws {
        let c = try Self.run([("T", [("a", 1, Self.ramp), ("b", 1, Self.ramp), ("c", 1, Self.ramp)])])
        #expect(c.themes.map(\.code) == ["T"])   // the index I has themes as children
    }
}
