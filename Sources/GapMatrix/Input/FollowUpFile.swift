/// Reads a follow-up register (YAML: `meetings:` in the order they happened, `actions:` a list)
/// strictly: an action names recommendations that exist, a due meeting from the list, a status
/// from the fixed set, and evidence with a locator unless its status is unknown.
public enum FollowUpFile {
    public static func read(_ path: String, recommendations: Set<String>) throws -> FollowUpRegister {
        let doc = try YAMLMap.load(path)
        try doc.onlyKeys(["meetings", "actions"])
        var meetings: [ForumMeeting] = []
        for m in try doc.mapList("meetings") {
            try m.onlyKeys(["name", "year"])
            let name = try m.string("name"), year = try m.optionalInt("year") ?? { throw m.error("year", "no year for meeting '\(name)'", "the year it was held") }()
            if let last = meetings.last, year < last.year {
                throw m.error("year", "meeting '\(name)' (\(year)) after '\(last.name)' (\(last.year))", "meetings in the order they were held")
            }
            guard !meetings.contains(where: { $0.name == name }) else { throw m.error("name", "meeting '\(name)' twice", "each meeting once") }
            meetings.append(.init(name: name, year: year))
        }
        let meetingNames = Set(meetings.map(\.name))
        var actions: [FollowUpAction] = []
        var ids: [String: Int] = [:]
        for m in try doc.mapList("actions") {
            try m.onlyKeys(["id", "recommendations", "action", "lead", "partners", "due", "status", "evidence"])
            let id = try m.string("id")
            if let first = ids[id] { throw m.error("id", "action id '\(id)' again (first on line \(first))", "unique ids") }
            ids[id] = m.line ?? 0
            let recs = try m.scalarList("recommendations") ?? []
            guard !recs.isEmpty else { throw m.error("recommendations", "no recommendation for '\(id)'", "the ids of the recommendations it follows up") }
            for r in recs where !recommendations.contains(r) {
                throw m.error("recommendations", "unknown recommendation '\(r)' in '\(id)'", "an id of the recommendations register")
            }
            let due = try m.optionalString("due")
            if let due, !meetingNames.contains(due) {
                throw m.error("due", "meeting '\(due)' in '\(id)'", "one of the meetings listed: \(meetings.map(\.name).joined(separator: ", "))")
            }
            let statusText = try m.string("status")
            guard let status = FollowUpAction.Status(rawValue: statusText) else {
                throw m.error("status", "status '\(statusText)' in '\(id)'", FollowUpAction.Status.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var evidence: [FollowUpAction.Evidence] = []
            for e in try m.mapList("evidence") {
                try e.onlyKeys(["text", "locator"])
                evidence.append(.init(text: try e.string("text"), locator: try RecommendationFile.locator(e, in: id)))
            }
            if status != .unknown && evidence.isEmpty {
                throw m.error("evidence", "status '\(statusText)' without evidence in '\(id)'",
                              "evidence with a locator, or status unknown")
            }
            actions.append(.init(id: id, recommendations: recs, action: try m.string("action"), lead: try m.optionalString("lead"),
                                 partners: try m.scalarList("partners") ?? [], due: due, status: status, evidence: evidence, line: m.line))
        }
        return FollowUpRegister(meetings: meetings, actions: actions.sorted { $0.id < $1.id })
    }
}
