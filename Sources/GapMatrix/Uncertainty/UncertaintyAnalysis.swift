/// Uncertainty analysis (docs/METHODS.md section 9): N seeded replications of a study with its
/// uncertain inputs drawn at random, and rank statistics per unit.
public enum UncertaintyAnalysis {
    /// The replications of one run or shard: parameters, weight sets and target scores.
    public struct Result: Sendable, Equatable {
        public var units: [String]
        public var nominal: [Double]
        public var rows: [DesignRow]
        /// Target scores per replication, aligned with `rows`.
        public var scores: [[Double]]
        /// Weight sets as vectors in framework node order.
        public var weightSets: [Int: [Double]]

        public init(units: [String], nominal: [Double], rows: [DesignRow], scores: [[Double]], weightSets: [Int: [Double]]) {
            self.units = units
            self.nominal = nominal
            self.rows = rows
            self.scores = scores
            self.weightSets = weightSets
        }
    }

    /// The replications numbered `range` (1-based) of an N-replication run.
    /// `progress` hears the number of replications done, every 64 of them.
    public static func run(_ inputs: StudyInputs, recipe: Recipe, spec: UncertaintySpec, seed: UInt64,
                           replications range: ClosedRange<Int>, progress: ((Int) -> Void)? = nil) throws -> Result {
        let (rows, sets) = try design(inputs, recipe: recipe, spec: spec, seed: seed, replications: range)
        var replayer = try Replayer(inputs: inputs, recipe: recipe, nodeWeightSets: sets, target: spec.target,
                                    continuous: spec.continuous)
        let nominal = try Regenerate.run(inputs, recipe: recipe)
        let target = spec.target ?? inputs.framework.root
        let column = nominal.aggregated.column(nominal.aggregated.columnIndex(target)!)
        var scores: [[Double]] = []
        scores.reserveCapacity(rows.count)
        for row in rows {
            scores.append(try replayer.scores(row))
            if let progress, scores.count % 64 == 0 { progress(scores.count) }
        }
        return Result(units: replayer.units, nominal: column, rows: rows, scores: scores, weightSets: sets)
    }

    /// Draws the parameters of replications `range`.
    ///
    /// One mt19937 stream serves the whole run and every replication takes the same number of
    /// draws from it (`drawsPerReplication`), so replication r always uses draws
    /// (r - 1) K + 1 ... r K: a shard skips the draws of the replications before it and then
    /// draws exactly what the whole run draws. (Reseeding a generator per replication would
    /// also do, but setting mt19937's 624-word state costs more than the rest of a replication.)
    public static func design(_ inputs: StudyInputs, recipe: Recipe, spec: UncertaintySpec, seed: UInt64,
                              replications range: ClosedRange<Int>) throws -> ([DesignRow], [Int: [Double]]) {
        let base = try spec.weights == nil ? [] : inputs.framework.weightVector(Weights.nominal(inputs, recipe: recipe))
        var sets = try predrawnWeightSets(inputs, recipe: recipe, spec: spec, seed: seed)
        var rows: [DesignRow] = []
        rows.reserveCapacity(range.count)
        let rng = RandomStream(seed: seed)
        let k = drawsPerReplication(spec, inputs.framework)
        let draws = spec.draws(inputs.framework)
        for _ in 0..<((range.lowerBound - 1) * k) { _ = rng.uniform() }
        for r in range {
            let row = UncertaintySpec.row(id: "r_\(r)", draws: draws, next: { rng.uniform() }, freshWeights: {
                sets[r] = noisy(base, spec.weights!, inputs.framework, rng)
                return r
            })
            rows.append(row)
        }
        return (rows, sets)
    }

    /// Draws one replication takes: one per input, but one per perturbed weight when weights
    /// are drawn afresh.
    static func drawsPerReplication(_ spec: UncertaintySpec, _ f: Framework) -> Int {
        var k = spec.parameterCount
        if let w = spec.weights, w.sets == nil { k += f.nodes.filter { w.levels.contains($0.level) }.count - 1 }
        return k
    }

    /// The `sets` weight sets of the spec, drawn from a stream family apart from the replications'.
    /// Sets perturb the nominal build's weights (PCA loadings for a `pca` recipe).
    public static func predrawnWeightSets(_ inputs: StudyInputs, recipe: Recipe, spec: UncertaintySpec, seed: UInt64) throws -> [Int: [Double]] {
        guard let w = spec.weights, let k = w.sets else { return [:] }
        let base = inputs.framework.weightVector(try Weights.nominal(inputs, recipe: recipe))
        var sets: [Int: [Double]] = [:]
        for s in 1...k { sets[s] = noisy(base, w, inputs.framework, RandomStream(seed: seed, stream: UInt64(1 << 40) + UInt64(s))) }
        return sets
    }

    /// Weights at the noisy levels times (1 + U(-f, f)), in framework order (COINr's
    /// `get_noisy_weights`).
    static func noisy(_ base: [Double], _ w: UncertaintySpec.WeightNoise, _ f: Framework, _ rng: RandomStream) -> [Double] {
        var out = base
        for (i, n) in f.nodes.enumerated() where w.levels.contains(n.level) {
            out[i] = base[i] * (1 + rng.uniform(-w.factor, w.factor))
        }
        return out
    }

