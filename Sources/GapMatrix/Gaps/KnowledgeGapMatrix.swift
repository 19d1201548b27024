import Foundation

/// The knowledge-gap matrix (docs/METHODS.md section 5): for each unit and theme, whether the gap is
/// in the data, in policy, in outcomes, in documented practice or in evidence, with the reasons.
///
/// A policy gap comes only from policy indicators: a red or orange outcome (enrolment,
/// participation) with no policy shortfall is an outcome gap, never a policy gap. Cells that
/// do not apply to the unit's roles or lie outside their source's scope are not data gaps.
public struct KnowledgeGapMatrix: Sendable {
    public enum GapClass: String, Sendable, CaseIterable {
        case dataGap = "data gap"
        case policyNoPractice = "policy gap, no practice"
        case policyUnevaluated = "policy gap, unevaluated practice"
        case policyEvaluated = "policy gap, evaluated practice"
        case outcomeGap = "outcome gap"
        case evidenceGap = "evidence gap"
        case noGap = "no gap"

        /// Red or orange policy indicators, whatever the practices.
        public var isPolicyGap: Bool {
            self == .policyNoPractice || self == .policyUnevaluated || self == .policyEvaluated
        }

        /// A policy or outcome shortfall: where peers and partners can help.
        public var isShortfall: Bool { isPolicyGap || self == .outcomeGap }

        /// One character for grids.
        public var symbol: String {
            switch self {
            case .dataGap: "D"
            case .policyNoPractice: "P"
            case .policyUnevaluated: "U"
            case .policyEvaluated: "E"
            case .outcomeGap: "O"
            case .evidenceGap: "V"
            case .noGap: "."
            }
        }
    }

    /// Data status of one unit x indicator value.
    public enum DataStatus: String, Sendable {
        case missing, stale, imputed, ok
        case outOfScope = "out of scope"
        case notApplicable = "not applicable"
    }

    public struct Cell: Sendable {
        public var unit: String
        public var theme: String
        /// Values over the indicators that apply and are in scope.
        public var coverage: Double
        public var colour: Colour
        public var policyColour: Colour
        public var outcomeColour: Colour
        /// The theme's cells by state (value, missing, out of scope, not applicable).
        public var counts: StateCounts
        /// Coverage sufficient to judge: only such cells lead or serve as peers.
        public var sufficient: Bool
        public var practices: [String]
        public var evaluatedPractices: Int
        public var gapClass: GapClass
        public var reasons: String
        public var statuses: [(indicator: String, status: DataStatus)]
    }

    public let spec: GapSpec
    public let themes: [String]
    public let cells: [Cell]

    public func cell(_ unit: String, _ theme: String) -> Cell? { cells.first { $0.unit == unit && $0.theme == theme } }

    /// Cells by state over the whole matrix.
    public var counts: StateCounts { cells.reduce(StateCounts()) { $0 + $1.counts } }

    /// The matrix restricted to some themes and the units `keep` accepts.
    public func filtered(themes: [String], units keep: (String) -> Bool) -> KnowledgeGapMatrix {
        KnowledgeGapMatrix(spec: spec, themes: themes, cells: cells.filter { themes.contains($0.theme) && keep($0.unit) })
    }

    public static func build(_ inputs: StudyInputs, assessment a: Assessment, practices: [Practice], spec: GapSpec) -> KnowledgeGapMatrix {
        var byUnit: [String: [String: Assessment.Cell]] = [:]
        for c in a.cells { byUnit[c.unit, default: [:]][c.indicator] = c }
        var themeCells: [String: [String: Assessment.ThemeCell]] = [:]
        for t in a.themes { themeCells[t.unit, default: [:]][t.theme] = t }
        let f = inputs.framework
        var cells: [Cell] = []
        for unit in a.units.map(\.unit) {
            for theme in a.themeCodes {
                let members = Assessment.descendants(f, theme).filter { !a.excluded.contains($0) }
                let statuses: [(indicator: String, status: DataStatus)] = members.map { code in
                    guard let c = byUnit[unit]?[code] else { return (code, .missing) }
                    let status: DataStatus = switch c.state {
                    case .notApplicable: .notApplicable
                    case .outOfScope: .outOfScope
                    // An imputed cell has no observation: it is missing, flagged imputed.
                    case .missing: c.imputed ? .imputed : .missing
                    case .value: c.stale ? .stale : .ok
                    }
                    return (code, status)
                }
                guard let t = themeCells[unit]?[theme] else { continue }
                let here = practices.filter { $0.covers(unit: unit, theme: theme) }
                let evaluated = here.filter(\.isEvaluated).count
                let name = { (code: String) in f.node(code)?.name ?? code }
                let (gapClass, reason) = f.unmeasuredReason(theme).map { (GapClass.dataGap, $0) }
                    ?? classify(t, statuses: statuses, name: name, practices: here.count, evaluated: evaluated,
                                sufficiency: a.sufficiency)
                cells.append(Cell(unit: unit, theme: theme, coverage: t.coverage, colour: t.colour.value,
                                  policyColour: t.policyColour.value, outcomeColour: t.outcomeColour.value, counts: t.counts,
                                  sufficient: t.sufficient, practices: here.map(\.id), evaluatedPractices: evaluated,
                                  gapClass: gapClass, reasons: reason, statuses: statuses))
            }
        }
        return KnowledgeGapMatrix(spec: spec, themes: a.themeCodes, cells: cells)
    }

