/// Each unit's roles, computed from the study's role rules on its context values, with the
/// reason in words ("origin: Emigrant stock 5.6 million >= 1 million; destination: none (...)").
///
/// Without role rules every unit holds both roles, so every indicator applies to every unit:
/// a study written before roles existed is assessed as before.
public struct RoleAssignment: Sendable {
    public struct UnitRoles: Sendable, Equatable {
        public var unit: String
        public var roles: Set<Role>
        /// true when no rule gave the unit a role and `unassigned` decided.
        public var unassigned: Bool
        public var reason: String

        /// "origin and destination", "origin", "none".
        public var label: String { roles.isEmpty ? "none" : roles.sorted().map(\.rawValue).joined(separator: " and ") }
    }

    public let spec: RoleSpec?
    public let units: [String: UnitRoles]

    /// The roles of `unit`; both for a unit the assignment does not know (no rules).
    public func roles(_ unit: String) -> Set<Role> { units[unit]?.roles ?? [.origin, .destination] }

    /// Whether two units share at least one role.
    public func shareARole(_ a: String, _ b: String) -> Bool { !roles(a).isDisjoint(with: roles(b)) }

    /// Every unit holds both roles.
    public static func everyone(_ units: [String]) -> RoleAssignment {
        RoleAssignment(spec: nil, units: Dictionary(uniqueKeysWithValues: units.map {
            ($0, UnitRoles(unit: $0, roles: [.origin, .destination], unassigned: false, reason: "no role rules: every indicator applies"))
        }))
    }

    /// Applies `spec` to the units' context values (a missing value never satisfies a rule).
    public static func compute(_ spec: RoleSpec?, _ inputs: StudyInputs) -> RoleAssignment {
        guard let spec else { return everyone(inputs.units.codes) }
        var out: [String: UnitRoles] = [:]
        for unit in inputs.units.codes {
            var roles: Set<Role> = []
            var parts: [String] = []
            for role in Role.allCases {
                let rules = spec.rules(role)
                guard !rules.isEmpty else { continue }
                let checked = rules.map { r -> (Bool, String) in
                    let x = inputs.context?.value(unit: unit, column: r.variable) ?? .nan
                    return (r.holds(x), describe(r, x, inputs))
                }
                let held = checked.filter(\.0).map(\.1)
                if held.isEmpty {
                    parts.append("\(role.rawValue): none (" + checked.map(\.1).joined(separator: "; ") + ")")
                } else {
                    roles.insert(role)
                    parts.append("\(role.rawValue): " + held.joined(separator: "; "))
                }
            }
            let unassigned = roles.isEmpty
            if unassigned {
                roles = spec.unassigned
                parts.append(spec.unassigned.isEmpty ? "no rule holds: assessed with no role" : "no rule holds: assessed as both")
            }
            out[unit] = UnitRoles(unit: unit, roles: roles, unassigned: unassigned, reason: parts.joined(separator: "; "))
        }
        return RoleAssignment(spec: spec, units: out)
    }

    /// "Emigrant stock: 5.6 million people >= 1 million", or "Emigrant stock: no value". The
    /// name loses a parenthesised unit and the cut-off takes only "%", so no unit reads twice.
    static func describe(_ r: RoleSpec.Rule, _ x: Double, _ inputs: StudyInputs) -> String {
        let unit = inputs.docs.note(r.variable, "unit")
        let name = ValueText.label(inputs.docs.note(r.variable, "name") ?? r.variable, unit: unit)
        guard !x.isNaN else { return "\(name): no value" }
        let op = r.holds(x) ? (r.atLeast ? ">=" : "<=") : (r.atLeast ? "<" : ">")
        let cut = ValueText.number(r.threshold) + ((unit ?? "").hasPrefix("%") ? "%" : "")
        return "\(name): \(ValueText.quantity(x, unit: ValueText.shortUnit(unit))) \(op) \(cut)"
    }
}
