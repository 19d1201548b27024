/// A partnership between countries (docs/METHODS.md section 7): parties with roles, themes, the
/// areas of the UN Network on Migration's 2022 guidance on bilateral labour migration
/// agreements coded absent / partial / complete / unknown, and its evaluation.
public struct Partnership: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case bilateralLabourAgreement = "bilateral labour agreement"
        case memorandum = "memorandum of understanding"
        case skillPartnership = "global skill partnership"
        case regionalFramework = "regional framework"
        case multilateral
    }

    public enum Role: String, Sendable, CaseIterable { case origin, destination, both }

    public enum Item: String, Sendable, CaseIterable {
        case absent, partial, complete, unknown

        /// MGI-style value; unknown has none (it is a gap, not a zero).
        public var value: Double? {
            switch self {
            case .absent: 0
            case .partial: 0.5
            case .complete: 1
            case .unknown: nil
            }
        }
    }

    /// The assessment areas of the guidance, in its order.
    public static let areas = ["rights", "recruitment", "information", "migration_status", "occupational_safety_and_health",
                               "social_protection", "contract_and_wages", "governance_and_joint_committee",
                               "skills_and_qualifications", "savings_and_remittances", "return_and_reintegration"]

    public struct Party: Sendable, Equatable {
        public var country: String
        public var role: Role

        public init(country: String, role: Role) {
            self.country = country
            self.role = role
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var parties: [Party]
    public var start: Int?
    public var end: Int?
    public var themes: [String]
    public var gcm: [Int]
    public var sdg: [String]
    /// One entry per area of `areas`.
    public var items: [String: Item]
    public var evaluation: Practice.Evaluation
    public var sources: [String]

    /// A partnership built in code; `PartnershipFile` reads them from a registry with its checks.
    public init(id: String, name: String, kind: Kind, parties: [Party], start: Int? = nil, end: Int? = nil,
                themes: [String], gcm: [Int] = [], sdg: [String] = [], items: [String: Item] = [:],
                evaluation: Practice.Evaluation = .init(level: .unknown), sources: [String]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parties = parties
        self.start = start
        self.end = end
        self.themes = themes
        self.gcm = gcm
        self.sdg = sdg
        self.items = items
        self.evaluation = evaluation
        self.sources = sources
    }

    public func item(_ area: String) -> Item { items[area] ?? .unknown }
}
