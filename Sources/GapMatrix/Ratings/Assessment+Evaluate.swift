/// How a build is rated: cell states first (roles, then observations, then scope), colours
/// and trends of the cells with a value, then themes over what applies, then the index rule.
extension Assessment {
    /// Rates a build: indicator scores are its normalised stage, flags come from its step
    /// records, colours rate the observed values against the framework's thresholds (relative
    /// ones resolved on the units' values), trends compare observed values on the SDR bounds
    /// scale, and theme scores are its aggregated stage.
    ///
    /// A cell is `notApplicable` when the indicator's role is not one of the unit's roles
    /// (whatever the data hold), else `value` when observed, else `outOfScope` when the scope
    /// file says the source does not cover the unit, else `missing`.
    ///
    /// An uncertainty replication may leave indicators out (`excluding`: they get no cells, so
    /// themes are judged without them) and shift relative thresholds (`relativeShift`, in
    /// quantiles, positive stricter: `RatingBounds.shifted`); a study's own assessment does neither.
    public static func evaluate(_ inputs: StudyInputs, build: Build, spec: RatingsSpec, roles: RoleAssignment? = nil,
                                scope: Scope = .none, sufficiency: Double = 2.0 / 3.0,
                                excluding: Set<String> = [], relativeShift: Double = 0) -> Assessment {
        let f = inputs.framework
        let roles = roles ?? .everyone(inputs.units.codes)
        let raw = build.raw
        let records = StepRecords(build)
        var bounds: [IndicatorBounds] = []
        var cells: [Cell] = []
        var byUnit: [String: [String: Cell]] = [:]
        for (c, code) in f.indicators.enumerated() where !excluding.contains(code) {
            var node = f.node(code)!
            node.rating = node.rating.shifted(relativeShift, direction: node.direction)
            let column = raw.column(c)
            let resolved = Bounds.resolve(node.rating, values: column, direction: node.direction)
            let thresholds = node.rating.thresholds(values: column)
            let g = thresholds?.green, r = thresholds?.red
            let greenScore = resolved.flatMap { b in g.map { Bounds.score($0, optimum: b.optimum, lowerBound: b.lowerBound) } }
            bounds.append(IndicatorBounds(code: code, optimum: resolved?.optimum, lowerBound: resolved?.lowerBound,
                                          lowerBoundIsDefault: node.rating.lowerBound == nil, green: g, red: r,
                                          relative: node.rating.relative, greenScore: greenScore))
            for (u, unit) in raw.units.enumerated() {
                let x = column[u]
                let yearValue = inputs.provenance?.years[unit: u, column: c]
                let year = yearValue.flatMap { $0.isNaN ? nil : Int($0) } ?? (x.isNaN ? nil : inputs.referenceYear)
                let score = records.score(unit: unit, indicator: code)
                let unitRoles = roles.roles(unit)
                let state: CellState = !node.role.applies(to: unitRoles) ? .notApplicable : !x.isNaN ? .value
                    : scope.isOutOfScope(unit: unit, indicator: code) ? .outOfScope : .missing
                let colour: Rated<Colour>
                switch state {
                case .notApplicable:
                    colour = Rated(.grey, "not applicable: \(node.role.rawValue) indicator; \(unit) is "
                                   + (unitRoles.isEmpty ? "assessed with no role" : unitRoles.sorted().map(\.rawValue).joined(separator: " and ")))
                case .outOfScope:
                    colour = Rated(.grey, "out of scope: \(scope.reason(unit: unit, indicator: code) ?? "")")
                case .missing:
                    // Thresholds rate observations; an imputed value is an estimate.
                    colour = records.imputed(unit: unit, indicator: code) ? Rated(.grey, "imputed value, not rated") : Rated(.grey, "no data")
                case .value:
                    colour = rate(x, score: score, node: node, green: g, red: r, midpointIsOrange: spec.midpointIsOrange)
                }
                var trend = Rated(Trend.unavailable, state == .notApplicable ? "not applicable" : "no green threshold")
                if state != .notApplicable, let greenScore, let b = resolved {
                    let base = baseline(inputs, unit: u, column: c, before: year, spec: spec)
                        .map { (year: $0.year, score: Bounds.score($0.value, optimum: b.optimum, lowerBound: b.lowerBound)) }
                    let now = Bounds.score(x, optimum: b.optimum, lowerBound: b.lowerBound)
                    trend = Trend.indicator(now: year.map { (year: $0, score: now) }, base: base,
                                            greenScore: greenScore, targetYear: spec.targetYear)
                }
                let cell = Cell(unit: unit, indicator: code, theme: node.parent!, state: state, raw: x, year: year,
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
                let unitCells = descendants(f, t).compactMap { byUnit[unit]?[$0] }
                themes.append(theme(unit: unit, code: t, cells: unitCells, build: build, f: f, spec: spec, sufficiency: sufficiency))
            }
        }
        let results = indexResults(f, build: build, byUnit: byUnit, themes: themes, spec: spec, sufficiency: sufficiency)
        return Assessment(spec: spec, recipe: build.recipe, cells: cells, themes: themes, bounds: bounds, units: results,
                          themeCodes: themeCodes, roles: roles, sufficiency: sufficiency, excluded: excluding)
    }

    /// A value's colour in words, the value with its unit and the score apart:
    /// "Female-to-male labour-force participation ratio: 45.2% (score 38.1) red: at or below red threshold 50%".
    static func rate(_ x: Double, score: Double, node: FrameworkNode, green g: Double?, red r: Double?,
                     midpointIsOrange: Bool) -> Rated<Colour> {
        let label = describe(x, score: score, node: node)
        guard let g, let r else { return Rated(.grey, "\(label): no thresholds") }
        let c = Bounds.colour(x, green: g, red: r, direction: node.direction, midpointIsOrange: midpointIsOrange,
                              format: { ValueText.threshold($0, unit: node.unit) })
        let relative = node.rating.relative.map {
            " (relative thresholds: the \(percentile($0.green)) and \(percentile($0.red)) percentiles of the assessed values)"
        } ?? ""
        return Rated(c.value, "\(label) \(c.value.rawValue): \(c.reason)\(relative)")
    }

    /// "75th" for the quantile 0.75.
    static func percentile(_ q: Double) -> String {
        let p = Bounds.fmt(q * 100)
        let suffix = p.hasSuffix("1") && !p.hasSuffix("11") ? "st" : p.hasSuffix("2") && !p.hasSuffix("12") ? "nd"
            : p.hasSuffix("3") && !p.hasSuffix("13") ? "rd" : "th"
        return p + suffix
    }

    /// "Female-to-male labour-force participation ratio: 45.2% (score 38.1)": the name (without
    /// the unit it may carry), the value as a reader says it with its unit, then the score.
    public static func describe(_ x: Double, score: Double, node: FrameworkNode) -> String {
        let value = ValueText.reading(x, unit: node.unit)
        let name = ValueText.label(node.name, unit: node.unit)
        return score.isNaN ? "\(name): \(value)" : "\(name): \(value) (score \(Bounds.fmt(score)))"
    }

    /// One theme cell: colours over the cells with a value (all, policy, outcome), trend and
    /// coverage over the cells that apply and are in scope.
    static func theme(unit: String, code t: String, cells: [Cell], build: Build, f: Framework, spec: RatingsSpec,
                      sufficiency: Double) -> ThemeCell {
        let counts = StateCounts(cells.map(\.state))
        // A theme no indicator measures says so in every colour, rather than "no indicator applies".
        let unmeasured = f.unmeasuredReason(t)
        func colour(_ keep: (Cell) -> Bool, none: String) -> Rated<Colour> {
            if let unmeasured { return Rated(.grey, unmeasured) }
            let picked = cells.filter { $0.state == .value && keep($0) }
            guard !picked.isEmpty || cells.contains(where: { $0.state != .notApplicable && keep($0) }) else { return Rated(.grey, none) }
            return ThemeColour.rate(picked.map {
                .init(code: $0.indicator, colour: $0.colour.value, score: $0.score,
                      label: describe($0.raw, score: $0.score, node: f.node($0.indicator)!))
            })
        }
        let type = { (c: Cell) in f.node(c.indicator)!.type }
        let coverage = counts.assessable == 0 ? 0 : Double(counts.value) / Double(counts.assessable)
        return ThemeCell(
            unit: unit, theme: t,
            score: build.aggregated.value(unit: unit, column: t) ?? .nan,
            rank: build.ranks.value(unit: unit, column: t) ?? .nan,
            colour: colour({ _ in true }, none: "no indicator applies"),
            policyColour: colour({ type($0) == .policy }, none: "no policy indicator"),
            outcomeColour: colour({ type($0) == .outcome }, none: "no outcome indicator"),
            trend: Trend.theme(cells.filter(\.state.isAssessable).map(\.trend.value), minShare: spec.themeTrendShare),
            coverage: coverage, counts: counts,
            sufficient: counts.assessable > 0 && coverage >= sufficiency)
    }

    /// The index is opt-in: with `spec.index` a unit gets an index score only if every theme
    /// has sufficient coverage (and, when the study sets `max_missing`, it misses at most that
    /// share of the cells that apply and are in scope); the rest are re-ranked.
    static func indexResults(_ f: Framework, build: Build, byUnit: [String: [String: Cell]], themes: [ThemeCell],
                             spec: RatingsSpec, sufficiency: Double) -> [UnitResult] {
        var thin: [String: [ThemeCell]] = [:]
        // A theme no indicator measures is the framework's gap, not the unit's: it cannot hold an index back.
        for t in themes where !t.sufficient && f.unmeasuredReason(t.theme) == nil { thin[t.unit, default: []].append(t) }
        let pct = { (x: Double) in String(Int((x * 100).rounded())) + "%" }
        var results: [UnitResult] = []
        let rootColumn = build.aggregated.columnIndex(f.root)!
        for (u, unit) in build.aggregated.units.enumerated() {
            let counts = StateCounts(f.indicators.compactMap { byUnit[unit]?[$0]?.state })
            let share = counts.assessable == 0 ? 1 : Double(counts.missing) / Double(counts.assessable)
            var why: [String] = []
            if spec.index {
                for t in thin[unit] ?? [] {
                    why.append(t.counts.assessable == 0 ? "\(t.theme): nothing applies in scope"
                               : "\(t.theme) coverage \(t.counts.value)/\(t.counts.assessable) (\(pct(t.coverage))) < \(pct(sufficiency))")
                }
                if let mm = spec.maxMissing, share > mm { why.append("\(pct(share)) of indicators missing > \(pct(mm))") }
            } else {
                why.append("no index (ratings.index is false)")
            }
            let included = why.isEmpty
            results.append(UnitResult(unit: unit, missingShare: share, included: included,
                                      indexScore: included ? build.aggregated[unit: u, column: rootColumn] : .nan,
                                      indexRank: .nan, exclusion: spec.index ? why.joined(separator: "; ") : ""))
        }
        let ranks = Rank.descendingMin(results.map(\.indexScore))
        for i in results.indices { results[i].indexRank = ranks[i] }
        return results
    }
}
