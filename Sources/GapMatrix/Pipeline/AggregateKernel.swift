import Foundation

extension Aggregate {
    /// What is known of an indicator column before aggregation, worked out once per buffer.
    package struct ColumnFacts: Sendable, Equatable {
        /// No value is missing.
        package var complete: Bool
        /// Every value present is above zero (a geometric mean may take its logarithm).
        package var positive: Bool

        package init(_ x: UnsafePointer<Double>, count n: Int) {
            var missing = 0, nonPositive = 0
            for u in 0..<n {
                missing &+= x[u] == x[u] ? 0 : 1
                nonPositive &+= x[u] <= 0 ? 1 : 0
            }
            complete = missing == 0
            positive = nonPositive == 0
        }
    }

    /// Scratch buffers for `run`, kept by a caller that runs the same plan many times so that
    /// no replication allocates.
    package final class Workspace {
        let units: Int, steps: Int
        let sw, acc, logTemp, stepLogs: UnsafeMutablePointer<Double>
        let present: UnsafeMutablePointer<Int>

        package init(units n: Int, steps: Int) {
            units = n
            self.steps = steps
            sw = .allocate(capacity: max(1, n))
            acc = .allocate(capacity: max(1, n))
            logTemp = .allocate(capacity: max(1, n))
            stepLogs = .allocate(capacity: max(1, n * steps))
            present = .allocate(capacity: max(1, n))
        }

        deinit {
            sw.deallocate()
            acc.deallocate()
            logTemp.deallocate()
            stepLogs.deallocate()
            present.deallocate()
        }
    }

