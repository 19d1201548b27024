import Foundation

/// Weighted aggregation up the framework (COINr's `Aggregate` with `a_amean`, `a_gmean`,
/// `a_hmean` and a generalised mean).
///
/// The framework's shape is compiled once into an `Aggregate.Plan`; running a plan is a loop
/// over contiguous columns, which is what makes thousands of regenerations cheap.
public enum Aggregate {
    /// The framework compiled to column indices: indicators first, then aggregates by level.
    public struct Plan: Sendable {
        public struct Step: Sendable {
            public let code: String
            public let level: Int
            public let target: Int
            public let children: [Int]
        }
        public let columns: [String]
        public let indicatorCount: Int
        public let steps: [Step]
        /// Column index of the framework's root (the index).
        public let rootColumn: Int
        /// For each step, the framework node index of each child (to read weight vectors).
        public let childNodes: [[Int]]

        public init(framework: Framework) {
            let columns = framework.indicators + framework.aggregates
            var position: [String: Int] = [:]
            for (i, c) in columns.enumerated() { position[c] = i }
            steps = framework.aggregates.map { code in
                let node = framework.node(code)!
                return Step(code: code, level: node.level, target: position[code]!,
                            children: framework.children(of: code).map { position[$0.code]! })
            }
            self.columns = columns
            indicatorCount = framework.indicators.count
            rootColumn = position[framework.root]!
            childNodes = framework.aggregates.map { framework.children(of: $0).map { framework.nodeIndex($0.code)! } }
        }

        /// Child weights for every step, in the plan's order.
        public func childWeights(_ weights: [String: Double]) -> [[Double]] {
            steps.map { step in step.children.map { weights[columns[$0]] ?? 1 } }
        }

        /// Child weights for every step from a weight vector in framework node order.
        public func childWeights(nodes weights: [Double]) -> [[Double]] {
            childNodes.map { $0.map { weights[$0] } }
        }
    }

    /// Aggregates a normalised indicator dataset; returns indicators plus every aggregate.
    public static func apply(_ normalised: Dataset, plan: Plan, weights: [String: Double],
                             spec: AggregateSpec) throws -> Dataset {
        let n = normalised.unitCount
        var aggregates = Array(repeating: Double.nan, count: plan.steps.count * n)
        try normalised.values.withUnsafeBufferPointer { ind in
            try run(indicators: ind, aggregates: &aggregates, units: n, plan: plan,
                    childWeights: plan.childWeights(weights), spec: spec, unitNames: normalised.units)
        }
        return Dataset(units: normalised.units, columns: plan.columns, values: normalised.values + aggregates)
    }

    /// Fills `aggregates` (column-major, one column per plan step) from the indicator block.
    ///
    /// Works a column at a time over all units, so the inner loops run over contiguous memory.
    /// Weights are re-normalised over the children present for each unit, and the weighted sum
    /// is taken in COINr's order (w / sum(w), then sum of w x). `indicatorLogs`, when given,
    /// holds log(x) of the indicator block so the geometric mean does not recompute them.
    public static func run(indicators: UnsafeBufferPointer<Double>, aggregates: inout [Double], units n: Int, plan: Plan,
                           childWeights: [[Double]], spec: AggregateSpec, unitNames: [String],
                           indicatorLogs: UnsafeBufferPointer<Double>? = nil) throws {
        let ni = plan.indicatorCount
        // Raw buffers: Swift arrays captured by the closure below would be boxed and bounds-checked
        // on every access, which keeps the inner loops from vectorising.
        let sw = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let acc = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let present = UnsafeMutablePointer<Int>.allocate(capacity: n)
        defer {
            sw.deallocate()
            acc.deallocate()
            present.deallocate()
        }
        let ind = indicators.baseAddress!
        try aggregates.withUnsafeMutableBufferPointer { aggBuffer in
            let agg = aggBuffer.baseAddress!
            func column(_ c: Int) -> UnsafePointer<Double> {
                c < ni ? ind + c * n : UnsafePointer(agg + (c - ni) * n)
            }
            for (s, step) in plan.steps.enumerated() {
                let method = spec.method(forLevel: step.level)
                let w = childWeights[s]
                let k = step.children.count
                for u in 0..<n { sw[u] = 0; present[u] = 0; acc[u] = 0 }
                // Selects rather than branches, so the loops vectorise; NaN != NaN marks a missing value.
                for j in 0..<k {
                    let x = column(step.children[j])
                    let wj = w[j]
                    for u in 0..<n {
                        let ok = x[u] == x[u]
                        sw[u] += ok ? wj : 0
                        present[u] &+= ok ? 1 : 0
                    }
                }
                var complete = true
                for u in 0..<n where present[u] != k { complete = false; break }
                let total = w.reduce(0, +)
                for j in 0..<k {
                    let child = step.children[j]
                    let x = column(child)
                    switch method {
                    case .arithmetic:
                        let wj = w[j]
                        if complete {
                            // Every unit has every child: w / sum(w) is one number, as COINr computes it.
                            let c = wj / total
                            for u in 0..<n { acc[u] += c * x[u] }
                        } else {
                            for u in 0..<n {
                                let xv = x[u]
                                acc[u] += xv == xv ? wj / sw[u] * xv : 0
                            }
                        }
                    case .geometric:
                        for u in 0..<n where !x[u].isNaN && x[u] <= 0 {
                            throw nonPositive(x[u], unit: unitNames[u], child: plan.columns[child], step: step, method: "geometric mean")
                        }
                        if child < ni, let logs = indicatorLogs?.baseAddress.map({ $0 + child * n }) {
                            let wj = w[j]
                            for u in 0..<n {
                                let l = logs[u]
                                acc[u] += l == l ? wj * l : 0
                            }
                        } else {
                            for u in 0..<n where !x[u].isNaN { acc[u] += w[j] * Foundation.log(x[u]) }
                        }
                    case .harmonic:
                        for u in 0..<n where !x[u].isNaN {
                            if x[u] <= 0 { throw nonPositive(x[u], unit: unitNames[u], child: plan.columns[child], step: step, method: "harmonic mean") }
                            acc[u] += w[j] / x[u]
                        }
                    case let .generalised(p):
                        for u in 0..<n where !x[u].isNaN {
                            if x[u] <= 0 { throw nonPositive(x[u], unit: unitNames[u], child: plan.columns[child], step: step, method: "generalised mean") }
                            acc[u] += w[j] * (p == 0 ? Foundation.log(x[u]) : Foundation.pow(x[u], p))
                        }
                    }
                }
                let out = agg + s * n
                for u in 0..<n {
                    if present[u] == 0 || Double(present[u]) / Double(k) < spec.minShare {
                        out[u] = .nan
                        continue
                    }
                    switch method {
                    case .arithmetic: out[u] = acc[u]
                    case .geometric: out[u] = Foundation.exp(acc[u] / sw[u])
                    case .harmonic: out[u] = sw[u] / acc[u]
                    case let .generalised(p): out[u] = p == 0 ? Foundation.exp(acc[u] / sw[u]) : Foundation.pow(acc[u] / sw[u], 1 / p)
                    }
                }
            }
        }
    }

    private static func nonPositive(_ x: Double, unit: String, child: String, step: Plan.Step,
                                    method: String) -> GapMatrixError {
        GapMatrixError(.badData, field: child,
                       found: "value \(x) of '\(child)' for unit \(unit) while aggregating '\(step.code)' with the \(method)",
                       expected: "values above zero; normalise onto a positive range such as min-max [1, 100] first")
    }
}
