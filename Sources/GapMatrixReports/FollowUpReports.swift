import GapMatrix

/// The follow-up report for a meeting: the document a rapporteur tables, and the CSV behind it.
///
/// Recommendations of the Forum are non-binding and most follow-up is never published, so the
/// text says "bears on" and shows unknown statuses as unknown, never as failures.
public enum FollowUpReports {
    public static func document(_ r: FollowUpReport, indicatorNames: [String: String], themeNames: [String: String]) -> Document {
        var d = Document()
        d.heading(1, "Follow-up of GFMD recommendations: \(r.meeting.name)")
        let actions = Set(r.entries.flatMap(\.actions).map(\.id)).count
        d.paragraph("\(r.entries.count) recommendation\(plural(r.entries.count)) made at or before \(r.meeting.name); \(actions) recorded action\(plural(actions)) on them; "
            + "\(r.withoutAction.count) without any recorded action; \(r.overdue.count) action\(plural(r.overdue.count)) overdue; "
            + "\(r.statusUnknown.count) with an unpublished (unknown) status. Recommendations of the Forum come from its Chair, rapporteurs "
            + "and civil society; states did not adopt them. A recommendation bears on the themes it names; it is not a commitment a state fails. "
            + "The same rows are in followup.csv.")
        d.heading(2, "Status per recommendation")
        var rows: [[String]] = []
        for e in r.entries {
            let rec = e.recommendation
            if e.actions.isEmpty {
                rows.append([rec.id, rec.meeting, rec.kind.rawValue, "-", "no recorded action", "-"])
            }
            for a in e.actions {
                rows.append([rec.id, rec.meeting, rec.kind.rawValue, a.id, a.status.rawValue, a.evidence.map(evidence).joined(separator: "; ").ifEmpty("-")])
            }
        }
        d.table(TextTable(header: ["Recommendation", "Meeting", "Kind", "Action", "Status", "Evidence"], rows: rows, numeric: []))
        d.heading(2, "Recommendations with no recorded action")
        if r.withoutAction.isEmpty {
            d.paragraph("None: every recommendation made by then has at least one recorded action.")
        } else {
            d.table(TextTable(header: ["Recommendation", "Text", "Source"],
                              rows: r.withoutAction.map { [$0.id, $0.text, locator($0.locator)] }, numeric: []))
        }
        d.heading(2, "Actions overdue")
        if r.overdue.isEmpty {
            d.paragraph("None: no action due by \(r.meeting.name) is still recorded as proposed or under way.")
        } else {
            d.table(TextTable(header: ["Action", "Due", "Status", "Lead", "What"],
                              rows: r.overdue.map { [$0.id, $0.due ?? "-", $0.status.rawValue, $0.lead ?? "not recorded", $0.action] }, numeric: []))
        }
        if !r.statusUnknown.isEmpty {
            d.heading(2, "Actions whose status is not published")
            d.table(TextTable(header: ["Action", "Recommendations", "What"],
                              rows: r.statusUnknown.map { [$0.id, $0.recommendations.joined(separator: ", "), $0.action] }, numeric: []))
        }
        d.heading(2, "Research needs")
        let policy = r.entries.filter { $0.recommendation.kind == .policy }.count
        if r.researchNeeds.isEmpty {
            d.paragraph(policy == 0
                ? "None listed: every recommendation recorded so far concerns the Forum's own process, which country data cannot judge."
                : "None listed: the themes that the \(policy) policy recommendation\(plural(policy)) bear on have no missing values.")
        } else {
            d.paragraph("The indicators that units lack most on each theme that policy recommendations bear on: without them those "
                + "recommendations cannot be judged (at most \(FollowUpReport.needsPerTheme) per theme).")
            d.table(TextTable(header: ["Theme", "Indicator", "Units without a value", "Recommendations"],
                              rows: r.researchNeeds.map {
                                  ["\($0.theme) \(themeNames[$0.theme] ?? "")", "\(indicatorNames[$0.indicator] ?? $0.indicator) (\($0.indicator))",
                                   "\($0.missing) of \($0.units)", $0.recommendations.joined(separator: ", ")]
                              }, numeric: [2]))
        }
        return d
    }

    /// One row per recommendation and action (a recommendation without action has one row with an empty action).
    /// The codebook of followup.csv, for the folder `followup --out` writes.
    public static func codebook(_ study: Study) -> String {
        DataPackage.json(study, tables: [ForumSchemas.followUp])
    }

    /// The document with the framework's names for indicators and themes.
    public static func document(_ r: FollowUpReport, names f: Framework) -> Document {
        let names = Dictionary(f.nodes.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        return document(r, indicatorNames: names, themeNames: names)
    }

    public static func csv(_ r: FollowUpReport) -> String {
        var w = CSVWriter(ForumSchemas.followUp)
        let overdue = Set(r.overdue.map(\.id))
        for e in r.entries {
            let rec = e.recommendation
            let head: [CSVWriter.Cell] = [.text(rec.id), .text(rec.meeting), .whole(rec.year), .text(rec.kind.rawValue), .list(rec.themes)]
            if e.actions.isEmpty {
                w.row(head + [.text(""), .text("no recorded action"), .text(""), .flag(false), .text(""), .list([]),
                              .list([rec.locator.document]), .list(rec.locator.url.map { [$0] } ?? []), .text(rec.text), .text(""), .list([])])
            }
            for a in e.actions {
                w.row(head + [.text(a.id), .text(a.status.rawValue), .text(a.due ?? ""), .flag(overdue.contains(a.id)),
                              .text(a.lead ?? ""), .list(a.evidence.map(\.text)), .list(a.evidence.map(\.locator.document)),
                              .list(a.evidence.compactMap(\.locator.url)), .text(rec.text), .text(a.action), .list(a.partners)])
            }
        }
        return w.text
    }

    static func evidence(_ e: FollowUpAction.Evidence) -> String { "\(e.text) (\(locator(e.locator)))" }

    static func locator(_ l: Recommendation.Locator) -> String {
        [l.document, l.section, l.url].compactMap { $0 }.joined(separator: ", ")
    }

    static func plural(_ n: Int) -> String { n == 1 ? "" : "s" }
}

private extension String {
    func ifEmpty(_ other: String) -> String { isEmpty ? other : self }
}