    /// Rank statistics of one unit across replications.
    public struct RankStats: Sendable, Equatable {
        public var unit: String
        public var nominalScore: Double
        public var nominalRank: Double
        public var mean: Double
        public var median: Double
        public var q5: Double
        public var q95: Double
    }

    /// The run with every unit outside `units` set to missing, so ranks are taken among those
    /// units only (e.g. the units a report's inclusion rule gives an index score).
    public static func keeping(_ units: Set<String>, of r: Result) -> Result {
        let keep = r.units.map(units.contains)
        func mask(_ row: [Double]) -> [Double] { zip(row, keep).map { $1 ? $0 : .nan } }
        return Result(units: r.units, nominal: mask(r.nominal), rows: r.rows, scores: r.scores.map(mask), weightSets: r.weightSets)
    }

    /// Per unit: nominal score and rank, mean, median, 5th and 95th percentile rank (type-7
    /// quantiles, as R's `quantile`), ordered by nominal rank.
    public static func rankStats(_ r: Result) -> [RankStats] {
        let n = r.units.count
        // Ranks are whole numbers 1...n, so each unit's ranks are kept as counts: quantiles are
        // read off the cumulative counts instead of sorting thousands of values per unit.
        var counts = Array(repeating: 0, count: n * (n + 1))
        var sums = Array(repeating: 0.0, count: n)
        var present = Array(repeating: 0, count: n)
        let series = RankSeries(units: n)
        var rk = [Int](repeating: 0, count: n)
        for s in r.scores {
            s.withUnsafeBufferPointer { scores in rk.withUnsafeMutableBufferPointer { series.rank(scores, into: $0) } }
            for u in 0..<n where rk[u] > 0 {
                counts[u * (n + 1) + rk[u]] += 1
                sums[u] += Double(rk[u])
                present[u] += 1
            }
        }
        let nominalRank = Rank.descendingMin(r.nominal)
        var out: [RankStats] = []
        for u in 0..<n {
            let row = counts[(u * (n + 1))..<((u + 1) * (n + 1))]
            /// The k-th smallest rank (0-based).
            func orderStatistic(_ k: Int) -> Double {
                var seen = 0
                for (rank, c) in zip(0...n, row) {
                    seen += c
                    if seen > k { return Double(rank) }
                }
                return .nan
            }
            /// Type-7 quantile: interpolate between order statistics floor(h) and floor(h) + 1, h = (m - 1) p.
            func quantile(_ p: Double) -> Double {
                let m = present[u]
                guard m > 0 else { return .nan }
                let h = Double(m - 1) * p
                let lo = Int(h.rounded(.down))
                let a = orderStatistic(lo), b = lo + 1 < m ? orderStatistic(lo + 1) : a
                return a + (h - Double(lo)) * (b - a)
            }
            out.append(RankStats(unit: r.units[u], nominalScore: r.nominal[u], nominalRank: nominalRank[u],
                                 mean: present[u] == 0 ? .nan : sums[u] / Double(present[u]),
                                 median: quantile(0.5), q5: quantile(0.05), q95: quantile(0.95)))
        }
        return out.sorted { a, b in
            a.nominalRank != b.nominalRank ? (a.nominalRank.isNaN ? false : b.nominalRank.isNaN ? true : a.nominalRank < b.nominalRank)
                : a.unit < b.unit
        }
    }

    /// Joins shards into the result of the whole run, checking that they fit together.
    public static func merge(_ shards: [Result]) throws -> Result {
        guard let first = shards.first else {
            throw GapMatrixError(.usage, found: "no shards", expected: "the shard outputs of one run")
        }
        var rows: [DesignRow] = [], scores: [[Double]] = [], sets: [Int: [Double]] = [:]
        for s in shards {
            guard s.units == first.units, s.nominal.elementsEqual(first.nominal, by: { $0 == $1 || ($0.isNaN && $1.isNaN) }) else {
                throw GapMatrixError(.badData, found: "shards with different units or nominal scores", expected: "shards of one run")
            }
            rows += s.rows
            scores += s.scores
            for (k, v) in s.weightSets {
                if let prior = sets[k], prior != v {
                    throw GapMatrixError(.badData, found: "weight set \(k) differs between shards", expected: "shards of one run (same seed)")
                }
                sets[k] = v
            }
        }
        let numbers = rows.map { Int($0.id.dropFirst(2)) }
        guard numbers.allSatisfy({ $0 != nil }) else {
            throw GapMatrixError(.badData, found: "replication ids not of the form r_N", expected: "shard outputs of gapmatrix uncertainty")
        }
        let order = numbers.indices.sorted { numbers[$0]! < numbers[$1]! }
        let sorted = order.map { numbers[$0]! }
        guard !sorted.isEmpty, sorted == Array(1...sorted.count) else {
            let missing = Set(1...(sorted.last ?? 1)).subtracting(sorted).sorted().prefix(5).map { "r_\($0)" }
            let dup = Dictionary(grouping: sorted, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted().prefix(5).map { "r_\($0)" }
            throw GapMatrixError(.badData, found: dup.isEmpty ? "missing replications \(missing.joined(separator: ", "))" : "replications \(dup.joined(separator: ", ")) in more than one shard",
                                 expected: "shards that cover r_1 to r_N exactly once")
        }
        return Result(units: first.units, nominal: first.nominal, rows: order.map { rows[$0] }, scores: order.map { scores[$0] }, weightSets: sets)
    }
}
