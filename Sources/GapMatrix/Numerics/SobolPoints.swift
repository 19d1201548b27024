import CGSL

/// GSL's Sobol quasi-random sequence in [0, 1)^d.
///
/// GSL supports at most 40 dimensions and does not say so when asked for more: the check is
/// ours, before allocation.
package final class SobolPoints {
    package static let maxDimensions = 40
    private let qrng: UnsafeMutablePointer<gsl_qrng>
    package let dimensions: Int

    package init(dimensions: Int) throws {
        GSL.configure()
        guard (1...Self.maxDimensions).contains(dimensions) else {
            throw GapMatrixError(.usage, found: "\(dimensions) dimensions for Sobol points",
                                 expected: "at most \(Self.maxDimensions) (GSL's limit): at most \(Self.maxDimensions / 2) uncertain inputs")
        }
        guard let q = gsl_qrng_alloc(gapmatrix_qrng_sobol(), UInt32(dimensions)) else {
            throw GapMatrixError(.badData, found: "GSL could not create a Sobol generator of \(dimensions) dimensions")
        }
        qrng = q
        self.dimensions = dimensions
    }

    deinit { gsl_qrng_free(qrng) }

    /// The next point of the sequence.
    package func next() throws -> [Double] {
        var x = Array(repeating: 0.0, count: dimensions)
        let status = x.withUnsafeMutableBufferPointer { gsl_qrng_get(qrng, $0.baseAddress) }
        guard status == GSL_SUCCESS else {
            throw GapMatrixError(.badData, found: "GSL's Sobol generator failed (status \(status))")
        }
        return x
    }
}
