/// The first-order sensitivity index ("main effect", Karl Pearson's correlation ratio) of a theme on
/// one of its indicators, S = Var(E[y | x]) / Var(y), as Paruolo, Saisana and Saltelli (2013) use it
/// to ask whether an indicator matters to its aggregate as much as its nominal weight says.
///
/// Paruolo et al. smooth E[y | x] with local-linear kernels; here E[y | x] is a least-squares
/// polynomial in x of degree min(3, distinct values of x - 1, n - 2), so S is the R^2 of that
/// fit (METHODS.md section 8.1). A cubic follows the curvature an aggregate picks up from
/// geometric means or capped scores, has no bandwidth to choose, and is deterministic. With at
/// most four distinct x values the polynomial passes through every group mean, so S is then the
/// exact correlation ratio (between-group over total sum of squares); for a yes/no item it is r^2.
public enum MainEffect {
    /// Highest polynomial degree of the smoother.
    public static let degree = 3

    /// S on the pairs where both x and y are present; NaN with fewer than 3 pairs or a constant y,
    /// 0 for a constant x (it cannot explain anything).
    public static func firstOrder(_ x: [Double], _ y: [Double]) -> Double {
        let (a, b) = Audit.pairwise(x, y)
        let n = a.count
        guard n >= 3 else { return .nan }
        let my = b.reduce(0, +) / Double(n)
        let yc = b.map { $0 - my }
        let total = yc.reduce(0) { $0 + $1 * $1 }
        guard total > 0 else { return .nan }
        let distinct = Set(a).count
        let d = min(degree, distinct - 1, n - 2)
        guard d >= 1 else { return 0 }
        // Powers of the standardised x keep the basis well conditioned before orthogonalising.
        let mx = a.reduce(0, +) / Double(n)
        let sx = (a.reduce(0) { $0 + ($1 - mx) * ($1 - mx) } / Double(n)).squareRoot()
        let z = a.map { ($0 - mx) / sx }
        var basis: [[Double]] = [Array(repeating: 1 / Double(n).squareRoot(), count: n)]
        var explained = 0.0
        for p in 1...d {
            var v = z.map { pow($0, p) }
            // Modified Gram-Schmidt, twice, against the constant and the lower powers.
            for _ in 0..<2 {
                for q in basis {
                    let c = dot(v, q)
                    for i in v.indices { v[i] -= c * q[i] }
                }
            }
            let norm = dot(v, v).squareRoot()
            guard norm > 1e-10 * Double(n).squareRoot() else { continue }
            let q = v.map { $0 / norm }
            basis.append(q)
            let c = dot(yc, q)
            explained += c * c
        }
        return min(1, explained / total)
    }

    @inline(__always)
    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var s = 0.0
        for i in a.indices { s += a[i] * b[i] }
        return s
    }

    @inline(__always)
    static func pow(_ x: Double, _ p: Int) -> Double {
        var r = 1.0
        for _ in 0..<p { r *= x }
        return r
    }
}