    /// Fills `aggregates` (column-major, one column per plan step) from the indicator block.
    ///
    /// Works a column at a time over all units, so the inner loops run over contiguous memory.
    /// Weights are re-normalised over the children present for each unit, and the weighted sum
    /// is taken in COINr's order (w / sum(w), then sum of w x).
    ///
    /// Speed matters here: uncertainty analysis calls this once per replication.
    /// - When every child column is complete (known from `indicatorFacts` or from how a child
    ///   aggregate was computed), no per-unit weight sums or masks are needed; columns known
    ///   to be positive skip the geometric mean's check.
    /// - `indicatorLogs`, when given, holds log(x) of the indicator block (NaN where x <= 0), so
    ///   geometric means do not recompute logarithms; a geometric aggregate keeps its log-mean,
    ///   which a geometric parent uses directly instead of log(exp(.)).
    /// - With `onlyColumn`, a geometric aggregate whose parent is also geometric is left in log
    ///   form (its column is not filled): only `onlyColumn` and what it needs are computed.
    package static func run(indicators: UnsafeBufferPointer<Double>, aggregates: inout [Double], units n: Int, plan: Plan,
                           childWeights: [[Double]], spec: AggregateSpec, unitNames: [String],
                           indicatorLogs: UnsafeBufferPointer<Double>? = nil, indicatorFacts: [ColumnFacts]? = nil,
                           onlyColumn: Int? = nil, workspace: Workspace? = nil,
                           cache: (StepCache, data: Int)? = nil) throws {
        let ni = plan.indicatorCount, ns = plan.steps.count
        // Raw buffers: Swift arrays captured by the closure below would be boxed and bounds-checked
        // on every access, which keeps the inner loops from vectorising.
        let ws = workspace.flatMap { $0.units == n && $0.steps == ns ? $0 : nil } ?? Workspace(units: n, steps: ns)
        let sw = ws.sw, acc = ws.acc, logTemp = ws.logTemp, present = ws.present, stepLogs = ws.stepLogs
        let ind = indicators.baseAddress!
        let methods = plan.steps.map { spec.method(forLevel: $0.level) }
        let facts = indicatorFacts ?? (0..<ni).map { ColumnFacts(ind + $0 * n, count: n) }
        var complete = [Bool](repeating: false, count: ni + ns)
        for c in 0..<ni { complete[c] = facts[c].complete }
        var logged = [Bool](repeating: false, count: ns)
        let reusable = cache.map { $0.0.unchanged(childWeights, plan: plan) } ?? []
        let methodsNumber = cache.map { $0.0.methodsNumber(methods, minShare: spec.minShare) } ?? 0
        /// A geometric step feeding a geometric parent is needed only as logs, unless it is the output.
        func needsValues(_ s: Int) -> Bool {
            let target = plan.steps[s].target
            let parentGeometric = plan.parentStep[target].map { methods[$0] == .geometric } ?? false
            return onlyColumn == nil || target == onlyColumn || !parentGeometric
        }
        try aggregates.withUnsafeMutableBufferPointer { aggBuffer in
            let agg = aggBuffer.baseAddress!
            func column(_ c: Int) -> UnsafePointer<Double> {
                c < ni ? ind + c * n : UnsafePointer(agg + (c - ni) * n)
            }
            for (s, step) in plan.steps.enumerated() {
                let method = methods[s]
                let w = childWeights[s]
                let k = step.children.count
                let out = agg + s * n
                let key = cache.flatMap { reusable[s] ? StepCache.Key(data: $0.data, step: s, methods: methodsNumber) : nil }
                if let key, let (c, _) = cache {
                    if let hit = c.entry(key) {
                        if let logs = hit.logs {
                            logs.withUnsafeBufferPointer { (stepLogs + s * n).update(from: $0.baseAddress!, count: n) }
                            logged[s] = true
                        }
                        if let values = hit.values {
                            values.withUnsafeBufferPointer { out.update(from: $0.baseAddress!, count: n) }
                        } else if needsValues(s) {
                            // Exactly what the geometric path below does with the log-means.
                            let lg = stepLogs + s * n
                            for u in 0..<n { out[u] = Foundation.exp(lg[u]) }
                        }
                        complete[step.target] = hit.complete
                        continue
                    }
                }
                var filled = true
                defer {
                    if let key, let (c, _) = cache {
                        c.store(key, values: filled ? UnsafePointer(out) : nil, logs: logged[s] ? UnsafePointer(stepLogs + s * n) : nil,
                                complete: complete[step.target], count: n)
                    }
                }
                let total = w.reduce(0, +)
                let fast = k > 0 && step.children.allSatisfy { complete[$0] } && (method == .arithmetic || method == .geometric)
                if fast && method == .arithmetic {
                    // Every unit has every child: w / sum(w) is one number, as COINr computes it.
                    for u in 0..<n { acc[u] = 0 }
                    for j in 0..<k {
                        let x = column(step.children[j]), c = w[j] / total
                        for u in 0..<n { acc[u] += c * x[u] }
                    }
                    for u in 0..<n { out[u] = acc[u] }
                    complete[step.target] = true
                } else if fast {
                    for u in 0..<n { acc[u] = 0 }
                    for j in 0..<k {
                        let child = step.children[j]
                        let logs = try logColumn(child, plan: plan, n: n, indicators: ind, agg: agg, indicatorLogs: indicatorLogs,
                                                 knownPositive: child < ni && facts[child].positive,
                                                 stepLogs: stepLogs, logged: logged, temp: logTemp, step: step, unitNames: unitNames)
                        let wj = w[j]
                        for u in 0..<n { acc[u] += wj * logs[u] }
                    }
                    let lg = stepLogs + s * n
                    for u in 0..<n { lg[u] = acc[u] / total }
                    logged[s] = true
                    if needsValues(s) {
                        for u in 0..<n { out[u] = Foundation.exp(lg[u]) }
                    } else {
                        filled = false
                    }
                    complete[step.target] = true
                } else {
                    try general(step, method: method, weights: w, out: out, n: n, spec: spec, plan: plan, column: column,
                                sw: sw, acc: acc, present: present, unitNames: unitNames,
                                logs: ni > 0 ? indicatorLogs?.baseAddress : nil)
                    complete[step.target] = columnIsComplete(UnsafePointer(out), n)
                }
            }
        }
    }

    /// True when no value of the column is missing; written without early exit so it vectorises.
    static func columnIsComplete(_ x: UnsafePointer<Double>, _ n: Int) -> Bool {
        var missing = 0
        for u in 0..<n { missing &+= x[u] == x[u] ? 0 : 1 }
        return missing == 0
    }

