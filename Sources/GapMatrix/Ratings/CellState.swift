/// The state of one unit x indicator cell. The four are kept apart in every output and count:
/// only `missing` is a data gap; a cell outside the source's scope or not applicable to the
/// unit's roles is not unknown, and a theme is judged on what applies.
public enum CellState: String, Sendable, CaseIterable {
    /// Observed in the window (fresh or stale).
    case value
    /// No observation: a data gap (an imputed cell is missing, with its imputed flag).
    case missing
    /// The source does not cover the unit by design (the study's scope file).
    case outOfScope = "out of scope"
    /// The indicator's role is not one of the unit's roles.
    case notApplicable = "not applicable"

    /// One character for grids and legends.
    public var symbol: String {
        switch self {
        case .value: "v"
        case .missing: "m"
        case .outOfScope: "s"
        case .notApplicable: "-"
        }
    }

    /// Cells that count towards coverage: those that apply and are in the source's scope.
    public var isAssessable: Bool { self == .value || self == .missing }
}

/// How many cells are in each state.
public struct StateCounts: Sendable, Equatable {
    public var value = 0
    public var missing = 0
    public var outOfScope = 0
    public var notApplicable = 0

    public init(value: Int = 0, missing: Int = 0, outOfScope: Int = 0, notApplicable: Int = 0) {
        self.value = value
        self.missing = missing
        self.outOfScope = outOfScope
        self.notApplicable = notApplicable
    }

    public init<S: Sequence>(_ states: S) where S.Element == CellState {
        for s in states { self[s] += 1 }
    }

    public subscript(_ s: CellState) -> Int {
        get {
            switch s {
            case .value: value
            case .missing: missing
            case .outOfScope: outOfScope
            case .notApplicable: notApplicable
            }
        }
        set {
            switch s {
            case .value: value = newValue
            case .missing: missing = newValue
            case .outOfScope: outOfScope = newValue
            case .notApplicable: notApplicable = newValue
            }
        }
    }

    /// Cells that apply and are in scope: the denominator of coverage.
    public var assessable: Int { value + missing }
    public var total: Int { value + missing + outOfScope + notApplicable }

    public static func + (a: StateCounts, b: StateCounts) -> StateCounts {
        StateCounts(value: a.value + b.value, missing: a.missing + b.missing, outOfScope: a.outOfScope + b.outOfScope,
                    notApplicable: a.notApplicable + b.notApplicable)
    }

    /// "12 value, 3 missing, 2 out of scope, 1 not applicable".
    public var text: String { CellState.allCases.map { "\(self[$0]) \($0.rawValue)" }.joined(separator: ", ") }
}
