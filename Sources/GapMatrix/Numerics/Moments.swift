/// Sample statistics of the present (non-NaN) values of a column.
package enum Moments {
    /// The non-missing values of `x`.
    @inline(__always)
    package static func present(_ x: [Double]) -> [Double] { x.filter { !$0.isNaN } }

    /// Mean of the non-missing values (NaN if none).
    package static func mean(_ x: [Double]) -> Double {
        let p = present(x)
        guard !p.isEmpty else { return .nan }
        return p.withUnsafeBufferPointer { GSL.mean($0) }
    }

    /// Median of the non-missing values (NaN if none).
    package static func median(_ x: [Double]) -> Double {
        var p = present(x)
        guard !p.isEmpty else { return .nan }
        return GSL.median(&p)
    }

    /// Skewness and kurtosis as e1071 `type = 2` (the bias-corrected forms COINr's `skew()`
    /// and `kurt()` use, and Excel's SKEW and KURT).
    ///
    /// Computed from the central sums directly rather than via GSL's `gsl_stats_skew`, whose
    /// normalisation differs; converting between the two would only add rounding.
    /// Needs at least 4 values; NaN otherwise, and NaN for a constant column.
    package static func skewKurtosis(_ x: UnsafeBufferPointer<Double>) -> (skew: Double, kurtosis: Double) {
        var n = 0
        var sum = 0.0
        for v in x where !v.isNaN {
            sum += v
            n += 1
        }
        guard n >= 4 else { return (.nan, .nan) }
        let nd = Double(n)
        let mean = sum / nd
        var m2 = 0.0, m3 = 0.0, m4 = 0.0
        for v in x where !v.isNaN {
            let d = v - mean
            let d2 = d * d
            m2 += d2
            m3 += d2 * d
            m4 += d2 * d2
        }
        let g1 = nd.squareRoot() * m3 / (m2 * m2.squareRoot())
        let skew = g1 * (nd * (nd - 1)).squareRoot() / (nd - 2)
        let r = nd * m4 / (m2 * m2)
        let kurt = ((nd + 1) * (r - 3) + 6) * (nd - 1) / ((nd - 2) * (nd - 3))
        return (skew, kurt)
    }
}
