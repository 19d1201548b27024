/// Ranks as R's `rank(ties.method = "min", na.last = "keep")`: tied values share the lowest
/// rank of their block, missing values stay missing.
public enum Rank {
    /// 1 = lowest value.
    public static func ascendingMin(_ x: [Double]) -> [Double] {
        ranks(x, descending: false)
    }

    /// 1 = highest value: the ranking of scores that reports show.
    public static func descendingMin(_ x: [Double]) -> [Double] {
        ranks(x, descending: true)
    }

    private static func ranks(_ x: [Double], descending: Bool) -> [Double] {
        // Sort the values alone, then each value's rank is 1 + the number of values before it:
        // a lower-bound search in the sorted list, which gives tied values their lowest rank.
        // Sorting plain numbers is several times faster than sorting (value, position) pairs.
        var keys: [Double] = []
        keys.reserveCapacity(x.count)
        for v in x where !v.isNaN { keys.append(descending ? -v : v) }
        keys.sort()
        var out = [Double](repeating: .nan, count: x.count)
        keys.withUnsafeBufferPointer { k in
            for (i, v) in x.enumerated() where !v.isNaN {
                // Branch-free lower bound: the halving steps compile to conditional moves.
                let key = descending ? -v : v
                var base = 0, len = k.count
                while len > 1 {
                    let half = len >> 1
                    base = k[base + half - 1] < key ? base + half : base
                    len -= half
                }
                out[i] = Double(base + (k[base] < key ? 1 : 0) + 1)
            }
        }
        return out
    }

    /// Ranks every column of a dataset (1 = highest).
    public static func columns(_ data: Dataset) -> Dataset {
        var out = data
        for c in 0..<data.columnCount { out.setColumn(c, descendingMin(data.column(c))) }
        return out
    }
}
