/// What a rapporteur tables at a meeting about the recommendations of earlier ones: the status
/// of each with its evidence, those with no recorded action, the actions overdue, and the
/// research needs, i.e. the information gaps that keep a recommendation from being judged
/// (docs/METHODS.md section 13).
public struct FollowUpReport: Sendable, Equatable {
    public var meeting: ForumMeeting
    /// Every recommendation made at or before the meeting, with the actions recorded on it.
    public var entries: [Entry]
    /// Recommendations made at or before the meeting on which no action is recorded.
    public var withoutAction: [Recommendation]
    /// Actions due at or before the meeting and still proposed or under way.
    public var overdue: [FollowUpAction]
    /// Actions whose status was never published: neither done nor overdue.
    public var statusUnknown: [FollowUpAction]
    public var researchNeeds: [ResearchNeed]

    public struct Entry: Sendable, Equatable {
        public var recommendation: Recommendation
        public var actions: [FollowUpAction]
    }

    /// An indicator of a theme that policy recommendations bear on, with how many units lack it.
    public struct ResearchNeed: Sendable, Equatable {
        public var theme: String
        public var indicator: String
        public var missing: Int
        public var units: Int
        /// The recommendations that cannot be judged on this theme without it.
        public var recommendations: [String]
    }

    /// Indicators listed per theme in `researchNeeds`, most missing first.
    public static let needsPerTheme = 3

    /// - Parameters:
    ///   - missing: per indicator code, units with no value and units assessed.
    ///   - themeIndicators: per theme code, its indicator codes.
    public static func build(meeting name: String, recommendations: [Recommendation], register: FollowUpRegister,
                             missing: [String: (missing: Int, units: Int)], themeIndicators: [String: [String]]) throws -> FollowUpReport {
        guard let position = register.meetings.firstIndex(where: { $0.name == name }) else {
            throw GapMatrixError(.usage, field: "meeting", found: "meeting '\(name)'",
                                 expected: "one of the register's meetings: \(register.meetings.map(\.name).joined(separator: ", "))")
        }
        let meeting = register.meetings[position]
        let made = recommendations.filter { $0.year <= meeting.year }
        let byRecommendation = Dictionary(grouping: register.actions.flatMap { a in a.recommendations.map { ($0, a) } }, by: \.0)
        let entries = made.map { Entry(recommendation: $0, actions: (byRecommendation[$0.id] ?? []).map(\.1)) }
        let dueBy = Set(register.meetings[...position].map(\.name))
        let relevant = register.actions.filter { a in a.recommendations.contains { id in made.contains { $0.id == id } } }
        var needs: [ResearchNeed] = []
        let policy = made.filter { $0.kind == .policy }
        for theme in Set(policy.flatMap(\.themes)).sorted() {
            let recs = policy.filter { $0.themes.contains(theme) }.map(\.id)
            let ranked = (themeIndicators[theme] ?? []).compactMap { code in missing[code].map { (code, $0) } }
                .filter { $0.1.missing > 0 }
                .sorted { $0.1.missing != $1.1.missing ? $0.1.missing > $1.1.missing : $0.0 < $1.0 }
            needs += ranked.prefix(needsPerTheme).map {
                ResearchNeed(theme: theme, indicator: $0.0, missing: $0.1.missing, units: $0.1.units, recommendations: recs)
            }
        }
        return FollowUpReport(
            meeting: meeting, entries: entries, withoutAction: entries.filter(\.actions.isEmpty).map(\.recommendation),
            overdue: relevant.filter { a in a.status.isOpen && a.due.map(dueBy.contains) == true },
            statusUnknown: relevant.filter { $0.status == .unknown }, researchNeeds: needs)
    }
}

extension FollowUpReport {
    /// The report for a study's inputs: missing values counted over the study's units in its raw
    /// data (what the window found), indicators gathered under every theme below the root.
    public static func build(meeting: String, recommendations: [Recommendation], register: FollowUpRegister,
                             inputs: StudyInputs) throws -> FollowUpReport {
        let raw = inputs.raw
        var missing: [String: (missing: Int, units: Int)] = [:]
        for (c, code) in raw.columns.enumerated() {
            let column = raw.column(c)
            missing[code] = (column.filter(\.isNaN).count, column.count)
        }
        let f = inputs.framework
        func indicators(under code: String) -> [String] {
            f.children(of: code).flatMap { $0.kind == .indicator ? [$0.code] : indicators(under: $0.code) }
        }
        let themes = Dictionary(uniqueKeysWithValues: f.aggregates.filter { $0 != f.root }.map { ($0, indicators(under: $0)) })
        return try build(meeting: meeting, recommendations: recommendations, register: register, missing: missing, themeIndicators: themes)
    }
}
