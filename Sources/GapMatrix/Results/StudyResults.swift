/// Everything a study's analysis produced, computed once: the build of its recipe, the ratings,
/// the knowledge-gap matrix, peer learning, opportunities, partnerships, corridors and the
/// recorded uncertainty run. Reports and commands read from it and never recompute a part.
///
/// A part the study does not have, or the caller did not ask for, is nil (or empty).
public struct StudyResults: Sendable {
    /// The parts of the analysis a caller needs; each brings the parts it depends on.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Ratings, trends and the inclusion rule (studies with a `ratings:` section).
        public static let ratings = Parts(rawValue: 1 << 0)
        /// The practice registry, read and checked.
        public static let practices = Parts(rawValue: 1 << 1)
        /// The knowledge-gap matrix (needs ratings and practices).
        public static let gaps = Parts(rawValue: 1 << 2)
        /// Leaders and peer-learning matches (needs the gap matrix).
        public static let learning = Parts(rawValue: 1 << 3)
        /// Pairs of a gap and a strength linked by ties (needs the gap matrix and ties).
        public static let opportunities = Parts(rawValue: 1 << 4)
        /// The partnership registry and its scores.
        public static let partnerships = Parts(rawValue: 1 << 5)
        /// Remittance costs by corridor.
        public static let corridors = Parts(rawValue: 1 << 6)
        /// The uncertainty run the study records, ranked among the units with an index score.
        public static let uncertainty = Parts(rawValue: 1 << 7)
        /// The recommendations and follow-up registers, and the follow-up report for the latest
        /// meeting of the register.
        public static let forum = Parts(rawValue: 1 << 8)

        public static let all: Parts = [.ratings, .practices, .gaps, .learning, .opportunities, .partnerships,
                                        .corridors, .uncertainty, .forum]

        /// The parts together with every part they depend on.
        public var closed: Parts {
            var p = self
            if p.contains(.learning) || p.contains(.opportunities) { p.insert(.gaps) }
            if p.contains(.gaps) { p.formUnion([.ratings, .practices]) }
            if p.contains(.uncertainty) { p.insert(.ratings) }
            return p
        }
    }

    /// The uncertainty run the study records (replications and seed) and its rank statistics.
    public struct Uncertainty: Sendable {
        public var seed: UInt64
        public var run: UncertaintyAnalysis.Result
        /// Ranked among the units the assessment gives an index score, like the dashboard.
        public var rankStats: [UncertaintyAnalysis.RankStats]
    }

    /// Leaders per theme and peer-learning matches for every policy gap.
    public struct Learning: Sendable {
        public var leaders: [PeerLearning.Leader]
        public var matches: [PeerLearning.Match]

        public init(leaders: [PeerLearning.Leader], matches: [PeerLearning.Match]) {
            self.leaders = leaders
            self.matches = matches
        }

        /// How many different peers the matches name on each theme: one peer named by every
        /// match is a sign the learning points everyone to the same country.
        public var distinctPeers: [String: Int] { PeerLearning.distinctPeers(matches) }
    }

    public let study: Study
    public let inputs: StudyInputs
    public let build: Build
    public let assessment: Assessment?
    public let practices: [Practice]
    public let gaps: KnowledgeGapMatrix?
    public let learning: Learning?
    public let ties: Opportunities.Ties?
    public let opportunities: [Opportunities.Opportunity]?
    public let partnerships: [Partnership]
    /// One per partnership, in the registry's order (empty unless partnerships were asked for).
    public let partnershipScores: [PartnershipScores.Score]
    public let corridors: Corridors.Analysis?
    public let uncertainty: Uncertainty?
    /// The source ids the values files cite, with their descriptions (studies with ratings).
    public let sources: [SourceRecord]
    /// How often each gap cell keeps its class across the recorded run's replications (with
    /// the gap matrix and a recorded run).
    public var gapStability: GapStability? = nil
    /// The imported bilateral labour agreements: scores, country roll-up and corridor matrix.
    public var agreements: AgreementResults? = nil
    /// The follow-up report for the latest meeting of the study's follow-up register (with the
    /// `forum` part and both registers).
    public var followUp: FollowUpReport? = nil
    /// The difference from the previous edition, when the caller computed one: the meeting
    /// brief reports its changes beyond noise (nil: the brief says there is no comparison).
    public var editionDiff: EditionDiff? = nil
}
