import Testing
@testable import GapMatrix

@Suite struct SensitivityTests {
    /// y = x1 + 2 x2 + 3 x3 on U(0,1)^3: V_i = a_i^2 / 12, so S_i = S_Ti = a_i^2 / 14 = 1/14, 4/14, 9/14.
    @Test func linearModelHasKnownIndices() throws {
        let a = [1.0, 2, 3], n = 8192
        let sobol = try SobolPoints(dimensions: 6)
        var ptsA: [[Double]] = [], ptsB: [[Double]] = []
        for _ in 0..<n {
            let p = try sobol.next()
            ptsA.append(Array(p[0..<3]))
            ptsB.append(Array(p[3..<6]))
        }
        let f = { (x: [Double]) in zip(a, x).reduce(0) { $0 + $1.0 * $1.1 } }
        let yAB = (0..<3).map { i in (0..<n).map { k -> Double in var x = ptsA[k]; x[i] = ptsB[k][i]; return f(x) } }
        let idx = SobolIndices.estimate(yA: ptsA.map(f), yB: ptsB.map(f), yAB: yAB, bootstrap: 200, rng: RandomStream(seed: 1))
        for (i, want) in [1.0 / 14, 4.0 / 14, 9.0 / 14].enumerated() {
            #expect(abs(idx[i].first - want) < 0.02, "S\(i + 1) = \(idx[i].first)")
            #expect(abs(idx[i].total - want) < 0.02, "ST\(i + 1) = \(idx[i].total)")
            #expect(idx[i].firstLow <= idx[i].first && idx[i].first <= idx[i].firstHigh)
        }
    }

    /// y = x1 x2 (no main effect of either alone beyond the product's): S_T > S_i for both.
    @Test func interactionShowsInTotalIndices() throws {
        let n = 4096
        let rng = RandomStream(seed: 3)
        let A = (0..<n).map { _ in [rng.uniform(-1, 1), rng.uniform(-1, 1)] }
        let B = (0..<n).map { _ in [rng.uniform(-1, 1), rng.uniform(-1, 1)] }
        let f = { (x: [Double]) in x[0] * x[1] }
        let yAB = (0..<2).map { i in (0..<n).map { k -> Double in var x = A[k]; x[i] = B[k][i]; return f(x) } }
        let idx = SobolIndices.estimate(yA: A.map(f), yB: B.map(f), yAB: yAB, bootstrap: 50, rng: RandomStream(seed: 4))
        // On [-1, 1]^2 the product has no first-order effect at all: S_i = 0, S_Ti = 1.
        for i in idx {
            #expect(abs(i.first) < 0.08)
            #expect(abs(i.total - 1) < 0.08)
        }
    }

    @Test func sobolGeneratorGuardsItsDimensionLimit() {
        let e = #expect(throws: GapMatrixError.self) { try SobolPoints(dimensions: 41) }
        #expect(e?.description.contains("at most 40") == true)
        #expect((try? SobolPoints(dimensions: 40)) != nil)
    }

    @Test func asemSensitivityIsDeterministicAndBounded() throws {
        let (study, inputs) = ASEM.loaded
        let spec = try #require(study.uncertainty)
        let r1 = try SensitivityAnalysis.run(inputs, recipe: study.recipe, spec: spec, n: 64, seed: 5, sobolPoints: true, bootstrap: 50)
        let r2 = try SensitivityAnalysis.run(inputs, recipe: study.recipe, spec: spec, n: 64, seed: 5, sobolPoints: true, bootstrap: 50)
        #expect(r1.parameters == ["treat.winmax", "normalise", "weights", "aggregate.method"])
        #expect(r1.indices == r2.indices)
        #expect(r1.runs == 64 * 6)
        for i in r1.indices { #expect(i.total >= 0 && i.total < 1.5) }
        #expect(r1.yA.allSatisfy { $0 >= 0 })
        #expect(Set(r1.yA).count > 1)
    }
}
