/// Ranks (1 = highest, ties share their lowest rank, missing stays missing) for many score
/// vectors over the same units, as uncertainty analysis produces them; the same ranks as
/// `Rank.descendingMin`, computed without allocating.
///
/// Units are first spread over about two buckets each by where their score falls between the
/// highest and the lowest (a counting sort: no comparisons, no branches to mispredict), which
/// leaves them in order but for neighbours sharing a bucket; an insertion pass on the exact
/// scores then puts those right. Ranks are read off in one scan: equal scores are neighbours.
/// Scores with an infinite spread fall back to a comparison sort.
package final class RankSeries {
    private let units: Int
    private let order: UnsafeMutablePointer<Int>
    private let sorted: UnsafeMutablePointer<Int>
    private let bucket: UnsafeMutablePointer<Int>
    private let counts: UnsafeMutablePointer<Int>
    private let buckets: Int

    package init(units: Int) {
        self.units = units
        buckets = max(1, 2 * units)
        order = .allocate(capacity: max(1, units))
        sorted = .allocate(capacity: max(1, units))
        bucket = .allocate(capacity: max(1, units))
        counts = .allocate(capacity: buckets + 1)
    }

    deinit {
        order.deallocate()
        sorted.deallocate()
        bucket.deallocate()
        counts.deallocate()
    }

    /// Writes the rank of each unit of `scores` into `ranks` (0 for a missing score).
    package func rank(_ scores: UnsafeBufferPointer<Double>, into ranks: UnsafeMutableBufferPointer<Int>) {
        let n = units
        precondition(scores.count == n && ranks.count == n, "one score and one rank per unit")
        var m = 0
        var lo = Double.infinity, hi = -Double.infinity
        for u in 0..<n {
            let s = scores[u]
            if s != s {
                ranks[u] = 0
                continue
            }
            order[m] = u
            m += 1
            lo = s < lo ? s : lo
            hi = s > hi ? s : hi
        }
        guard m > 0 else { return }
        let spread = hi - lo
        if spread.isFinite && spread > 0 {
            // (hi - s) * scale never decreases as s decreases, so buckets keep the order.
            let scale = Double(buckets - 1) / spread
            for b in 0...buckets { counts[b] = 0 }
            for i in 0..<m {
                let b = min(buckets - 1, Int((hi - scores[order[i]]) * scale))
                bucket[i] = b
                counts[b + 1] += 1
            }
            for b in 0..<buckets { counts[b + 1] += counts[b] }
            for i in 0..<m {
                let b = bucket[i]
                sorted[counts[b]] = order[i]
                counts[b] += 1
            }
        } else if spread == 0 {
            for i in 0..<m { sorted[i] = order[i] }
        } else {
            var rest = UnsafeMutableBufferPointer(start: order, count: m)
            rest.sort { scores[$0] > scores[$1] }
            for i in 0..<m { sorted[i] = order[i] }
        }
        // Highest first; only units that shared a bucket can be out of order.
        for i in 1..<max(1, m) where scores[sorted[i]] > scores[sorted[i - 1]] {
            let u = sorted[i], s = scores[u]
            var j = i
            while j > 0 && scores[sorted[j - 1]] < s {
                sorted[j] = sorted[j - 1]
                j -= 1
            }
            sorted[j] = u
        }
        var start = 0
        for i in 0..<m {
            if scores[sorted[i]] != scores[sorted[start]] { start = i }
            ranks[sorted[i]] = start + 1
        }
    }
}
