import CGSL

/// Thin, checked access to GSL.
///
/// GSL's default error handler aborts the process; an analyst's bad input must never do that,
/// so the handler is switched off once, before the first GSL call. The routines wrapped here
/// return values, not status codes; callers guarantee their preconditions (no NaN, n > 0).
package enum GSL {
    private static let configured: Bool = {
        gsl_set_error_handler_off()
        return true
    }()

    /// Turns GSL's abort-on-error handler off. Idempotent; every wrapper calls it.
    @inline(__always)
    package static func configure() { _ = configured }

    /// Mean of the values (no missing values allowed).
    package static func mean(_ x: UnsafeBufferPointer<Double>) -> Double {
        configure()
        return gsl_stats_mean(x.baseAddress, 1, x.count)
    }

    /// Sample standard deviation (n - 1 denominator, as R's `sd`).
    package static func sd(_ x: UnsafeBufferPointer<Double>, mean: Double) -> Double {
        configure()
        return gsl_stats_sd_m(x.baseAddress, 1, x.count, mean)
    }

    /// Median; sorts `x` in place (R's `median`: mean of the two middle values when even).
    package static func median(_ x: inout [Double]) -> Double {
        configure()
        return x.withUnsafeMutableBufferPointer { buf in
            gsl_sort(buf.baseAddress, 1, buf.count)
            return gsl_stats_median_from_sorted_data(buf.baseAddress, 1, buf.count)
        }
    }

    /// Quantiles of values already sorted ascending (type 7), without copying them.
    package static func quantiles(sorted x: [Double], _ ps: [Double]) -> [Double] {
        configure()
        return x.withUnsafeBufferPointer { buf in ps.map { gsl_stats_quantile_from_sorted_data(buf.baseAddress, 1, buf.count, $0) } }
    }

    /// The values sorted ascending, as `quantile` sorts them.
    package static func sorted(_ x: [Double]) -> [Double] {
        configure()
        var sorted = x
        sorted.withUnsafeMutableBufferPointer { buf in gsl_sort(buf.baseAddress, 1, buf.count) }
        return sorted
    }

    /// Quantile `p` of the values, interpolating as R's default (type 7) does.
    package static func quantile(_ x: [Double], _ p: Double) -> Double {
        configure()
        var sorted = x
        return sorted.withUnsafeMutableBufferPointer { buf in
            gsl_sort(buf.baseAddress, 1, buf.count)
            return gsl_stats_quantile_from_sorted_data(buf.baseAddress, 1, buf.count, p)
        }
    }
}

extension GSL {
    /// Pearson correlation of two equally long series without missing values.
    package static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        configure()
        return x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in
            gsl_stats_correlation(a.baseAddress, 1, b.baseAddress, 1, a.count)
        } }
    }

    /// Sample covariance (n - 1 denominator) of two equally long series without missing values.
    package static func covariance(_ x: [Double], _ y: [Double]) -> Double {
        configure()
        return x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in
            gsl_stats_covariance(a.baseAddress, 1, b.baseAddress, 1, a.count)
        } }
    }

    /// Spearman rank correlation (ties take their average rank, as R's `cor(method = "spearman")`).
    package static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        configure()
        var work = Array(repeating: 0.0, count: 2 * x.count)
        return x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in work.withUnsafeMutableBufferPointer { w in
            gsl_stats_spearman(a.baseAddress, 1, b.baseAddress, 1, a.count, w.baseAddress)
        } } }
    }

    /// Eigenvalues (descending) and unit eigenvectors (columns, same order) of a symmetric matrix.
    package static func symmetricEigen(_ m: [[Double]]) throws -> (values: [Double], vectors: [[Double]]) {
        configure()
        let n = m.count
        guard n > 0, let a = gsl_matrix_alloc(n, n), let evec = gsl_matrix_alloc(n, n), let eval = gsl_vector_alloc(n),
              let work = gsl_eigen_symmv_alloc(n) else {
            throw GapMatrixError(.badData, found: "an eigen decomposition GSL could not allocate for \(n) x \(n)")
        }
        defer {
            gsl_matrix_free(a)
            gsl_matrix_free(evec)
            gsl_vector_free(eval)
            gsl_eigen_symmv_free(work)
        }
        for i in 0..<n { for j in 0..<n { gsl_matrix_set(a, i, j, m[i][j]) } }
        let status = gsl_eigen_symmv(a, eval, evec, work)
        guard status == GSL_SUCCESS else {
            throw GapMatrixError(.badData, found: "GSL's eigen decomposition failed: \(String(cString: gsl_strerror(status)))")
        }
        let sortStatus = gsl_eigen_symmv_sort(eval, evec, GSL_EIGEN_SORT_VAL_DESC)
        guard sortStatus == GSL_SUCCESS else {
            throw GapMatrixError(.badData, found: "GSL could not sort eigenvalues: \(String(cString: gsl_strerror(sortStatus)))")
        }
        let values = (0..<n).map { gsl_vector_get(eval, $0) }
        let vectors = (0..<n).map { c in (0..<n).map { r in gsl_matrix_get(evec, r, c) } }
        return (values, vectors)
    }
}
