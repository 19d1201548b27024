/// The fields of a practice record beyond what the gap matrix uses, as the GFMD Platform for
/// Partnerships' practice form and the UN Network on Migration's Migration Network Hub record
/// them: status and end date, when the record was last verified, funders and budget, the target
/// group with dated numbers, and lessons or challenges an evaluation states. Every field is
/// optional: a registry records only what a source says (unknown stays empty).
public struct PracticeDetails: Sendable, Equatable {
    /// Where a practice stands, as the two databases' status fields put it.
    public enum Status: String, Sendable, CaseIterable {
        case planned, ongoing, completed, discontinued, unknown

        /// Statuses that say the practice has ended, so an end year or date is expected.
        public var hasEnded: Bool { self == .completed || self == .discontinued }
    }

    /// A published budget: an amount in a currency, for a year or a period when the source says.
    public struct Budget: Sendable, Equatable {
        public var amount: Double
        /// ISO 4217 code, e.g. EUR, USD.
        public var currency: String
        /// The year or period it covers, as the source gives it (e.g. "2019" or "2019-2021").
        public var period: String?

        public init(amount: Double, currency: String, period: String? = nil) {
            self.amount = amount
            self.currency = currency
            self.period = period
        }
    }

    /// A number about the target group with the date it refers to (e.g. 19,000 places, 2022).
    public struct Figure: Sendable, Equatable {
        public var value: Double
        /// A year or an ISO date (YYYY, YYYY-MM or YYYY-MM-DD).
        public var date: String
        /// What is counted.
        public var what: String

        public init(value: Double, date: String, what: String) {
            self.value = value
            self.date = date
            self.what = what
        }
    }

    public var status: Status?
    /// The day or month it ended (ISO date), when a source gives more than the year.
    public var endDate: String?
    /// When the record was last checked against its sources (ISO date YYYY-MM-DD).
    public var lastVerified: String?
    /// One address per entry of the practice's sources, in their order (nil where a source has none).
    public var sourceURLs: [String?]
    public var funders: [String]
    public var budget: Budget?
    /// Who the practice is for, in words.
    public var targetGroup: String?
    public var figures: [Figure]
    /// Lessons learnt and challenges, as an evaluation states them.
    public var lessons: String?
    public var challenges: String?

    public init(status: Status? = nil, endDate: String? = nil, lastVerified: String? = nil, sourceURLs: [String?] = [],
                funders: [String] = [], budget: Budget? = nil, targetGroup: String? = nil, figures: [Figure] = [],
                lessons: String? = nil, challenges: String? = nil) {
        self.status = status
        self.endDate = endDate
        self.lastVerified = lastVerified
        self.sourceURLs = sourceURLs
        self.funders = funders
        self.budget = budget
        self.targetGroup = targetGroup
        self.figures = figures
        self.lessons = lessons
        self.challenges = challenges
    }
}
