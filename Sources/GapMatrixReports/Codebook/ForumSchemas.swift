import GapMatrix

/// The declarations of the tables `diff` and `followup` write, with the report's conventions.
enum ForumSchemas {
    static let diffThemes = TableSchema(
        file: "diff_themes.csv", title: "Theme changes between editions",
        description: "One row per unit and theme: the score, colour and gap class in the earlier and the current edition, "
            + "the current edition's uncertainty band, the kinds of indicator change behind it, and the verdict.",
        fields: [Columns.unitCode(), .text("theme_code", "code of the theme"),
                 .number("score_before", "theme score in the earlier edition (empty when none)", unit: "points (0-100)"),
                 .number("score_now", "theme score in the current edition (empty when none)", unit: "points (0-100)"),
                 .number("band_low", "5th percentile of the current score under the recorded uncertainty run (empty without one)", unit: "points (0-100)"),
                 .number("band_high", "95th percentile of the current score under the recorded uncertainty run (empty without one)", unit: "points (0-100)"),
                 Columns.colour("colour_before", "theme colour in the earlier edition"), Columns.colour("colour_now", "theme colour now"),
                 .text("gap_class_before", "gap class in the earlier edition (empty without a gap matrix)", allowed: Columns.gapClassValues),
                 .text("gap_class_now", "gap class now (empty without a gap matrix)", allowed: Columns.gapClassValues),
                 .list("kinds", "kinds of change of the theme's indicators (unchanged left out)"),
                 .text("verdict", "how the difference is read", allowed: EditionDiff.Verdict.allCases.map(\.rawValue))],
        primaryKey: ["unit_code", "theme_code"], foreignKeys: [Columns.unitKey("unit_code")])

    static let diffIndicators = TableSchema(
        file: "diff_indicators.csv", title: "Indicator changes between editions",
        description: "One row per unit and indicator: value, year and colour in each edition, and the kind of change.",
        fields: [Columns.unitCode(), .text("indicator_code", "code of the indicator"),
                 .number("value_before", "value used in the earlier edition (empty when none)"), .year("year_before", "its year (empty when none)"),
                 Columns.colour("colour_before", "its colour"),
                 .number("value_now", "value used now (empty when none)"), .year("year_now", "its year (empty when none)"),
                 Columns.colour("colour_now", "its colour"),
                 .text("kind", "why the cell differs", allowed: EditionDiff.Kind.allCases.map(\.rawValue))],
        primaryKey: ["unit_code", "indicator_code"], foreignKeys: [Columns.unitKey("unit_code"), Columns.indicatorKey("indicator_code")])

    static let followUp = TableSchema(
        file: "followup.csv", title: "Follow-up of recommendations",
        description: "One row per recommendation and action (a recommendation without action has one row with an empty action).",
        fields: [.text("recommendation_id", "id of the recommendation"), .text("meeting", "meeting that made it"),
                 .year("year", "year of that meeting"), .text("kind", "policy or process", allowed: Recommendation.Kind.allCases.map(\.rawValue)),
                 .list("theme_codes", "themes it bears on"), .text("action_id", "id of the action (empty when none is recorded)"),
                 .text("status", "status of the action", allowed: FollowUpAction.Status.allCases.map(\.rawValue) + ["no recorded action"]),
                 .text("due", "when the action is due (empty when not recorded)"),
                 .flag("overdue", "the action was due by the meeting and is still proposed or under way"),
                 .text("lead", "who leads the action (empty when not recorded)"),
                 .list("evidence", "the evidence for the status, in our words"),
                 .list("source_documents", "the documents the evidence was read in, in the order of evidence"),
                 .list("source_urls", "their addresses, where published"),
                 .text("recommendation_text", "the recommendation in the register's own words"),
                 .text("action", "what the action is, in the register's words (empty when none is recorded)"),
                 .list("partners", "the action's partners, as the source names them")],
        primaryKey: [])
}
