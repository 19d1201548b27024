import Foundation

/// Outlier treatment (COINr's `Treat` with its defaults: `check_SkewKurt`, `winsorise`,
/// then `log_CT` on the untreated values if winsorising did not help).
public enum Treat {
    /// Skewness and kurtosis at one check, and whether the column passed.
    public struct Check: Sendable, Equatable {
        /// nil when the statistics are undefined (fewer than 4 values, or a constant column).
        public var pass: Bool?
        public var skew: Double
        public var kurtosis: Double
    }

    /// What happened to one indicator, in the columns of COINr's `Dets_Table`.
    public struct Detail: Sendable, Equatable {
        public var indicator: String
        public var before: Check
        /// Points winsorised; nil when winsorising was not tried.
        public var winsorised: Int?
        public var afterWinsorising: Check?
        public var logTransformed: Bool
        public var afterLog: Check?
    }

    public struct Point: Sendable, Equatable {
        public var indicator: String
        public var unit: String
        /// "winhi", "winlo" or "log_CT", as COINr labels them.
        public var treatment: String
        public var before: Double
        public var after: Double
    }

    public struct Record: Sendable, Equatable {
        public var details: [Detail]
        public var points: [Point]
    }

    public static func apply(_ data: Dataset, spec: TreatSpec?) -> (Dataset, Record) {
        guard let spec else { return (data, Record(details: [], points: [])) }
        var out = data
        var record = Record(details: [], points: [])
        for c in 0..<data.columnCount where !spec.skip.contains(data.columns[c]) {
            let x = data.column(c)
            let (treated, detail, labels) = treatColumn(x, spec: spec)
            var d = detail
            d.indicator = data.columns[c]
            record.details.append(d)
            guard let treated else { continue }
            out.setColumn(c, treated)
            for u in 0..<x.count where !labels[u].isEmpty {
                record.points.append(Point(indicator: data.columns[c], unit: data.units[u],
                                           treatment: labels[u], before: x[u], after: treated[u]))
            }
        }
        return (out, record)
    }

    static func check(_ x: [Double], _ spec: TreatSpec) -> Check {
        let (s, k) = x.withUnsafeBufferPointer { Moments.skewKurtosis($0) }
        guard !s.isNaN, !k.isNaN else { return Check(pass: nil, skew: s, kurtosis: k) }
        return Check(pass: abs(s) < spec.skewThreshold || k < spec.kurtosisThreshold, skew: s, kurtosis: k)
    }

    /// Treats one column. Returns the treated values (nil when unchanged), the detail and a
    /// treatment label per point ("" when untouched).
    static func treatColumn(_ x: [Double], spec: TreatSpec) -> ([Double]?, Detail, [String]) {
        let first = check(x, spec)
        var detail = Detail(indicator: "", before: first, winsorised: nil, afterWinsorising: nil,
                            logTransformed: false, afterLog: nil)
        // Undefined statistics: COINr warns and returns the column untreated.
        guard first.pass == false else { return (nil, detail, []) }

        let (w, count, labels, afterWin) = winsorise(x, spec: spec, first: first)
        detail.winsorised = count
        detail.afterWinsorising = afterWin
        if afterWin.pass == true {
            return (w, detail, labels)
        }
        if afterWin.pass == nil { return (nil, detail, []) }
        // Still failing: log transform the untreated values instead (COINr's combine_treat = FALSE).
        let logged = logCT(x)
        detail.logTransformed = true
        detail.afterLog = check(logged, spec)
        let logLabels = x.map { $0.isNaN ? "" : "log_CT" }
        return (logged, detail, logLabels)
    }

    /// COINr's `winsorise`: while failing and fewer than `winmax` points are winsorised,
    /// replace the extreme value(s) on the side of the skew by the next value. Tied extremes
    /// move together, and the count is the number of points now sitting at the moved value.
    static func winsorise(_ x: [Double], spec: TreatSpec, first: Check) -> ([Double], Int, [String], Check) {
        var w = x
        var high: [Int] = [], low: [Int] = []
        var current = first
        var count = 0
        while current.pass == false && count < spec.winmax {
            if current.skew >= 0 {
                guard let (idx, next) = extremes(w, high: true) else { break }
                for i in idx { w[i] = next }
                high = idx
            } else {
                guard let (idx, next) = extremes(w, high: false) else { break }
                for i in idx { w[i] = next }
                low = idx
            }
            count = high.count + low.count
            current = check(w, spec)
        }
        var labels = Array(repeating: "", count: x.count)
        for i in high { labels[i] = "winhi" }
        for i in low { labels[i] = "winlo" }
        return (w, count, labels, current)
    }

    /// Positions of the maximum (or minimum) value and the next value beyond them, or nil
    /// when every present value is tied.
    private static func extremes(_ w: [Double], high: Bool) -> ([Int], Double)? {
        var best = high ? -Double.infinity : Double.infinity
        for v in w where !v.isNaN && (high ? v > best : v < best) { best = v }
        var idx: [Int] = []
        var next = high ? -Double.infinity : Double.infinity
        for (i, v) in w.enumerated() where !v.isNaN {
            if v == best { idx.append(i) } else if high ? v > next : v < next { next = v }
        }
        guard next.isFinite else { return nil }
        return (idx, next)
    }

    /// COINr's `log_CT`: log(x - min + 0.01 (max - min)).
    static func logCT(_ x: [Double]) -> [Double] {
        let p = x.filter { !$0.isNaN }
        guard let mn = p.min(), let mx = p.max() else { return x }
        return x.map { $0.isNaN ? .nan : Foundation.log($0 - mn + 0.01 * (mx - mn)) }
    }
}
