/// Gap classes of every unit and theme under an assessment variation (`AssessmentVariation`:
/// role cut-offs scaled, one indicator left out, relative thresholds shifted), without the
/// reasons: what `KnowledgeGapMatrix.build(Assessment.evaluate(...))` decides, thousands of
/// times per report. A test holds it to that full path class for class.
///
/// Per replication it recomputes roles, thresholds, colours, theme colours and classes, and
/// nothing else: weights and aggregation do not change colours or classes. Each distinct role
/// assignment masks the inputs (values a role does not apply to leave every score and relative
/// threshold) and reruns the pipeline up to normalisation once, for the scores that order a
/// theme's two worst indicators; replications that meet the same roles reuse it.
public struct GapClassReplayer {
    /// Units and themes in the order of the nominal gap matrix's cells (unit by unit).
    public let units: [String]
    public let themes: [String]

    private let inputs: StudyInputs
    private let recipe: Recipe
    private let roleSpec: RoleSpec?
    private let scope: Scope
    private let midpointIsOrange: Bool
    private let sufficiency: Double
    private let indicators: [String]
    /// Per indicator (framework order).
    private let role: [IndicatorRole]
    private let direction: [Double]
    private let rating: [RatingBounds]
    private let type: [IndicatorType]
    /// Framework indicator positions under each theme.
    private let members: [[Int]]
    /// Position of each unit in the study's data.
    private let rawPosition: [Int]
    /// (documented practices, evaluated ones) per unit and theme, unit by unit.
    private let practices: [(count: Int, evaluated: Int)]
    /// Each role rule's variable value per unit of the data (origin rules, then destination).
    private let ruleValues: [[Double]]
    private var cases: [[UInt8]: RoleCase] = [:]
    private var itemsAll: [(colour: Colour, score: Double)] = []
    private var itemsPolicy: [(colour: Colour, score: Double)] = []
    private var itemsOutcome: [(colour: Colour, score: Double)] = []

    /// What one role assignment fixes: cell states, values, scores, the sorted values relative
    /// thresholds are placed on.
    private struct RoleCase {
        /// By data unit, then indicator.
        let states: [CellState]
        let values: [Double]
        /// By replayer unit, then indicator (NaN: no score, e.g. screened out).
        let scores: [Double]
        /// Present values sorted, for indicators with relative thresholds.
        let sorted: [[Double]?]
        /// Thresholds per indicator for the last relative shift met.
        var shift: Double = .nan
        var thresholds: [(green: Double, red: Double)?] = []
    }

