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
        // Sort (value, position) pairs, then give each block of tied values its first rank.
        // Sorting pairs by a plain key is several times faster than sorting positions with a
        // closure that indexes back into `x`.
        var pairs: [(value: Double, at: Int)] = []
        pairs.reserveCapacity(x.count)
        for (i, v) in x.enumerated() where !v.isNaN { pairs.append((descending ? -v : v, i)) }
        pairs.sort { $0.value < $1.value }
        var out = Array(repeating: Double.nan, count: x.count)
        var i = 0
        while i < pairs.count {
            var j = i
            while j + 1 < pairs.count && pairs[j + 1].value == pairs[i].value { j += 1 }
            for k in i...j { out[pairs[k].at] = Double(i + 1) }
            i = j + 1
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
