extension Aggregate {
    /// Aggregate columns already computed, for a caller that aggregates the same data many
    /// times with some weights unchanged: uncertainty analysis perturbing one level's weights
    /// leaves every aggregate below it as it was.
    ///
    /// Only steps whose whole subtree has the caller's base weights are kept, keyed by the data,
    /// the step and the aggregation methods of the run, so a hit returns the very numbers the
    /// kernel would compute, and a key costs three integers to look up. Memory is capped: past
    /// `capacity` stored numbers, new columns are no longer kept.
    package final class StepCache {
        struct Key: Hashable {
            /// Which indicator data the caller aggregates (e.g. one per normalised buffer).
            let data: Int
            let step: Int
            /// The run's methods per step and minimum share, numbered by `methodsNumber`.
            let methods: Int
        }

        struct Methods: Hashable {
            let methods: [Aggregation]
            let minShare: Double
        }

        struct Entry {
            /// Nil when the kernel left the column in log form (a geometric parent needs only logs).
            let values: [Double]?
            /// Log-means of a geometric step, which a geometric parent reads.
            let logs: [Double]?
            let complete: Bool
        }

        /// The weights the cached subtrees were computed with, per step.
        let base: [[Double]]
        private var methodNumbers: [Methods: Int] = [:]
        private var entries: [Key: Entry] = [:]
        private var stored = 0
        let capacity: Int

        /// `base`: child weights per step that the cache applies to; `capacity` in stored
        /// numbers (8 bytes each), by default at most 64 MB.
        package init(base: [[Double]], capacity: Int = 8_000_000) {
            self.base = base
            self.capacity = capacity
        }

        func methodsNumber(_ methods: [Aggregation], minShare: Double) -> Int {
            let m = Methods(methods: methods, minShare: minShare)
            if let n = methodNumbers[m] { return n }
            methodNumbers[m] = methodNumbers.count
            return methodNumbers.count - 1
        }

        func entry(_ key: Key) -> Entry? { entries[key] }

        func store(_ key: Key, values: UnsafePointer<Double>?, logs: UnsafePointer<Double>?, complete: Bool, count n: Int) {
            let size = n * ((values == nil ? 0 : 1) + (logs == nil ? 0 : 1))
            guard stored + size <= capacity, entries[key] == nil else { return }
            stored += size
            entries[key] = Entry(values: values.map { Array(UnsafeBufferPointer(start: $0, count: n)) },
                                 logs: logs.map { Array(UnsafeBufferPointer(start: $0, count: n)) }, complete: complete)
        }

        /// For each step, whether it and every aggregate below it use the base weights.
        func unchanged(_ weights: [[Double]], plan: Plan) -> [Bool] {
            var out = [Bool](repeating: false, count: plan.steps.count)
            for (s, step) in plan.steps.enumerated() {
                out[s] = weights[s] == base[s]
                    && step.children.allSatisfy { $0 < plan.indicatorCount || out[$0 - plan.indicatorCount] }
            }
            return out
        }
    }
}
