/// The pipeline's stages, named as COINr names its data sets.
public enum Stage: String, CaseIterable, Sendable {
    case raw = "Raw"
    case denominated = "Denominated"
    case imputed = "Imputed"
    case screened = "Screened"
    case treated = "Treated"
    case normalised = "Normalised"
    case aggregated = "Aggregated"
}

/// Everything one run of a recipe produced: each stage's data and what each step did.
public struct Build: Sendable {
    public let recipe: Recipe
    public let raw: Dataset
    public let denominated: Dataset
    public let imputed: Dataset
    public let screened: Dataset
    public let treated: Dataset
    public let normalised: Dataset
    /// Indicators plus every aggregate, for the units that passed screening.
    public let aggregated: Dataset
    /// Ranks of every column of `aggregated` (1 = highest, ties take the minimum).
    public let ranks: Dataset
    public let denomination: Denominate.Record
    public let imputedPoints: [Impute.Point]
    public let screening: [Screen.UnitSummary]
    public let treatment: Treat.Record
    public let weights: [String: Double]
    public let effectiveWeights: [String: Double]

    public func dataset(_ stage: Stage) -> Dataset {
        switch stage {
        case .raw: raw
        case .denominated: denominated
        case .imputed: imputed
        case .screened: screened
        case .treated: treated
        case .normalised: normalised
        case .aggregated: aggregated
        }
    }
}

/// Runs a recipe on a study's inputs, step by step (COINr's `Regen`).
public enum Regenerate {
    public static func run(_ inputs: StudyInputs, recipe: Recipe) throws -> Build {
        let framework = inputs.framework
        let front = try prepare(inputs, recipe: recipe)
        let (treated, treatment) = Treat.apply(front.screened, spec: recipe.treat)
        let normalised = try Normalise.apply(treated, spec: recipe.normalise, framework: framework)
        let weights = try Weights.resolve(recipe.weights, framework: framework, normalised: normalised)
        let plan = Aggregate.Plan(framework: framework)
        let aggregated = try Aggregate.apply(normalised, plan: plan, weights: weights, spec: recipe.aggregate)
        return Build(recipe: recipe, raw: inputs.raw, denominated: front.denominated, imputed: front.imputed,
                     screened: front.screened, treated: treated, normalised: normalised,
                     aggregated: aggregated, ranks: Rank.columns(aggregated),
                     denomination: front.denomination, imputedPoints: front.imputedPoints,
                     screening: front.screening, treatment: treatment, weights: weights,
                     effectiveWeights: framework.effectiveWeights(weights))
    }

    /// The steps before treatment, which sensitivity parameters do not touch.
    public struct Front: Sendable {
        public let denominated: Dataset
        public let imputed: Dataset
        public let screened: Dataset
        public let denomination: Denominate.Record
        public let imputedPoints: [Impute.Point]
        public let screening: [Screen.UnitSummary]
    }

    public static func prepare(_ inputs: StudyInputs, recipe: Recipe) throws -> Front {
        guard inputs.raw.unitCount > 0 else {
            throw GapMatrixError(.badData, found: "no units in the data", expected: "at least one unit")
        }
        var denominated = inputs.raw
        var record = Denominate.Record(pairs: [])
        if recipe.denominate {
            (denominated, record) = try Denominate.apply(inputs.raw, framework: inputs.framework,
                                                         denominators: inputs.units.denominators)
        }
        var imputed = denominated
        var points: [Impute.Point] = []
        if recipe.impute.panel != .none, let panel = inputs.panel, let year = inputs.referenceYear {
            var slices = panel.slices
            if recipe.denominate {
                slices = try slices.map {
                    try Denominate.apply($0, framework: inputs.framework, denominators: inputs.units.denominators).0
                }
            }
            (imputed, points) = PanelImpute.apply(imputed, year: year,
                                                  panel: Panel(years: panel.years, slices: slices),
                                                  method: recipe.impute.panel)
        }
        if !inputs.leftEmpty.isEmpty {
            // The panel step carries earlier years forward; a cell that is not applicable or out
            // of scope has nothing to carry, whatever an earlier year held.
            let kept = points.filter { !inputs.leftEmpty.contains($0.indicator + "|" + $0.unit) }
            if kept.count < points.count {
                for p in points where inputs.leftEmpty.contains(p.indicator + "|" + p.unit) {
                    imputed[unit: imputed.units.firstIndex(of: p.unit)!, column: imputed.columns.firstIndex(of: p.indicator)!] = .nan
                }
                points = kept
            }
        }
        let (crossImputed, crossPoints) = try Impute.apply(imputed, spec: recipe.impute, units: inputs.units,
                                                           leftEmpty: inputs.leftEmpty)
        let (screened, screening) = Screen.apply(crossImputed, spec: recipe.screen)
        guard screened.unitCount > 0 else {
            throw GapMatrixError(.badData, found: "screening removed every unit",
                                 expected: "a screening threshold that keeps some units")
        }
        return Front(denominated: denominated, imputed: crossImputed, screened: screened,
                     denomination: record, imputedPoints: points + crossPoints, screening: screening)
    }
}
