import CGSL

/// Thin, checked access to GSL.
///
/// GSL's default error handler aborts the process; an analyst's bad input must never do that,
/// so the handler is switched off once, before the first GSL call. The routines wrapped here
/// return values, not status codes; callers guarantee their preconditions (no NaN, n > 0).
public enum GSL {
    private static let configured: Bool = {
        gsl_set_error_handler_off()
        return true
    }()

    /// Turns GSL's abort-on-error handler off. Idempotent; every wrapper calls it.
    @inline(__always)
    public static func configure() { _ = configured }

    /// Mean of the values (no missing values allowed).
    public static func mean(_ x: UnsafeBufferPointer<Double>) -> Double {
        configure()
        return gsl_stats_mean(x.baseAddress, 1, x.count)
    }

    /// Sample standard deviation (n - 1 denominator, as R's `sd`).
    public static func sd(_ x: UnsafeBufferPointer<Double>, mean: Double) -> Double {
        configure()
        return gsl_stats_sd_m(x.baseAddress, 1, x.count, mean)
    }

    /// Median; sorts `x` in place (R's `median`: mean of the two middle values when even).
    public static func median(_ x: inout [Double]) -> Double {
        configure()
        return x.withUnsafeMutableBufferPointer { buf in
            gsl_sort(buf.baseAddress, 1, buf.count)
            return gsl_stats_median_from_sorted_data(buf.baseAddress, 1, buf.count)
        }
    }

    /// Quantiles of values already sorted ascending (type 7), without copying them.
    public static func quantiles(sorted x: [Double], _ ps: [Double]) -> [Double] {
        configure()
        return x.withUnsafeBufferPointer { buf in ps.map { gsl_stats_quantile_from_sorted_data(buf.baseAddress, 1, buf.count, $0) } }
    }

    /// Quantile `p` of the values, interpolating as R's default (type 7) does.
    public static func quantile(_ x: [Double], _ p: Double) -> Double {
        configure()
        var sorted = x
        return sorted.withUnsafeMutableBufferPointer { buf in
            gsl_sort(buf.baseAddress, 1, buf.count)
            return gsl_stats_quantile_from_sorted_data(buf.baseAddress, 1, buf.count, p)
        }
    }
}
