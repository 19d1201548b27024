/// SDG indicator 10.c.1 by corridor: the average total cost of sending remittances from one
/// country to another, against the target of 3% and the 5% ceiling for any corridor.
public enum Corridors {
    public struct Observation: Sendable, Equatable {
        public var from: String
        public var to: String
        /// "2016Q2" (or a year alone); sorts in time order.
        public var period: String
        public var year: Int
        public var cost: Double
        public var line: Int
    }

    public struct Spec: Sendable, Equatable {
        public var target = 3.0
        public var ceiling = 5.0
        /// Whether a cost exactly at the ceiling counts as above it.
        public var ceilingInclusive = false
        public var baselineYear = 2015
        /// Set negative costs aside (listed in the analysis) instead of failing on them.
        public var excludeNegative = false
        public init() {}

        public func isAbove(_ cost: Double) -> Bool { ceilingInclusive ? cost >= ceiling : cost > ceiling }
    }

    /// One corridor in one period, with the benchmarks of 10.c.1.
    public struct Row: Sendable, Equatable {
        public var from: String
        public var to: String
        public var period: String
        public var cost: Double
        public var gapToTarget: Double
        public var aboveCeiling: Bool
        public var changeSinceFirst: Double
        public var firstPeriod: String
        /// Change since the corridor's first period in the baseline year (nil if it has none).
        public var changeSinceBaseline: Double?
        /// Share of the corridor's periods above the ceiling (all periods of the corridor).
        public var shareAbove: Double
    }

    public struct CountrySummary: Sendable, Equatable {
        public var country: String
        /// "sending" or "receiving".
        public var role: String
        public var corridors: Int
        public var meanCost: Double
        public var shareAbove: Double
    }

    public struct YearShare: Sendable, Equatable {
        public var year: Int
        public var corridors: Int
        public var above: Int
        public var share: Double { corridors == 0 ? .nan : Double(above) / Double(corridors) }
    }

    public struct Analysis: Sendable {
        public var spec: Spec
        public var rows: [Row]
        public var latestPeriod: String
        /// Corridors observed in the latest period, costliest first.
        public var latest: [Row]
        public var byYear: [YearShare]
        public var countries: [CountrySummary]
        /// Observations set aside (negative costs), with their line in the file.
        public var excluded: [Observation] = []
    }

    /// Reads a cost file and analyses it.
    public static func load(_ path: String, known: Set<String>, spec: Spec) throws -> Analysis {
        let (obs, excluded) = try BilateralFile.costs(path, known: known, excludeNegative: spec.excludeNegative)
        var a = analyse(obs, spec: spec)
        a.excluded = excluded
        return a
    }

    public static func analyse(_ observations: [Observation], spec: Spec) -> Analysis {
        var byCorridor: [String: [Observation]] = [:]
        for o in observations { byCorridor[o.from + ">" + o.to, default: []].append(o) }
        var rows: [Row] = []
        var latestByCorridor: [Row] = []
        for key in byCorridor.keys.sorted() {
            let obs = byCorridor[key]!.sorted { $0.period < $1.period }
            let first = obs[0]
            let base = obs.first { $0.year == spec.baselineYear }
            let share = Double(obs.filter { spec.isAbove($0.cost) }.count) / Double(obs.count)
            var last: Row? = nil
            for o in obs {
                let r = Row(from: o.from, to: o.to, period: o.period, cost: o.cost, gapToTarget: o.cost - spec.target,
                            aboveCeiling: spec.isAbove(o.cost), changeSinceFirst: o.cost - first.cost, firstPeriod: first.period,
                            changeSinceBaseline: base.map { o.cost - $0.cost }, shareAbove: share)
                rows.append(r)
                last = r
            }
            latestByCorridor.append(last!)
        }
        let latestPeriod = observations.map(\.period).max() ?? ""
        let latest = rows.filter { $0.period == latestPeriod }.sorted { ($0.cost, $1.from + $1.to) > ($1.cost, $0.from + $0.to) }
        // A corridor's cost in a year is the mean of its periods that year.
        var yearly: [Int: [String: [Double]]] = [:]
        for o in observations { yearly[o.year, default: [:]][o.from + ">" + o.to, default: []].append(o.cost) }
        let byYear = yearly.keys.sorted().map { y -> YearShare in
            let means = yearly[y]!.values.map { $0.reduce(0, +) / Double($0.count) }
            return YearShare(year: y, corridors: means.count, above: means.filter(spec.isAbove).count)
        }
        var countries: [CountrySummary] = []
        for (role, key) in [("sending", \Row.from), ("receiving", \Row.to)] {
            let grouped = Dictionary(grouping: latestByCorridor, by: { $0[keyPath: key] })
            for c in grouped.keys.sorted() {
                let rs = grouped[c]!
                countries.append(CountrySummary(country: c, role: role, corridors: rs.count,
                                                meanCost: rs.map(\.cost).reduce(0, +) / Double(rs.count),
                                                shareAbove: Double(rs.filter(\.aboveCeiling).count) / Double(rs.count)))
            }
        }
        return Analysis(spec: spec, rows: rows, latestPeriod: latestPeriod, latest: latest, byYear: byYear, countries: countries)
    }
}
