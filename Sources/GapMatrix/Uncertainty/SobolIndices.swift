/// First-order and total Sobol indices from a radial design (docs/METHODS.md section 9; COINr's
/// R/sensitivity.R after Saltelli et al. 2010 and Jansen 1999).
public enum SobolIndices {
    public struct Index: Sendable, Equatable {
        public var first: Double
        public var firstLow: Double
        public var firstHigh: Double
        public var total: Double
        public var totalLow: Double
        public var totalHigh: Double
    }

    /// S_i = mean(yB (yAB_i - yA)) / V and S_Ti = sum((yA - yAB_i)^2) / (2 N V), with
    /// V = var(yA, yB) (sample variance of both together). 5-95% intervals from `bootstrap`
    /// resamples of the N rows.
    package static func estimate(yA: [Double], yB: [Double], yAB: [[Double]], bootstrap: Int, rng: RandomStream) -> [Index] {
        let n = yA.count
        func point(_ rows: [Int]) -> [(Double, Double)] {
            var all: [Double] = []
            all.reserveCapacity(2 * rows.count)
            for r in rows { all.append(yA[r]) }
            for r in rows { all.append(yB[r]) }
            let mean = all.reduce(0, +) / Double(all.count)
            let v = all.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(all.count - 1)
            return yAB.map { ab in
                var s1 = 0.0, st = 0.0
                for r in rows {
                    s1 += yB[r] * (ab[r] - yA[r])
                    st += (yA[r] - ab[r]) * (yA[r] - ab[r])
                }
                let m = Double(rows.count)
                return v > 0 ? ((s1 / m) / v, (st / (2 * m)) / v) : (.nan, .nan)
            }
        }
        let nominal = point(Array(0..<n))
        var firsts = Array(repeating: [Double](), count: yAB.count)
        var totals = Array(repeating: [Double](), count: yAB.count)
        for _ in 0..<bootstrap {
            let rows = (0..<n).map { _ in rng.index(n) }
            for (i, (s, t)) in point(rows).enumerated() where !s.isNaN {
                firsts[i].append(s)
                totals[i].append(t)
            }
        }
        return nominal.enumerated().map { i, st in
            let q = { (x: [Double], p: Double) in x.isEmpty ? Double.nan : GSL.quantile(x, p) }
            return Index(first: st.0, firstLow: q(firsts[i], 0.05), firstHigh: q(firsts[i], 0.95),
                         total: st.1, totalLow: q(totals[i], 0.05), totalHigh: q(totals[i], 0.95))
        }
    }
}
