/// Drops units with too little data (COINr's `Screen` with `byNA` or `byNAandZeros`).
public enum Screen {
    /// Data availability of one unit, in the columns of COINr's screening summary.
    public struct UnitSummary: Sendable, Equatable {
        public var unit: String
        public var missing: Int
        public var zeros: Int
        public var missingOrZero: Int
        /// Share of indicators present.
        public var availability: Double
        /// Share of indicators that are not zero.
        public var nonZero: Double
        public var lowData: Bool
        public var lowNonZero: Bool
        public var included: Bool
    }

    /// COINr's default share of non-zero values under `byNAandZeros`.
    public static let nonZeroThreshold = 0.5

    public static func apply(_ data: Dataset, spec: ScreenSpec?) -> (Dataset, [UnitSummary]) {
        let n = data.columnCount
        var summaries: [UnitSummary] = []
        var kept: [Int] = []
        for u in 0..<data.unitCount {
            var missing = 0, zeros = 0
            for c in 0..<n {
                let v = data[unit: u, column: c]
                if v.isNaN { missing += 1 } else if v == 0 { zeros += 1 }
            }
            let availability = 1 - Double(missing) / Double(n)
            let nonZero = 1 - Double(zeros) / Double(n)
            let lowData = spec.map { availability < $0.threshold } ?? false
            let lowNonZero = nonZero < nonZeroThreshold
            let excluded = switch spec?.basis {
            case .none: false
            case .missing: lowData
            case .missingOrZero: lowData || lowNonZero
            }
            summaries.append(UnitSummary(unit: data.units[u], missing: missing, zeros: zeros,
                                         missingOrZero: missing + zeros, availability: availability,
                                         nonZero: nonZero, lowData: lowData, lowNonZero: lowNonZero,
                                         included: !excluded))
            if !excluded { kept.append(u) }
        }
        if kept.count == data.unitCount { return (data, summaries) }
        return (data.selectingUnits(kept), summaries)
    }
}
