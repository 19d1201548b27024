/// What an indicator measures: a policy input a government controls, or an outcome it can
/// only influence. Gap classes keep the two apart (a policy gap comes only from policy
/// indicators), so an outcome shortfall is never reported as a policy failure.
public enum IndicatorType: String, Sendable, CaseIterable {
    case policy, outcome
}

/// A country's role in migration, given by the study's role rules (multi-label: a country
/// may be both an origin and a destination, or neither).
public enum Role: String, Sendable, CaseIterable, Comparable {
    case origin, destination

    public static func < (a: Role, b: Role) -> Bool { a == .origin && b == .destination }
}

/// The role a unit must hold for an indicator to apply: `both` applies to every unit,
/// whatever its roles (the cost of sending money *from* a country is for destinations,
/// the cost of sending money *to* it for origins).
public enum IndicatorRole: String, Sendable, CaseIterable {
    case origin, destination, both

    /// Whether the indicator applies to a unit holding `roles`.
    public func applies(to roles: Set<Role>) -> Bool {
        switch self {
        case .both: true
        case .origin: roles.contains(.origin)
        case .destination: roles.contains(.destination)
        }
    }
}
