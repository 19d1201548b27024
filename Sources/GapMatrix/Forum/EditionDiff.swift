/// What changed between two editions of an assessment, each change typed, and flagged only
/// where it goes beyond the uncertainty of the current edition (docs/METHODS.md section 13).
///
/// The earlier edition is recomputed with the current framework and recipe (the same study at an
/// earlier reference year), or comes from another study file; either way the two are compared
/// cell by cell.
public struct EditionDiff: Sendable {
    /// Why an indicator cell differs between the editions.
    public enum Kind: String, Sendable, CaseIterable {
        /// A newer observation: the value used comes from a later year.
        case realChange = "real change"
        /// The same year's value differs: the source revised it, or a new vintage was read.
        case revision = "data revision or new vintage"
        /// Same value, same year, but rated differently: thresholds, framework or recipe changed.
        case methodChange = "method change"
        /// No value before, one now.
        case newData = "new data"
        /// A value before, none now.
        case dataLost = "no longer available"
        /// The source is one snapshot (one year for every country): an unchanged value says
        /// nothing about change.
        case snapshot = "single snapshot"
        case unchanged
    }

    public struct IndicatorChange: Sendable {
        public var unit: String
        public var indicator: String
        public var before: Observation
        public var after: Observation
        public var kind: Kind
    }

    /// A cell's value, the year it came from, its colour and score.
    public struct Observation: Sendable {
        public var value: Double
        public var year: Int?
        public var colour: Colour
        public var score: Double
    }

    public struct ThemeChange: Sendable {
        public var unit: String
        public var theme: String
        public var scoreBefore: Double
        public var scoreAfter: Double
        public var colourBefore: Colour
        public var colourAfter: Colour
        public var classBefore: KnowledgeGapMatrix.GapClass?
        public var classAfter: KnowledgeGapMatrix.GapClass?
        /// The current edition's 5-95% band of this cell's score under the recorded uncertainty run.
        public var band: (low: Double, high: Double)?
        /// The kinds of its indicators' changes (unchanged left out).
        public var kinds: [Kind]
        public var verdict: Verdict

        public var changed: Bool { verdict != .unchanged }
        public var beyondNoise: Bool { verdict == .beyondNoise }
    }

    /// How a theme cell's difference is read.
    public enum Verdict: String, Sendable, CaseIterable {
        /// Both editions have a score and the earlier one lies outside the current 5-95% band (or,
        /// without a recorded uncertainty run, the colour or gap class changed).
        case beyondNoise = "beyond noise"
        /// Both have a score and the earlier one lies inside the band.
        case withinNoise = "within noise"
        /// One edition has no score: the data, not the world, changed what can be said.
        case coverage = "coverage change"
        /// The theme rests on other indicators in the two editions (the framework changed): its
        /// scores are not comparable, so no change is claimed, whatever the band says.
        case framework = "framework change"
        case unchanged
    }

    public var beforeLabel: String
    public var afterLabel: String
    public var indicators: [IndicatorChange]
    public var themes: [ThemeChange]
    /// Indicators whose source is one snapshot in time.
    public var snapshots: [String]

    /// - Parameters:
    ///   - bands: per unit and theme, the current edition's 5-95% band of the theme score.
    public static func compare(before: StudyResults, after: StudyResults, beforeLabel: String, afterLabel: String,
                               bands: [String: [String: (low: Double, high: Double)]] = [:]) -> EditionDiff {
        // The current edition's data say whether a source is one snapshot (an earlier window may
        // simply hold one year of a series).
        let snapshots = singleSnapshots(after.inputs)
        var old: [String: [String: Assessment.Cell]] = [:]
        for c in before.assessment?.cells ?? [] { old[c.unit, default: [:]][c.indicator] = c }
        var indicators: [IndicatorChange] = []
        var kindsByTheme: [String: [String: Set<Kind>]] = [:]
        for c in after.assessment?.cells ?? [] {
            guard let o = old[c.unit]?[c.indicator] else { continue }
            let kind = classify(before: o, after: c, snapshot: snapshots.contains(c.indicator))
            indicators.append(IndicatorChange(unit: c.unit, indicator: c.indicator, before: observation(o), after: observation(c), kind: kind))
            if kind != .unchanged { kindsByTheme[c.unit, default: [:]][c.theme, default: []].insert(kind) }
        }
        var oldThemes: [String: [String: Assessment.ThemeCell]] = [:]
        for t in before.assessment?.themes ?? [] { oldThemes[t.unit, default: [:]][t.theme] = t }
        var themes: [ThemeChange] = []
        func indicatorSet(_ r: StudyResults, _ theme: String) -> Set<String> {
            r.inputs.framework.node(theme) == nil ? [] : Set(r.inputs.framework.indicators(under: theme))
        }
        var reframed: [String: Bool] = [:]
        for t in after.assessment?.themes ?? [] where reframed[t.theme] == nil {
            reframed[t.theme] = indicatorSet(before, t.theme) != indicatorSet(after, t.theme)
        }
        for t in after.assessment?.themes ?? [] {
            guard let o = oldThemes[t.unit]?[t.theme] else { continue }
            let band = bands[t.unit]?[t.theme]
            var change = ThemeChange(unit: t.unit, theme: t.theme, scoreBefore: o.score, scoreAfter: t.score,
                                     colourBefore: o.colour.value, colourAfter: t.colour.value,
                                     classBefore: before.gaps?.cell(t.unit, t.theme)?.gapClass,
                                     classAfter: after.gaps?.cell(t.unit, t.theme)?.gapClass, band: band,
                                     kinds: Kind.allCases.filter { kindsByTheme[t.unit]?[t.theme]?.contains($0) == true },
                                     verdict: .unchanged)
            change.verdict = reframed[t.theme] == true && verdict(change) != .unchanged ? .framework : verdict(change)
            themes.append(change)
        }
        return EditionDiff(beforeLabel: beforeLabel, afterLabel: afterLabel, indicators: indicators, themes: themes,
                           snapshots: snapshots.sorted())
    }

