/// A documented practice or programme (docs/METHODS.md section 6 and issue 4's registry format).
public struct Practice: Sendable, Equatable {
    public enum EvaluationLevel: String, Sendable, CaseIterable {
        case unknown
        case none
        case monitoring
        case independent = "independent evaluation"
        case impact = "impact evaluation"

        /// Monitoring is not evaluation: only an independent or impact evaluation counts.
        public var isEvaluation: Bool { self == .independent || self == .impact }
    }

    /// Where a practice was read: the hand-coded practice registry, or a bilateral labour
    /// agreement of the agreements data counted by `AgreementPractice`. Reports keep the two
    /// apart, since an agreement says only that a text mentions a topic.
    public enum Origin: String, Sendable, CaseIterable {
        case registry = "practice registry"
        case agreements = "agreements data"
    }

    public struct Partner: Sendable, Equatable {
        public var name: String
        public var kind: String?

        public init(name: String, kind: String? = nil) {
            self.name = name
            self.kind = kind
        }
    }

    public struct Evaluation: Sendable, Equatable {
        public var level: EvaluationLevel
        public var year: Int?
        public var reference: String?

        public init(level: EvaluationLevel, year: Int? = nil, reference: String? = nil) {
            self.level = level
            self.year = year
            self.reference = reference
        }
    }

    public var id: String
    public var title: String
    public var summary: String?
    /// Implementing countries (unit codes).
    public var countries: [String]
    public var partners: [Partner]
    public var themes: [String]
    public var gcm: [Int]
    public var sdg: [String]
    public var start: Int?
    public var end: Int?
    public var instruments: [String]
    public var beneficiaries: String?
    public var outcomes: String?
    public var evaluation: Evaluation
    public var sources: [String]
    /// Status, dates, funding, target group and lessons, where the sources give them.
    public var details = PracticeDetails()
    /// Line of the entry in its file, for messages.
    public var line: Int?
    /// The practice registry unless set otherwise.
    public var origin = Origin.registry

    /// A practice built in code; `PracticeFile` reads them from a registry with its checks.
    public init(id: String, title: String, summary: String? = nil, countries: [String], partners: [Partner] = [],
                themes: [String], gcm: [Int] = [], sdg: [String] = [], start: Int? = nil, end: Int? = nil,
                instruments: [String] = [], beneficiaries: String? = nil, outcomes: String? = nil,
                evaluation: Evaluation = .init(level: .unknown), sources: [String], line: Int? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.countries = countries
        self.partners = partners
        self.themes = themes
        self.gcm = gcm
        self.sdg = sdg
        self.start = start
        self.end = end
        self.instruments = instruments
        self.beneficiaries = beneficiaries
        self.outcomes = outcomes
        self.evaluation = evaluation
        self.sources = sources
        self.line = line
    }

    public var isEvaluated: Bool { evaluation.level.isEvaluation }

    public func covers(unit: String, theme: String) -> Bool { countries.contains(unit) && themes.contains(theme) }
}

/// The spec of the gap matrix and peer learning, from a study's `gaps:` section.
public struct GapSpec: Sendable, Equatable {
    /// Below this share of a theme's indicators with data (ok or stale), the cell is a data gap.
    public var sufficiency = 2.0 / 3.0
    /// Peers offered per gap.
    public var k = 3
    /// Context variables that measure similarity (standardised logs).
    public var similarity: [String] = []
    /// Group columns that make two units comparable, most important first.
    public var peerGroups: [String] = []

    public init() {}
}
