import Foundation

/// The knowledge-gap matrix (docs/METHODS.md section 5): for each unit and theme, whether the gap is
/// in the data, in policy, in documented practice or in evidence, with the reasons.
public struct KnowledgeGapMatrix: Sendable {
    public enum GapClass: String, Sendable, CaseIterable {
        case dataGap = "data gap"
        case policyNoPractice = "policy gap, no practice"
        case policyUnevaluated = "policy gap, unevaluated practice"
        case policyEvaluated = "policy gap, evaluated practice"
        case evidenceGap = "evidence gap"
        case noGap = "no gap"

        /// A red or orange theme, whatever the practices: where peers and partners can help.
        public var isPolicyGap: Bool {
            self == .policyNoPractice || self == .policyUnevaluated || self == .policyEvaluated
        }

        /// One character for grids.
        public var symbol: String {
            switch self {
            case .dataGap: "D"
            case .policyNoPractice: "P"
            case .policyUnevaluated: "U"
            case .policyEvaluated: "E"
            case .evidenceGap: "V"
            case .noGap: "."
            }
        }
    }

    /// Data status of one unit x indicator value.
    public enum DataStatus: String, Sendable { case missing, stale, imputed, ok }

    public struct Cell: Sendable {
        public var unit: String
        public var theme: String
        public var coverage: Double
        public var colour: Colour
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

    /// The matrix restricted to some themes and the units `keep` accepts.
    public func filtered(themes: [String], units keep: (String) -> Bool) -> KnowledgeGapMatrix {
        KnowledgeGapMatrix(spec: spec, themes: themes, cells: cells.filter { themes.contains($0.theme) && keep($0.unit) })
    }

    public static func build(_ inputs: StudyInputs, assessment a: Assessment, practices: [Practice], spec: GapSpec) -> KnowledgeGapMatrix {
        var byUnit: [String: [String: Assessment.Cell]] = [:]
        for c in a.cells { byUnit[c.unit, default: [:]][c.indicator] = c }
        var themeCells: [String: [String: Assessment.ThemeCell]] = [:]
        for t in a.themes { themeCells[t.unit, default: [:]][t.theme] = t }
        var cells: [Cell] = []
        for unit in a.units.map(\.unit) {
            for theme in a.themeCodes {
                let members = Assessment.descendants(inputs.framework, theme)
                let statuses: [(indicator: String, status: DataStatus)] = members.map { code in
                    let c = byUnit[unit]?[code]
                    // An imputed cell has no observation, so it is checked before "missing".
                    let status: DataStatus = c == nil ? .missing : c!.imputed ? .imputed : c!.raw.isNaN ? .missing
                        : c!.stale ? .stale : .ok
                    return (code, status)
                }
                let usable = statuses.filter { $0.status == .ok || $0.status == .stale }.count
                let coverage = members.isEmpty ? 0 : Double(usable) / Double(members.count)
                let rating = themeCells[unit]?[theme]?.colour ?? Rated(.grey, "no rating")
                let here = practices.filter { $0.covers(unit: unit, theme: theme) }
                let evaluated = here.filter(\.isEvaluated).count
                let (gapClass, reason) = classify(coverage: coverage, usable: usable, total: members.count, statuses: statuses,
                                                  colour: rating, practices: here.count, evaluated: evaluated, spec: spec)
                cells.append(Cell(unit: unit, theme: theme, coverage: coverage, colour: rating.value, practices: here.map(\.id),
                                  evaluatedPractices: evaluated, gapClass: gapClass, reasons: reason, statuses: statuses))
            }
        }
        return KnowledgeGapMatrix(spec: spec, themes: a.themeCodes, cells: cells)
    }

    /// The first rule that applies, with the reason in words.
    static func classify(coverage: Double, usable: Int, total: Int, statuses: [(indicator: String, status: DataStatus)],
                         colour: Rated<Colour>, practices: Int, evaluated: Int, spec: GapSpec) -> (GapClass, String) {
        let pct = { (x: Double) in String(Int((x * 100).rounded())) + "%" }
        if coverage < spec.sufficiency {
            let missing = statuses.filter { $0.status != .ok && $0.status != .stale }
                .map { "\($0.indicator) \($0.status.rawValue)" }.joined(separator: ", ")
            return (.dataGap, "coverage \(usable)/\(total) (\(pct(coverage))) < \(pct(spec.sufficiency)): \(missing)")
        }
        let practiceText = practices == 0 ? "no documented practice"
            : "\(practices) documented practice\(practices == 1 ? "" : "s"), \(evaluated) evaluated"
        switch colour.value {
        case .red, .orange:
            let why = "\(colour.value.rawValue) (\(colour.reason)); \(practiceText)"
            if practices == 0 { return (.policyNoPractice, why) }
            return evaluated == 0 ? (.policyUnevaluated, why) : (.policyEvaluated, why)
        case .yellow, .green:
            if practices > 0 && evaluated == 0 {
                return (.evidenceGap, "\(colour.value.rawValue); \(practiceText)")
            }
            return (.noGap, "\(colour.value.rawValue); \(practiceText)")
        case .grey:
            return (.dataGap, "no rating: \(colour.reason)")
        }
    }
}