    static func verdict(_ c: ThemeChange) -> Verdict {
        let sameScore = c.scoreBefore == c.scoreAfter || (c.scoreBefore.isNaN && c.scoreAfter.isNaN)
        if sameScore && c.colourBefore == c.colourAfter && c.classBefore == c.classAfter { return .unchanged }
        if c.scoreBefore.isNaN || c.scoreAfter.isNaN { return .coverage }
        if let band = c.band { return c.scoreBefore < band.low || c.scoreBefore > band.high ? .beyondNoise : .withinNoise }
        return c.colourBefore != c.colourAfter || c.classBefore != c.classAfter ? .beyondNoise : .withinNoise
    }

    static func observation(_ c: Assessment.Cell) -> Observation {
        Observation(value: c.raw, year: c.year, colour: c.colour.value, score: c.score)
    }

    /// The first rule that applies. A single snapshot says nothing about change whatever the
    /// editions hold (its one year may fall outside the earlier window).
    static func classify(before o: Assessment.Cell, after c: Assessment.Cell, snapshot: Bool) -> Kind {
        if snapshot && !(o.raw.isNaN && c.raw.isNaN) { return .snapshot }
        switch (o.raw.isNaN, c.raw.isNaN) {
        case (true, true): return .unchanged
        case (true, false): return .newData
        case (false, true): return .dataLost
        case (false, false): break
        }
        if o.year != c.year { return .realChange }
        if o.raw != c.raw { return .revision }
        if o.colour.value != c.colour.value { return .methodChange }
        return .unchanged
    }

    /// Indicators whose values, across every unit and year read, all come from one year.
    public static func singleSnapshots(_ inputs: StudyInputs) -> Set<String> {
        guard let p = inputs.provenance else { return [] }
        var out: Set<String> = []
        for (c, code) in inputs.raw.columns.enumerated() {
            var years = Set<Int>()
            if let panel = inputs.panel {
                for (i, y) in panel.years.enumerated() where panel.slices[i].column(c).contains(where: { !$0.isNaN }) { years.insert(y) }
            } else {
                for y in p.years.column(c) where !y.isNaN { years.insert(Int(y)) }
            }
            if years.count == 1 { out.insert(code) }
        }
        return out
    }
}

extension EditionDiff {
    /// The 5-95% band of every unit's theme scores under the study's recorded uncertainty run
    /// (its replications and seed), one run per theme as target; empty without a recorded run.
    public static func bands(_ results: StudyResults) throws -> [String: [String: (low: Double, high: Double)]] {
        guard let spec = results.study.uncertainty, let run = spec.run, let a = results.assessment else { return [:] }
        // One run per theme (each keeps only its theme's scores), side by side; each keeps only its bands.
        let bands = try Concurrently.map(a.themeCodes) { theme -> [(unit: String, band: (low: Double, high: Double))] in
            var spec = spec
            spec.target = theme
            let r = try UncertaintyAnalysis.run(results.inputs, recipe: results.study.recipe, spec: spec, seed: run.seed,
                                                replications: 1...run.replications)
            return r.units.enumerated().compactMap { u, unit in
                let scores = r.scores.map { $0[u] }.filter { !$0.isNaN }.sorted()
                guard !scores.isEmpty else { return nil }
                return (unit, (GSL.quantiles(sorted: scores, [0.05])[0], GSL.quantiles(sorted: scores, [0.95])[0]))
            }
        }
        var out: [String: [String: (low: Double, high: Double)]] = [:]
        for (theme, list) in zip(a.themeCodes, bands) {
            for (unit, band) in list { out[unit, default: [:]][theme] = band }
        }
        return out
    }
}
