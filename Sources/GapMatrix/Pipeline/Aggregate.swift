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
        }

        /// Child weights for every step, in the plan's order.
        public func childWeights(_ weights: [String: Double]) -> [[Double]] {
            steps.map { step in step.children.map { weights[columns[$0]] ?? 1 } }
        }
    }

    /// Aggregates a normalised indicator dataset; returns indicators plus every aggregate.
    public static func apply(_ normalised: Dataset, plan: Plan, weights: [String: Double],
                             spec: AggregateSpec) throws -> Dataset {
        let n = normalised.unitCount
        var buffer = normalised.values
        buffer.append(contentsOf: repeatElement(Double.nan, count: plan.steps.count * n))
        try run(&buffer, units: n, plan: plan, childWeights: plan.childWeights(weights), spec: spec,
                unitNames: normalised.units)
        return Dataset(units: normalised.units, columns: plan.columns, values: buffer)
    }

    /// Fills the aggregate columns of `buffer` (column-major, `units` rows, the plan's columns).
    public static func run(_ buffer: inout [Double], units n: Int, plan: Plan, childWeights: [[Double]],
                           spec: AggregateSpec, unitNames: [String]) throws {
        try buffer.withUnsafeMutableBufferPointer { buf in
            for (s, step) in plan.steps.enumerated() {
                let method = spec.method(forLevel: step.level)
                let w = childWeights[s]
                let k = step.children.count
                for u in 0..<n {
                    var present = 0
                    var sw = 0.0
                    for j in 0..<k where !buf[step.children[j] * n + u].isNaN {
                        present += 1
                        sw += w[j]
                    }
                    let out = step.target * n + u
                    if present == 0 || Double(present) / Double(k) < spec.minShare {
                        buf[out] = .nan
                        continue
                    }
                    var acc = 0.0
                    switch method {
                    case .arithmetic:
                        for j in 0..<k {
                            let x = buf[step.children[j] * n + u]
                            if !x.isNaN { acc += w[j] / sw * x }
                        }
                        buf[out] = acc
                    case .geometric:
                        for j in 0..<k {
                            let x = buf[step.children[j] * n + u]
                            if x.isNaN { continue }
                            if x <= 0 { throw nonPositive(x, unit: unitNames[u], child: plan.columns[step.children[j]], step: step, method: "geometric mean") }
                            acc += w[j] * Foundation.log(x)
                        }
                        buf[out] = Foundation.exp(acc / sw)
                    case .harmonic:
                        for j in 0..<k {
                            let x = buf[step.children[j] * n + u]
                            if x.isNaN { continue }
                            if x <= 0 { throw nonPositive(x, unit: unitNames[u], child: plan.columns[step.children[j]], step: step, method: "harmonic mean") }
                            acc += w[j] / x
                        }
                        buf[out] = sw / acc
                    case let .generalised(p):
                        for j in 0..<k {
                            let x = buf[step.children[j] * n + u]
                            if x.isNaN { continue }
                            if x <= 0 { throw nonPositive(x, unit: unitNames[u], child: plan.columns[step.children[j]], step: step, method: "generalised mean") }
                            acc += w[j] * (p == 0 ? Foundation.log(x) : Foundation.pow(x, p))
                        }
                        buf[out] = p == 0 ? Foundation.exp(acc / sw) : Foundation.pow(acc / sw, 1 / p)
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
