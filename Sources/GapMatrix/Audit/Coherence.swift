/// Coherence checks of each theme as the JRC's statistical audits make them (OECD/JRC Handbook 2008,
/// step 4; Paruolo, Saisana and Saltelli 2013; METHODS.md section 8.1): does every indicator pull with
/// its theme and its siblings, is any indicator a copy of another, does each one matter to the theme
/// about as much as its weight says, and does the theme separate the units at all.
///
/// A theme is an aggregate whose children are all indicators. Everything runs on the aggregated data
/// set (normalised indicators and theme scores of the units that passed screening), each statistic on
/// the units where both of its columns are present, as the rest of the audit does.
public struct Coherence: Sendable {
    /// The cuts, each a convention of the JRC audits or of the brief that asked for these checks.
    public enum Cut {
        /// An indicator correlating with its theme below this (negative, or |r| < 0.3) is flagged:
        /// the JRC audits call r < 0.3 a weak link between an indicator and its aggregate.
        public static let weakCorrelation = 0.3
        /// Two indicators of one theme with |r| at least this measure nearly the same thing
        /// (COINr's `get_corr_flags` default, as the collinearity flag of the audit).
        public static let redundancy = 0.9
        /// An indicator whose share of the theme's main effects is more than this many times its
        /// weight share, or less than its reciprocal, does not weigh what its weight says.
        public static let mainEffectFactor = 2.0
        /// A theme where at least this share of the units share its most common score ranks them badly.
        public static let tiedShare = 0.2
        /// A theme should rest on at least this many indicators.
        public static let fewestIndicators = 3
        /// An indicator with at most this many distinct values is a yes/no item.
        public static let yesNoDistinct = 2
    }

    public enum Check: String, Sendable, CaseIterable {
        case themeCorrelation = "theme correlation"
        case negativePair = "negative pair"
        case redundantPair = "redundant pair"
        case firstOrder = "first-order index"
        case linearFirstOrder = "linear first-order index"
        case mainEffect = "main effect vs weight"
        case ties = "ties"
        case indicatorCount = "indicator count"
        case yesNoOnly = "yes/no only"
    }

    /// One line of coherence.csv: a statistic, the cut it is held against (NaN when it is only
    /// reported), whether it is flagged, and a sentence saying what it means.
    public struct Row: Sendable, Equatable {
        public var theme: String
        /// The indicator, "a / b" for a pair, empty for the theme as a whole.
        public var indicator: String
        public var check: Check
        public var value: Double
        public var threshold: Double
        public var flag: Bool
        public var message: String
    }

    public struct Indicator: Sendable, Equatable {
        public var code: String
        /// Pearson r with the theme.
        public var themeCorrelation: Double
        /// S = Var(E[theme | x]) / Var(theme), `MainEffect.firstOrder`.
        public var firstOrder: Double
        /// Pearson r^2 with the theme: S if E[theme | x] were linear.
        public var linearFirstOrder: Double
        /// S over the sum of S in the theme (over indicators with S defined).
        public var mainEffectShare: Double
        /// Nominal weight over the sum of the theme's weights (same indicators).
        public var weightShare: Double
        public var distinctValues: Int
    }

    public struct Pair: Sendable, Equatable {
        public var a: String
        public var b: String
        public var r: Double
    }

    public struct Theme: Sendable, Equatable {
        public var code: String
        public var indicators: [Indicator]
        public var pairs: [Pair]
        /// Units with a theme score, and how many share its most common score.
        public var scored: Int
        public var largestTie: Int
        public var tiedScore: Double

        public var tiedShare: Double { scored == 0 ? .nan : Double(largestTie) / Double(scored) }
        public var yesNoItems: [String] {
            indicators.filter { $0.distinctValues <= Cut.yesNoDistinct }.map(\.code)
        }
    }

    public let themes: [Theme]

    /// Every statistic as a row, theme by theme, in framework order.
    public var rows: [Row] { themes.flatMap(Self.rows) }
    public var flags: [Row] { rows.filter(\.flag) }

    public static func run(_ build: Build, framework: Framework) -> Coherence {
        run(build.aggregated, framework: framework, weights: build.weights)
    }

    /// `data` holds the indicators and theme scores; `weights` the nominal weight of each indicator.
    public static func run(_ data: Dataset, framework: Framework, weights: [String: Double]) -> Coherence {
        var themes: [Theme] = []
        for code in framework.aggregates {
            let children = framework.children(of: code)
            guard !children.isEmpty, children.allSatisfy({ $0.kind == .indicator }),
                  let t = data.columnIndex(code) else { continue }
            let y = data.column(t)
            let present = children.compactMap { c in data.columnIndex(c.code).map { (c.code, data.column($0)) } }
            var indicators = present.map { code, x in
                let (a, b) = Audit.pairwise(x, y)
                let r = a.count >= 3 ? GSL.pearson(a, b) : .nan
                return Indicator(code: code, themeCorrelation: r, firstOrder: MainEffect.firstOrder(x, y),
                                 linearFirstOrder: r * r, mainEffectShare: .nan, weightShare: .nan,
                                 distinctValues: Set(Moments.present(x)).count)
            }
            let defined = indicators.indices.filter { !indicators[$0].firstOrder.isNaN }
            let sumS = defined.reduce(0) { $0 + indicators[$1].firstOrder }
            let sumW = defined.reduce(0) { $0 + (weights[indicators[$1].code] ?? 0) }
            if sumS > 0 && sumW > 0 {
                for i in defined {
                    indicators[i].mainEffectShare = indicators[i].firstOrder / sumS
                    indicators[i].weightShare = (weights[indicators[i].code] ?? 0) / sumW
                }
            }
            var pairs: [Pair] = []
            for i in present.indices {
                for j in present.indices where j > i {
                    let (a, b) = Audit.pairwise(present[i].1, present[j].1)
                    pairs.append(Pair(a: present[i].0, b: present[j].0, r: a.count >= 3 ? GSL.pearson(a, b) : .nan))
                }
            }
            let tie = largestTie(y)
            themes.append(Theme(code: code, indicators: indicators, pairs: pairs, scored: Moments.present(y).count,
                                largestTie: tie.count, tiedScore: tie.score))
        }
        return Coherence(themes: themes)
    }

    /// The most common score and how many units have it; scores equal to 1e-9 count as one
    /// (an aggregate of the same values can differ in its last bits). Ties go to the lowest score,
    /// so the answer does not depend on unit order.
    static func largestTie(_ scores: [Double]) -> (count: Int, score: Double) {
        var counts: [Double: Int] = [:]
        for v in scores where !v.isNaN { counts[(v * 1e9).rounded() / 1e9, default: 0] += 1 }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            return (0, .nan)
        }
        return (best.value, best.key)
    }
}
