/// An action taken, or proposed, on one or more recommendations between Forum meetings.
public struct FollowUpAction: Sendable, Equatable {
    /// Most statuses are never published, so `unknown` is an ordinary state, shown as such and
    /// never counted as done or as overdue.
    public enum Status: String, Sendable, CaseIterable {
        case proposed
        case underWay = "under way"
        case done
        case dropped
        case unknown

        /// Still expected to happen: can be overdue.
        public var isOpen: Bool { self == .proposed || self == .underWay }
    }

    /// A fact that supports the status, with where it was read.
    public struct Evidence: Sendable, Equatable {
        public var text: String
        public var locator: Recommendation.Locator

        public init(text: String, locator: Recommendation.Locator) {
            self.text = text
            self.locator = locator
        }
    }

    public var id: String
    public var recommendations: [String]
    public var action: String
    public var lead: String?
    public var partners: [String]
    /// The meeting it was to report to (a name from the register's meeting list).
    public var due: String?
    public var status: Status
    public var evidence: [Evidence]
    public var line: Int?

    public init(id: String, recommendations: [String], action: String, lead: String? = nil, partners: [String] = [],
                due: String? = nil, status: Status, evidence: [Evidence] = [], line: Int? = nil) {
        self.id = id
        self.recommendations = recommendations
        self.action = action
        self.lead = lead
        self.partners = partners
        self.due = due
        self.status = status
        self.evidence = evidence
        self.line = line
    }
}

/// A Forum meeting, in the order meetings happened.
public struct ForumMeeting: Sendable, Equatable {
    public var name: String
    public var year: Int

    public init(name: String, year: Int) {
        self.name = name
        self.year = year
    }
}

/// The follow-up register: the meetings in order and the actions recorded.
public struct FollowUpRegister: Sendable, Equatable {
    public var meetings: [ForumMeeting]
    public var actions: [FollowUpAction]

    public init(meetings: [ForumMeeting], actions: [FollowUpAction]) {
        self.meetings = meetings
        self.actions = actions
    }
}