    /// `inputs`: the study's inputs before roles mask them; `units` and `themes`: the nominal
    /// gap matrix's; the rest as the study gives them.
    public init(inputs: StudyInputs, recipe: Recipe, roles: RoleSpec?, scope: Scope, ratings: RatingsSpec, sufficiency: Double,
                practices registry: [Practice], units: [String], themes: [String]) {
        self.inputs = inputs
        self.recipe = recipe
        roleSpec = roles
        self.scope = scope
        midpointIsOrange = ratings.midpointIsOrange
        self.sufficiency = sufficiency
        self.units = units
        self.themes = themes
        let f = inputs.framework
        indicators = f.indicators
        let nodes = indicators.map { f.node($0)! }
        role = nodes.map(\.role)
        direction = nodes.map(\.direction)
        rating = nodes.map(\.rating)
        type = nodes.map(\.type)
        let column = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1, $0) })
        members = themes.map { Assessment.descendants(f, $0).map { column[$0]! } }
        let position = Dictionary(uniqueKeysWithValues: inputs.raw.units.enumerated().map { ($1, $0) })
        rawPosition = units.map { position[$0]! }
        practices = units.flatMap { unit in
            themes.map { theme in
                let here = registry.filter { $0.covers(unit: unit, theme: theme) }
                return (here.count, here.filter(\.isEvaluated).count)
            }
        }
        let rules = (roles?.origin ?? []) + (roles?.destination ?? [])
        ruleValues = inputs.raw.units.map { unit in rules.map { inputs.context?.value(unit: unit, column: $0.variable) ?? .nan } }
    }

    /// Gap classes, unit by unit and theme by theme, under `variation`.
    public mutating func classes(_ variation: AssessmentVariation) throws -> [KnowledgeGapMatrix.GapClass] {
        let key = roleKey(variation.roleScale)
        var c: RoleCase
        if let known = cases[key] {
            c = known
        } else {
            c = try roleCase(key, scale: variation.roleScale)
        }
        if !(c.shift == variation.relativeShift) {
            c.thresholds = rating.indices.map { i in
                rating[i].shifted(variation.relativeShift, direction: direction[i]).thresholds(sortedPresent: c.sorted[i] ?? [])
            }
            c.shift = variation.relativeShift
        }
        cases[key] = c
        let excluded = variation.excluded.flatMap { indicators.firstIndex(of: $0) } ?? -1
        let n = indicators.count
        var out: [KnowledgeGapMatrix.GapClass] = []
        out.reserveCapacity(units.count * themes.count)
        for (k, unit) in rawPosition.enumerated() {
            for (t, columns) in members.enumerated() {
                itemsAll.removeAll(keepingCapacity: true)
                itemsPolicy.removeAll(keepingCapacity: true)
                itemsOutcome.removeAll(keepingCapacity: true)
                var value = 0, missing = 0
                for i in columns where i != excluded {
                    switch c.states[unit * n + i] {
                    case .value:
                        value += 1
                        let colour = c.thresholds[i].map {
                            Bounds.colourValue(c.values[unit * n + i], green: $0.green, red: $0.red, direction: direction[i],
                                               midpointIsOrange: midpointIsOrange)
                        } ?? .grey
                        let item = (colour: colour, score: c.scores[k * n + i])
                        itemsAll.append(item)
                        if type[i] == .policy { itemsPolicy.append(item) } else { itemsOutcome.append(item) }
                    case .missing: missing += 1
                    case .outOfScope, .notApplicable: break
                    }
                }
                let assessable = value + missing
                let coverage = assessable == 0 ? 0 : Double(value) / Double(assessable)
                let p = practices[k * themes.count + t]
                out.append(KnowledgeGapMatrix.gapClass(
                    assessable: assessable, sufficient: assessable > 0 && coverage >= sufficiency,
                    colour: ThemeColour.decide(itemsAll).colour, policy: ThemeColour.decide(itemsPolicy).colour,
                    outcome: ThemeColour.decide(itemsOutcome).colour, practices: p.count, evaluated: p.evaluated))
            }
        }
        return out
    }

    /// Each data unit's roles under rules scaled by `scale` (bit 1 origin, bit 2 destination),
    /// decided as `RoleAssignment.compute` decides them on `RoleSpec.scaled`.
    private func roleKey(_ scale: Double) -> [UInt8] {
        guard let spec = roleSpec?.scaled(by: scale) else { return [] }
        let rules = spec.origin + spec.destination
        let originCount = spec.origin.count
        let fallback: UInt8 = (spec.unassigned.contains(.origin) ? 1 : 0) | (spec.unassigned.contains(.destination) ? 2 : 0)
        return ruleValues.map { values in
            var bits: UInt8 = 0
            for (j, r) in rules.enumerated() where r.holds(values[j]) { bits |= j < originCount ? 1 : 2 }
            return bits == 0 ? fallback : bits
        }
    }

    private func roleCase(_ key: [UInt8], scale: Double) throws -> RoleCase {
        let f = inputs.framework
        let masked: StudyInputs
        if let spec = roleSpec?.scaled(by: scale) {
            let assignment = RoleAssignment(spec: spec, units: Dictionary(uniqueKeysWithValues: zip(inputs.raw.units, key).map { unit, bits in
                var roles: Set<Role> = []
                if bits & 1 != 0 { roles.insert(.origin) }
                if bits & 2 != 0 { roles.insert(.destination) }
                return (unit, RoleAssignment.UnitRoles(unit: unit, roles: roles, unassigned: false, reason: ""))
            }))
            masked = inputs.keepingApplicable(assignment)
        } else {
            masked = inputs
        }
        let n = indicators.count
        var states: [CellState] = []
        var values: [Double] = []
        states.reserveCapacity(masked.raw.unitCount * n)
        for (u, unit) in masked.raw.units.enumerated() {
            let bits = key.isEmpty ? 3 : key[u]
            var roles: Set<Role> = []
            if bits & 1 != 0 { roles.insert(.origin) }
            if bits & 2 != 0 { roles.insert(.destination) }
            for (i, code) in indicators.enumerated() {
                let x = masked.raw[unit: u, column: i]
                values.append(x)
                states.append(!role[i].applies(to: roles) ? .notApplicable : !x.isNaN ? .value
                              : scope.isOutOfScope(unit: unit, indicator: code) ? .outOfScope : .missing)
            }
        }
        // The scores a build of the masked inputs gives, up to normalisation (as `Regenerate.run`).
        let front = try Regenerate.prepare(masked, recipe: recipe)
        let normalised = try Normalise.apply(Treat.apply(front.screened, spec: recipe.treat).0, spec: recipe.normalise, framework: f)
        let position = Dictionary(uniqueKeysWithValues: normalised.units.enumerated().map { ($1, $0) })
        let columns = indicators.map { normalised.columnIndex($0) }
        var scores: [Double] = []
        scores.reserveCapacity(units.count * n)
        for unit in units {
            for c in columns {
                if let u = position[unit], let c { scores.append(normalised[unit: u, column: c]) } else { scores.append(.nan) }
            }
        }
        let sorted: [[Double]?] = indicators.indices.map { i in
            guard rating[i].relative != nil else { return nil }
            return GSL.sorted(masked.raw.column(i).filter { !$0.isNaN })
        }
        return RoleCase(states: states, values: values, scores: scores, sorted: sorted)
    }
}
