import Foundation

/// Weighted aggregation up the framework (COINr's `Aggregate` with `a_amean`, `a_gmean`,
/// `a_hmean` and a generalised mean).
///
/// The framework's shape is compiled once into an `Aggregate.Plan`; running a plan is a loop
/// over contiguous columns, which is what makes thousands of regenerations cheap.
package enum Aggregate {
    /// The framework compiled to column indices: indicators first, then aggregates by level.
    package struct Plan: Sendable {
        package struct Step: Sendable {
            package let code: String
            package let level: Int
            package let target: Int
            package let children: [Int]
        }
        package let columns: [String]
        package let indicatorCount: Int
        package let steps: [Step]
        /// Column index of the framework's root (the index).
        package let rootColumn: Int
        /// For each step, the framework node index of each child (to read weight vectors).
        package let childNodes: [[Int]]
        /// For each column, the step that aggregates it (nil for the root).
        package let parentStep: [Int?]

        package init(framework: Framework) {
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
            var parents = [Int?](repeating: nil, count: columns.count)
            for (s, step) in steps.enumerated() { for c in step.children { parents[c] = s } }
            parentStep = parents
        }

        /// Child weights for every step, in the plan's order.
        package func childWeights(_ weights: [String: Double]) -> [[Double]] {
            steps.map { step in step.children.map { weights[columns[$0]] ?? 1 } }
        }

        /// Child weights for every step from a weight vector in framework node order.
        package func childWeights(nodes weights: [Double]) -> [[Double]] {
            childNodes.map { $0.map { weights[$0] } }
        }
    }

    /// Aggregates a normalised indicator dataset; returns indicators plus every aggregate.
    package static func apply(_ normalised: Dataset, plan: Plan, weights: [String: Double],
                             spec: AggregateSpec) throws -> Dataset {
        let n = normalised.unitCount
        var aggregates = Array(repeating: Double.nan, count: plan.steps.count * n)
        try normalised.values.withUnsafeBufferPointer { ind in
            try run(indicators: ind, aggregates: &aggregates, units: n, plan: plan,
                    childWeights: plan.childWeights(weights), spec: spec, unitNames: normalised.units)
        }
        return Dataset(units: normalised.units, columns: plan.columns, values: normalised.values + aggregates)
    }

    static func nonPositive(_ x: Double, unit: String, child: String, step: Plan.Step,
                                    method: String) -> GapMatrixError {
        GapMatrixError(.badData, field: child,
                       found: "value \(x) of '\(child)' for unit \(unit) while aggregating '\(step.code)' with the \(method)",
                       expected: "values above zero; normalise onto a positive range such as min-max [1, 100] first")
    }
}
