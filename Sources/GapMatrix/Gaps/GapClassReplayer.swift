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
    private let isPolicy: [Bool]
    /// Framework indicator positions under each theme.
    private let members: [[Int]]
    /// Position of each unit in the study's data.
    private let rawPosition: [Int]
    /// (documented practices, evaluated ones) per unit and theme, unit by unit.
    private let practices: [(count: Int, evaluated: Int)]
    /// Each role rule's variable value per unit of the data (origin rules, then destination).
    private let ruleValues: [[Double]]
    private var cases: [[UInt8]: RoleCase] = [:]

    /// What one role assignment fixes: cell states, scores and colours by unit (the replayer's
    /// units) and indicator, and the sorted values relative thresholds are placed on. Colours
    /// against published thresholds are set once; those against relative ones when the shift changes.
    private final class RoleCase {
        let states: [CellState]
        let values: [Double]
        /// NaN: no score (e.g. screened out).
        let scores: [Double]
        /// Present values sorted, for indicators with relative thresholds.
        let sorted: [[Double]?]
        var colours: [Colour]
        /// The relative shift `colours` hold (NaN: not set yet).
        var shift: Double = .nan

        init(states: [CellState], values: [Double], scores: [Double], sorted: [[Double]?]) {
            self.states = states
            self.values = values
            self.scores = scores
            self.sorted = sorted
            colours = Array(repeating: .grey, count: states.count)
        }
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
        isPolicy = nodes.map { $0.type == .policy }
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
        let c: RoleCase
        if let known = cases[key] {
            c = known
        } else {
            c = try roleCase(key, scale: variation.roleScale)
            cases[key] = c
        }
        rate(c, shift: variation.relativeShift)
        let excluded = variation.excluded.flatMap { indicators.firstIndex(of: $0) } ?? -1
        let n = indicators.count
        // Locals, so the loop reads arrays rather than a class's properties.
        let states = c.states, colours = c.colours, scores = c.scores
        var out: [KnowledgeGapMatrix.GapClass] = []
        out.reserveCapacity(units.count * themes.count)
        for k in units.indices {
            for (t, columns) in members.enumerated() {
                var all = ThemeColour.Accumulator(), policies = all, outcomes = all
                var value = 0, missing = 0
                for (position, i) in columns.enumerated() where i != excluded {
                    let cell = k * n + i
                    switch states[cell] {
                    case .value:
                        value += 1
                        let colour = colours[cell], score = scores[cell]
                        all.add(colour, score: score, at: position)
                        if isPolicy[i] { policies.add(colour, score: score, at: position) } else { outcomes.add(colour, score: score, at: position) }
                    case .missing: missing += 1
                    case .outOfScope, .notApplicable: break
                    }
                }
                let assessable = value + missing
                let coverage = assessable == 0 ? 0 : Double(value) / Double(assessable)
                let p = practices[k * themes.count + t]
                out.append(KnowledgeGapMatrix.gapClass(
                    assessable: assessable, sufficient: assessable > 0 && coverage >= sufficiency,
                    colour: all.colour, policy: policies.colour, outcome: outcomes.colour, practices: p.count, evaluated: p.evaluated))
            }
        }
        return out
    }

    /// Sets the colours of a role case's cells with a value: all of them the first time, then
    /// only those rated against relative thresholds, when the shift changes.
    private func rate(_ c: RoleCase, shift: Double) {
        guard !(c.shift == shift) else { return }
        let n = indicators.count
        let states = c.states, values = c.values
        var colours = c.colours
        c.colours = []
        for i in indicators.indices where c.shift.isNaN || rating[i].relative != nil {
            let t = rating[i].shifted(shift, direction: direction[i]).thresholds(sortedPresent: c.sorted[i] ?? [])
            for k in units.indices where states[k * n + i] == .value {
                colours[k * n + i] = t.map {
                    Bounds.colourValue(values[k * n + i], green: $0.green, red: $0.red, direction: direction[i], midpointIsOrange: midpointIsOrange)
                } ?? .grey
            }
        }
        c.colours = colours
        c.shift = shift
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
            masked = inputs.keepingApplicable(assignment, scope: scope)
        } else {
            var m = inputs
            m.leftEmpty.formUnion(scope.reasons.keys)
            masked = m
        }
        let n = indicators.count
        var states: [CellState] = [], values: [Double] = []
        states.reserveCapacity(units.count * n)
        values.reserveCapacity(units.count * n)
        for (k, unit) in units.enumerated() {
            let u = rawPosition[k]
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
