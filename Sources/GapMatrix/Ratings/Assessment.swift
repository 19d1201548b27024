/// Ratings, trends and the inclusion rule applied to a built study: what the dashboard,
/// scorecards and league tables show, each value with its reason.
public struct Assessment: Sendable {
    /// One unit x indicator cell.
    public struct Cell: Sendable {
        public var unit: String
        public var indicator: String
        public var theme: String
        /// The observed value (NaN when none was observed, even if one was imputed).
        public var raw: Double
        public var year: Int?
        public var stale: Bool
        /// The pipeline filled this value (imputation's step record).
        public var imputed: Bool
        /// Treatment changed this value (winsorised or log-transformed; treatment's step record).
        public var treated: Bool
        /// Screening removed the unit: it has no score.
        public var screenedOut: Bool
        public var source: String
        /// The normalised stage's value: what the recipe made of this cell.
        public var score: Double
        public var colour: Rated<Colour>
        public var trend: Rated<Trend>
    }

    /// One unit x theme (every aggregate below the index).
    public struct ThemeCell: Sendable {
        public var unit: String
        public var theme: String
        public var score: Double
        public var rank: Double
        public var colour: Rated<Colour>
        public var trend: Rated<Trend>
        /// Share of the theme's indicators with a value (fresh or stale).
        public var coverage: Double
    }

    /// The bounds each indicator was rated with.
    public struct IndicatorBounds: Sendable {
        public var code: String
        public var optimum: Double?
        public var lowerBound: Double?
        public var lowerBoundIsDefault: Bool
        public var green: Double?
        public var red: Double?
        public var greenScore: Double?
    }

    public struct UnitResult: Sendable {
        public var unit: String
        public var missingShare: Double
        public var included: Bool
        public var indexScore: Double
        public var indexRank: Double
    }

    public let spec: RatingsSpec
    /// The recipe of the build rated.
    public let recipe: Recipe
    public let cells: [Cell]
    public let themes: [ThemeCell]
    public let bounds: [IndicatorBounds]
    public let units: [UnitResult]
    /// Aggregates reported as themes, from the top down (index excluded).
    public let themeCodes: [String]


