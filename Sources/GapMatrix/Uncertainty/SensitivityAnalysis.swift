/// Variance-based sensitivity analysis of the ranking (docs/METHODS.md section 9): N (d + 2)
/// regenerations on matrices A, B and A_B^(i), with output y = mean absolute rank change
/// against the nominal ranking.
public enum SensitivityAnalysis {
    public struct Result: Sendable {
        public var parameters: [String]
        public var n: Int
        public var indices: [SobolIndices.Index]
        /// y for A, B and each A_B^(i).
        public var yA: [Double]
        public var yB: [Double]
        public var yAB: [[Double]]
        public var runs: Int { n * (parameters.count + 2) }
    }

    public static func run(_ inputs: StudyInputs, recipe: Recipe, spec: UncertaintySpec, n: Int, seed: UInt64,
                           sobolPoints: Bool, bootstrap: Int = 1000, progress: ((Int) -> Void)? = nil) throws -> Result {
        guard n >= 2 else { throw GapMatrixError(.usage, found: "N = \(n)", expected: "at least 2 rows in the design") }
        if spec.weights != nil && spec.weights?.sets == nil {
            throw GapMatrixError(.usage, field: "uncertainty.inputs", found: "weights without sets",
                                 expected: "sets: N on the weights input, so that the weight set is one discrete input")
        }
        let parameters = spec.declared
        let d = parameters.count
        let sobol = sobolPoints ? try SobolPoints(dimensions: 2 * d) : nil
        var a: [[Double]] = [], b: [[Double]] = []
        for k in 1...n {
            let u: [Double]
            if let sobol {
                u = try sobol.next()
            } else {
                let rng = RandomStream(seed: seed, stream: UInt64(k))
                u = (0..<(2 * d)).map { _ in rng.uniform() }
            }
            a.append(Array(u[0..<d]))
            b.append(Array(u[d..<(2 * d)]))
        }
        let sets = try UncertaintyAnalysis.predrawnWeightSets(inputs, recipe: recipe, spec: spec, seed: seed)
        var replayer = try Replayer(inputs: inputs, recipe: recipe, nodeWeightSets: sets, target: spec.target,
                                    continuous: spec.continuous)
        let nominal = try Regenerate.run(inputs, recipe: recipe)
        let target = spec.target ?? inputs.framework.root
        let nominalRanks = Rank.descendingMin(nominal.aggregated.column(nominal.aggregated.columnIndex(target)!))

        let draws = spec.draws(inputs.framework)
        func row(_ u: [Double], _ id: String) -> DesignRow {
            var j = 0
            func next() -> Double {
                j += 1
                return u[j - 1]
            }
            // Weights without pre-drawn sets were refused above, so no fresh set is ever drawn here.
            return UncertaintySpec.row(id: id, draws: draws, next: next, freshWeights: { preconditionFailure("weights without sets") })
        }
        var done = 0
        func y(_ u: [Double]) throws -> Double {
            done += 1
            if let progress, done % 64 == 0 { progress(done) }
            let ranks = Rank.descendingMin(try replayer.scores(row(u, "sa")))
            var sum = 0.0, count = 0
            for (r, r0) in zip(ranks, nominalRanks) where !r.isNaN && !r0.isNaN {
                sum += abs(r - r0)
                count += 1
            }
            return count == 0 ? .nan : sum / Double(count)
        }
        let yA = try a.map(y), yB = try b.map(y)
        var yAB: [[Double]] = []
        for i in 0..<d {
            yAB.append(try (0..<n).map { k in
                var u = a[k]
                u[i] = b[k][i]
                return try y(u)
            })
        }
        let indices = SobolIndices.estimate(yA: yA, yB: yB, yAB: yAB, bootstrap: bootstrap,
                                            rng: RandomStream(seed: seed, stream: UInt64(1) << 41))
        return Result(parameters: parameters, n: n, indices: indices, yA: yA, yB: yB, yAB: yAB)
    }
}
