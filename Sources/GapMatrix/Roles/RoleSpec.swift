/// The study's role rules (`roles:` in study.yaml): a unit holds a role if ANY of its rules
/// holds on the unit's context values (latest in the window). Absolute sizes and shares are
/// both needed: a share-only rule leaves large countries such as China with no role.
///
/// ```yaml
/// roles:
///   origin:
///     - {variable: UNDESA.IMS.EMIGRANT_STOCK, at_least: 1000000}
///   destination:
///     - {variable: UNDESA.IMS.STOCK.PCT_POP, at_least: 10}
///   unassigned: both        # a unit no rule gives a role to is assessed as: both | none
/// ```
public struct RoleSpec: Sendable, Equatable {
    /// One rule: a context variable at least (or at most) a threshold.
    public struct Rule: Sendable, Equatable {
        public var variable: String
        public var threshold: Double
        /// true for `at_least` (>=), false for `at_most` (<=).
        public var atLeast: Bool

        public init(variable: String, threshold: Double, atLeast: Bool = true) {
            self.variable = variable
            self.threshold = threshold
            self.atLeast = atLeast
        }

        public func holds(_ x: Double) -> Bool { !x.isNaN && (atLeast ? x >= threshold : x <= threshold) }
    }

    public var origin: [Rule]
    public var destination: [Rule]
    /// The roles a unit no rule gives a role to is assessed with: both, or none.
    public var unassigned: Set<Role>

    public init(origin: [Rule] = [], destination: [Rule] = [], unassigned: Set<Role> = [.origin, .destination]) {
        self.origin = origin
        self.destination = destination
        self.unassigned = unassigned
    }

    public func rules(_ role: Role) -> [Rule] { role == .origin ? origin : destination }

    /// The rules with every threshold multiplied by `factor` (an uncertainty replication's
    /// `roles.scale`): above 1 an `at_least` rule is harder to meet, below 1 easier.
    public func scaled(by factor: Double) -> RoleSpec {
        guard factor != 1 else { return self }
        func scale(_ rules: [Rule]) -> [Rule] { rules.map { Rule(variable: $0.variable, threshold: $0.threshold * factor, atLeast: $0.atLeast) } }
        return RoleSpec(origin: scale(origin), destination: scale(destination), unassigned: unassigned)
    }

    /// Every context variable the rules read, in order of first use.
    public var variables: [String] {
        var seen: Set<String> = []
        return (origin + destination).map(\.variable).filter { seen.insert($0).inserted }
    }

    static func parse(_ m: YAMLMap?) throws -> RoleSpec? {
        guard let m else { return nil }
        try m.onlyKeys(["origin", "destination", "unassigned"])
        func rules(_ key: String) throws -> [Rule] {
            try m.mapList(key).map { r in
                try r.onlyKeys(["variable", "at_least", "at_most"])
                let least = try r.optionalDouble("at_least"), most = try r.optionalDouble("at_most")
                guard (least == nil) != (most == nil) else {
                    throw r.error(least == nil ? "at_least" : "at_most", "\(least == nil ? "neither" : "both") of at_least and at_most",
                                  "one threshold: at_least or at_most")
                }
                return Rule(variable: try r.string("variable"), threshold: least ?? most!, atLeast: least != nil)
            }
        }
        let spec = RoleSpec(origin: try rules("origin"), destination: try rules("destination"))
        guard !spec.origin.isEmpty || !spec.destination.isEmpty else {
            throw m.error("origin", "no role rules", "rules under origin: and/or destination:")
        }
        var out = spec
        switch try m.optionalString("unassigned") ?? "both" {
        case "both": out.unassigned = [.origin, .destination]
        case "none": out.unassigned = []
        case let other: throw m.error("unassigned", "'\(other)'", "both or none")
        }
        return out
    }
}
