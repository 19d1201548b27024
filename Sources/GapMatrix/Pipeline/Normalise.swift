/// Brings indicators onto a common scale (COINr's `Normalise` and its `n_*` functions).
///
/// The direction is applied first (x times direction), so that for every method a higher
/// normalised value is better.
public enum Normalise {
    public static func apply(_ data: Dataset, spec: NormaliseSpec, framework: Framework) throws -> Dataset {
        var out = data
        for c in 0..<data.columnCount {
            let code = data.columns[c]
            let node = framework.node(code)
            let direction = node?.direction ?? 1
            let column = try normalise(data.column(c), method: spec.method(for: code),
                                       direction: direction, node: node)
            out.setColumn(c, column)
        }
        return out
    }

    /// Normalises one column; `node` supplies targets and goalposts when the method needs them.
    public static func normalise(_ raw: [Double], method: Normalisation, direction: Double,
                                 node: FrameworkNode? = nil) throws -> [Double] {
        let x = direction == 1 ? raw : raw.map { $0 * direction }
        switch method {
        case let .minMax(l, u):
            let (mn, mx) = range(x)
            return x.map { ($0 - mn) / (mx - mn) * (u - l) + l }
        case let .zScore(m, sd):
            let present = x.filter { !$0.isNaN }
            guard present.count > 1 else { return x.map { _ in .nan } }
            let (mean, s) = present.withUnsafeBufferPointer { buf -> (Double, Double) in
                let mean = GSL.mean(buf)
                return (mean, GSL.sd(buf, mean: mean))
            }
            return x.map { ($0 - mean) / s * sd + m }
        case .rank:
            return Rank.ascendingMin(x)
        case .percentileRank:
            let r = Rank.ascendingMin(x)
            let n = Double(x.filter { !$0.isNaN }.count)
            return r.map { ($0 - 1) / (n - 1) }
        case let .goalposts(scale):
            guard let posts = node?.goalposts else {
                throw GapMatrixError(.badData, field: node?.code,
                                     found: "no goalposts for '\(node?.code ?? "?")'",
                                     expected: "lower and upper bounds in the framework for goalpost normalisation")
            }
            // Posts are on the raw scale; the best one depends on the direction.
            let (worst, best) = direction == 1 ? (posts.lower, posts.upper) : (posts.upper, posts.lower)
            return raw.map { v in
                guard !v.isNaN else { return .nan }
                let y = (v - worst) / (best - worst)
                return min(max(y, 0), 1) * scale
            }
        case let .distanceToTarget(cap):
            guard let target = node?.target else {
                throw GapMatrixError(.badData, field: node?.code,
                                     found: "no target for '\(node?.code ?? "?")'",
                                     expected: "a target in the framework for distance-to-target normalisation")
            }
            let t = target * direction
            let (mn, _) = range(x)
            return x.map { v in
                let y = 1 - (t - v) / (t - mn)
                return cap && y > 1 ? 1 : y
            }
        case .distanceToMax:
            let (mn, mx) = range(x)
            return x.map { 1 - (mx - $0) / (mx - mn) }
        case .fractionOfMax:
            let (_, mx) = range(x)
            return x.map { $0 / mx }
        case .none:
            return x
        case .bounds:
            guard let node, let b = Bounds.resolve(node.rating, values: raw, direction: direction) else {
                throw GapMatrixError(.badData, field: node?.code,
                                     found: "no optimum (or a lower bound equal to it) for '\(node?.code ?? "?")'",
                                     expected: "an optimum in the framework for bounds normalisation")
            }
            return raw.map { Bounds.score($0, optimum: b.optimum, lowerBound: b.lowerBound) }
        }
    }

    /// Minimum and maximum of the present values (NaN, NaN when there are none).
    static func range(_ x: [Double]) -> (Double, Double) {
        var mn = Double.infinity, mx = -Double.infinity
        for v in x where !v.isNaN {
            if v < mn { mn = v }
            if v > mx { mx = v }
        }
        return mn <= mx ? (mn, mx) : (.nan, .nan)
    }
}
