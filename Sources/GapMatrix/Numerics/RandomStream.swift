import CGSL

/// A seeded Mersenne Twister (GSL's mt19937) that owns its generator.
///
/// Each replication of an uncertainty analysis gets its own stream, seeded from the run's seed
/// and the replication number, so replication r draws the same values whether it runs alone,
/// in a shard, or in the whole run.
package final class RandomStream {
    private let rng: UnsafeMutablePointer<gsl_rng>

    package init(seed: UInt64, stream: UInt64 = 0) {
        GSL.configure()
        guard let r = gsl_rng_alloc(gapmatrix_rng_mt19937()) else {
            // Allocation of a few kilobytes failing means the process is out of memory.
            fatalError("GSL could not allocate a random number generator")
        }
        rng = r
        gsl_rng_set(rng, UInt(truncatingIfNeeded: Self.mix(seed, stream)))
    }

    deinit { gsl_rng_free(rng) }

    /// Restarts the stream as `RandomStream(seed:stream:)` would, without a new allocation.
    package func reseed(seed: UInt64, stream: UInt64) {
        gsl_rng_set(rng, UInt(truncatingIfNeeded: Self.mix(seed, stream)))
    }

    /// Uniform on [0, 1).
    package func uniform() -> Double { gsl_rng_uniform(rng) }

    /// Uniform on [a, b).
    package func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * uniform() }

    /// A uniformly chosen index in 0..<n.
    package func index(_ n: Int) -> Int { Int(gsl_rng_uniform_int(rng, UInt(n))) }

    /// SplitMix64 finaliser: well-spread, distinct seeds for neighbouring (seed, stream) pairs.
    static func mix(_ seed: UInt64, _ stream: UInt64) -> UInt64 {
        var z = seed &+ 0x9E37_79B9_7F4A_7C15 &* (stream &+ 1)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z = z ^ (z >> 31)
        return z == 0 ? 1 : z
    }
}