    /// Rates a build: indicator scores are its normalised stage, flags come from its step
    /// records, colours rate the observed values against the framework's thresholds, trends
    /// compare observed values on the SDR bounds scale, and theme scores are its aggregated stage.
    public static func evaluate(_ inputs: StudyInputs, build: Build, spec: RatingsSpec) -> Assessment {
        let f = inputs.framework
        let raw = build.raw
        let records = StepRecords(build)
        var bounds: [IndicatorBounds] = []
        var cells: [Cell] = []
        var byUnit: [String: [String: Cell]] = [:]
        for (c, code) in f.indicators.enumerated() {
            let node = f.node(code)!
            let column = raw.column(c)
            let resolved = Bounds.resolve(node.rating, values: column, direction: node.direction)
            let g = node.rating.green, r = node.rating.red
            let greenScore = resolved.flatMap { b in g.map { Bounds.score($0, optimum: b.optimum, lowerBound: b.lowerBound) } }
            bounds.append(IndicatorBounds(code: code, optimum: resolved?.optimum, lowerBound: resolved?.lowerBound,
                                          lowerBoundIsDefault: node.rating.lowerBound == nil, green: g, red: r,
                                          greenScore: greenScore))
            for (u, unit) in raw.units.enumerated() {
                let x = column[u]
                let yearValue = inputs.provenance?.years[unit: u, column: c]
                let year = yearValue.flatMap { $0.isNaN ? nil : Int($0) } ?? (x.isNaN ? nil : inputs.referenceYear)
                let score = records.score(unit: unit, indicator: code)
                let colour: Rated<Colour> = if x.isNaN && records.imputed(unit: unit, indicator: code) {
                    // Thresholds rate observations; an imputed value is an estimate.
                    Rated(.grey, "imputed value, not rated")
                } else if let g, let r {
                    Bounds.colour(x, green: g, red: r, direction: node.direction, midpointIsOrange: spec.midpointIsOrange)
                } else {
                    Rated(.grey, x.isNaN ? "no data" : "no thresholds")
                }
                var trend = Rated(Trend.unavailable, "no green threshold")
                if let greenScore, let b = resolved {
                    let base = baseline(inputs, unit: u, column: c, before: year, spec: spec)
                        .map { (year: $0.year, score: Bounds.score($0.value, optimum: b.optimum, lowerBound: b.lowerBound)) }
                    let now = Bounds.score(x, optimum: b.optimum, lowerBound: b.lowerBound)
                    trend = Trend.indicator(now: year.map { (year: $0, score: now) }, base: base,
                                            greenScore: greenScore, targetYear: spec.targetYear)
                }
                let cell = Cell(unit: unit, indicator: code, theme: node.parent!, raw: x, year: year,
                                stale: inputs.provenance?.isStale(unit: u, column: c) ?? false,
                                imputed: records.imputed(unit: unit, indicator: code),
                                treated: records.treated(unit: unit, indicator: code),
                                screenedOut: records.screenedOut(unit),
                                source: inputs.provenance?.source(unit: u, column: c) ?? "",
                                score: score, colour: colour, trend: trend)
                cells.append(cell)
                byUnit[unit, default: [:]][code] = cell
            }
        }
        let themeCodes = f.aggregates.filter { $0 != f.root }.enumerated().sorted { a, b in
            let la = f.node(a.element)!.level, lb = f.node(b.element)!.level
            return la != lb ? la > lb : a.offset < b.offset
        }.map(\.element)
        var themes: [ThemeCell] = []
        for unit in build.aggregated.units {
            for t in themeCodes {
                let members = descendants(f, t)
                let unitCells = members.compactMap { byUnit[unit]?[$0] }
                let present = unitCells.filter { !$0.raw.isNaN }.count
                themes.append(ThemeCell(
                    unit: unit, theme: t,
                    score: build.aggregated.value(unit: unit, column: t) ?? .nan,
                    rank: build.ranks.value(unit: unit, column: t) ?? .nan,
                    colour: ThemeColour.rate(unitCells.map { .init(code: $0.indicator, colour: $0.colour.value, score: $0.score) }),
                    trend: Trend.theme(unitCells.map(\.trend.value), minShare: spec.themeTrendShare),
                    coverage: members.isEmpty ? 0 : Double(present) / Double(members.count)))
            }
        }
        // Inclusion rule: too many missing indicators, no index score; the rest are re-ranked.
        var results: [UnitResult] = []
        for (u, unit) in build.aggregated.units.enumerated() {
            let missing = f.indicators.filter { byUnit[unit]?[$0]?.raw.isNaN ?? true }.count
            let share = Double(missing) / Double(f.indicators.count)
            let included = share <= spec.maxMissing
            let score = build.aggregated[unit: u, column: build.aggregated.columnIndex(f.root)!]
            results.append(UnitResult(unit: unit, missingShare: share, included: included,
                                      indexScore: included ? score : .nan, indexRank: .nan))
        }
        let ranks = Rank.descendingMin(results.map(\.indexScore))
        for i in results.indices { results[i].indexRank = ranks[i] }
        return Assessment(spec: spec, recipe: build.recipe, cells: cells, themes: themes, bounds: bounds, units: results, themeCodes: themeCodes)
    }

    /// Indicators under an aggregate, in framework order.
    public static func descendants(_ f: Framework, _ code: String) -> [String] {
        f.children(of: code).flatMap { $0.kind == .indicator ? [$0.code] : descendants(f, $0.code) }
    }

    /// The observation nearest the baseline year (within the tolerance, earlier on a tie),
    /// strictly before the current value's year.
    static func baseline(_ inputs: StudyInputs, unit u: Int, column c: Int, before now: Int?, spec: RatingsSpec)
        -> (year: Int, value: Double)?
    {
        guard let panel = inputs.panel, let now else { return nil }
        var best: (year: Int, value: Double)? = nil
        for (i, y) in panel.years.enumerated() where y < now && abs(y - spec.baselineYear) <= spec.baselineTolerance {
            let v = panel.slices[i][unit: u, column: c]
            guard !v.isNaN else { continue }
            if let b = best {
                let db = abs(b.year - spec.baselineYear), dy = abs(y - spec.baselineYear)
                if dy < db || (dy == db && y < b.year) { best = (y, v) }
            } else {
                best = (y, v)
            }
        }
        return best
    }
}