    /// log(x) of a complete child column: cached indicator logs, a geometric child's log-mean,
    /// or computed into `temp`. Throws on the first value at or below zero.
    private static func logColumn(_ child: Int, plan: Plan, n: Int, indicators: UnsafePointer<Double>,
                                  agg: UnsafeMutablePointer<Double>, indicatorLogs: UnsafeBufferPointer<Double>?, knownPositive: Bool,
                                  stepLogs: UnsafeMutablePointer<Double>, logged: [Bool], temp: UnsafeMutablePointer<Double>,
                                  step: Plan.Step, unitNames: [String]) throws -> UnsafePointer<Double> {
        let ni = plan.indicatorCount
        if child >= ni && logged[child - ni] { return UnsafePointer(stepLogs + (child - ni) * n) }
        let x = child < ni ? indicators + child * n : UnsafePointer(agg + (child - ni) * n)
        if !knownPositive, let u = (0..<n).first(where: { !(x[$0] > 0) }) {
            throw nonPositive(x[u], unit: unitNames[u], child: plan.columns[child], step: step, method: "geometric mean")
        }
        if child < ni, let logs = indicatorLogs?.baseAddress { return logs + child * n }
        for u in 0..<n { temp[u] = Foundation.log(x[u]) }
        return UnsafePointer(temp)
    }

    /// The general case: missing values (weights re-normalised per unit, a minimum share of
    /// children present) and every aggregation method.
    private static func general(_ step: Plan.Step, method: Aggregation, weights w: [Double], out: UnsafeMutablePointer<Double>,
                                n: Int, spec: AggregateSpec, plan: Plan, column: (Int) -> UnsafePointer<Double>,
                                sw: UnsafeMutablePointer<Double>, acc: UnsafeMutablePointer<Double>,
                                present: UnsafeMutablePointer<Int>, unitNames: [String],
                                logs indicatorLogs: UnsafePointer<Double>?) throws {
        let k = step.children.count
        let ni = plan.indicatorCount
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
        for j in 0..<k {
            let child = step.children[j]
            let x = column(child)
            let wj = w[j]
            switch method {
            case .arithmetic:
                for u in 0..<n {
                    let xv = x[u]
                    acc[u] += xv == xv ? wj / sw[u] * xv : 0
                }
            case .geometric:
                for u in 0..<n where !x[u].isNaN && x[u] <= 0 {
                    throw nonPositive(x[u], unit: unitNames[u], child: plan.columns[child], step: step, method: "geometric mean")
                }
                if child < ni, let logs = indicatorLogs.map({ $0 + child * n }) {
                    for u in 0..<n {
                        let l = logs[u]
                        acc[u] += l == l ? wj * l : 0
                    }
                } else {
                    for u in 0..<n where !x[u].isNaN { acc[u] += wj * Foundation.log(x[u]) }
                }
            case .harmonic:
                for u in 0..<n where !x[u].isNaN {
                    if x[u] <= 0 { throw nonPositive(x[u], unit: unitNames[u], child: plan.columns[child], step: step, method: "harmonic mean") }
                    acc[u] += wj / x[u]
                }
            case let .generalised(p):
                for u in 0..<n where !x[u].isNaN {
                    if x[u] <= 0 { throw nonPositive(x[u], unit: unitNames[u], child: plan.columns[child], step: step, method: "generalised mean") }
                    acc[u] += wj * (p == 0 ? Foundation.log(x[u]) : Foundation.pow(x[u], p))
                }
            }
        }
        // The fewest children a unit needs: the same test as present / k < minShare, done once.
        var needed = 1
        while needed <= k && Double(needed) / Double(k) < spec.minShare { needed += 1 }
        switch method {
        case .arithmetic: for u in 0..<n { out[u] = present[u] >= needed ? acc[u] : .nan }
        case .geometric: for u in 0..<n { out[u] = present[u] >= needed ? Foundation.exp(acc[u] / sw[u]) : .nan }
        case .harmonic: for u in 0..<n { out[u] = present[u] >= needed ? sw[u] / acc[u] : .nan }
        case let .generalised(p):
            for u in 0..<n {
                out[u] = present[u] < needed ? .nan : p == 0 ? Foundation.exp(acc[u] / sw[u]) : Foundation.pow(acc[u] / sw[u], 1 / p)
            }
        }
    }
}
