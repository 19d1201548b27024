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
        /// Share of the values present that are not zero (NaN when no value is present), as
        /// COINr's `get_data_avail` computes `Non_Zero`: zeros over available values, not over
        /// all indicators, so a unit with gaps is not credited with its missing cells.
        public var nonZero: Double
        public var lowData: Bool
        public var lowNonZero: Bool
        public var included: Bool
    }

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
            let present = n - missing
            let nonZero = present == 0 ? .nan : 1 - Double(zeros) / Double(present)
            let lowData = spec.map { availability < $0.threshold } ?? false
            // A unit with no values has no share of zeros to judge; its availability screens it.
            let lowNonZero = nonZero < (spec?.nonZeroThreshold ?? ScreenSpec.defaultNonZeroThreshold)
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