    /// The first rule that applies, with the reason in words: data gap, policy gap (by
    /// practices), outcome gap, then evidence gap or no gap by whether an evaluated practice is on
    /// record. Adding a practice, or raising its evaluation, never makes the class worse
    /// (GapClass.rank): practices only move a cell from P to U to E, or from V to no gap.
    static func classify(_ t: Assessment.ThemeCell, statuses: [(indicator: String, status: DataStatus)],
                         name: (String) -> String, practices: Int, evaluated: Int, sufficiency: Double) -> (GapClass, String) {
        let pct = { (x: Double) in String(Int((x * 100).rounded())) + "%" }
        func list(_ keep: (DataStatus) -> Bool) -> String {
            statuses.filter { keep($0.status) }.map { "\(name($0.indicator)) \($0.status.rawValue)" }.joined(separator: ", ")
        }
        let policy = t.policyColour, outcome = t.outcomeColour
        let gapClass = self.gapClass(assessable: t.counts.assessable, sufficient: t.sufficient, colour: t.colour.value,
                                     policy: policy.value, outcome: outcome.value, practices: practices, evaluated: evaluated)
        let apart = list { $0 == .outOfScope || $0 == .notApplicable }
        let notCounted = apart.isEmpty ? "" : "; not counted: " + apart
        let practiceText = practices == 0 ? "no documented practice"
            : "\(practices) documented practice\(practices == 1 ? "" : "s"), \(evaluated) evaluated"
        let policyText = policy.value == .grey ? policy.reason : "policy \(policy.value.rawValue)"
        switch gapClass {
        case .dataGap where t.counts.assessable == 0:
            return (.dataGap, "no indicator applies in scope: " + apart)
        case .dataGap where !t.sufficient:
            let missing = list { $0 == .missing || $0 == .imputed }
            return (.dataGap, "coverage \(t.counts.value)/\(t.counts.assessable) (\(pct(t.coverage))) < \(pct(sufficiency)): \(missing)\(notCounted)")
        case .dataGap:
            return (.dataGap, "no rating: \(t.colour.reason)")
        case .policyNoPractice, .policyUnevaluated, .policyEvaluated:
            return (gapClass, "policy \(policy.value.rawValue) (\(policy.reason)); \(practiceText)")
        case .outcomeGap:
            return (.outcomeGap, "outcome \(outcome.value.rawValue) (\(outcome.reason)); \(policyText); \(practiceText)")
        case .evidenceGap, .noGap:
            return (gapClass, "\(t.colour.value.rawValue); \(practiceText)")
        }
    }

    /// The class alone, as `classify` decides it (the first rule that applies): runs that
    /// classify a cell thousands of times (gap stability) need no reason.
    @inline(__always)
    static func gapClass(assessable: Int, sufficient: Bool, colour: Colour, policy: Colour, outcome: Colour,
                         practices: Int, evaluated: Int) -> GapClass {
        if assessable == 0 || !sufficient { return .dataGap }
        if policy == .red || policy == .orange {
            return practices == 0 ? .policyNoPractice : evaluated == 0 ? .policyUnevaluated : .policyEvaluated
        }
        if outcome == .red || outcome == .orange { return .outcomeGap }
        if colour == .grey { return .dataGap }
        // Yellow or green: without an evaluated practice nothing on record says what works, whether
        // no practice is documented or some are but none is evaluated (the two are the same gap, so a
        // documented practice cannot make the cell look worse than none).
        return evaluated > 0 ? .noGap : .evidenceGap
    }
}
