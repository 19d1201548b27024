import GapMatrix

/// The declarations of the gap matrix's tables and what builds on it: leaders, learning matches,
/// practices and their sources, opportunities.
enum GapSchemas {
    static func gapMatrix(_ themes: [String]) -> TableSchema {
        TableSchema(
            file: "gap_matrix.csv", title: "Knowledge-gap matrix",
            description: "One row per unit and theme: the gap class of the cell, its colours, coverage, indicator cells by state, "
                + "the practices documented there and the reasons.",
            fields: [Columns.unitCode(), Columns.unitName(), Columns.region, Columns.income, Columns.theme(themes),
                     .text("gap_class", "data gap (too few indicators with data to judge), policy gap (no practice; practice not evaluated; "
                           + "evaluated practice), outcome gap, evidence gap, or no gap", allowed: Columns.gapClassValues),
                     .number("coverage", "share of the indicators that apply and are in scope which have a value", unit: "share (0-1)"),
                     Columns.colour("colour", "theme rating"), Columns.colour("policy_colour", "rating of the theme's policy indicators"),
                     Columns.colour("outcome_colour", "rating of the theme's outcome indicators")]
                + Columns.stateCounts
                + [.integer("practice_count", "documented practices of the unit on the theme"),
                   .integer("evaluated_practice_count", "those with an independent or impact evaluation"),
                   .list("practice_ids", "ids of those practices (practices.csv)"),
                   .text("reasons", "why the gap class, in words")],
            primaryKey: ["unit_code", "theme_code"], foreignKeys: [Columns.unitKey("unit_code")])
    }

    static func gapStability(_ themes: [String]) -> TableSchema {
        TableSchema(
            file: "gap_stability.csv", title: "Gap-class stability",
            description: "One row per unit and theme: how often the gap cell keeps its class across the replications of the study's "
                + "recorded uncertainty run (roles, thresholds and indicator exclusion varied), and its most frequent other class.",
            fields: [Columns.unitCode(), Columns.unitName(), Columns.theme(themes),
                     .text("nominal_gap_class", "the cell's gap class in the study as run", allowed: Columns.gapClassValues),
                     .number("same_class_share", "share of replications with the nominal class", unit: "share (0-1)"),
                     .text("other_gap_class", "the most frequent other class (empty when the class never changes)",
                           allowed: Columns.gapClassValues + [""]),
                     .number("other_class_share", "share of replications with that class", unit: "share (0-1)"),
                     .integer("replications", "replications of the run"),
                     .flag("unstable", "TRUE when the class changes in more than 20% of the replications")],
            primaryKey: ["unit_code", "theme_code"], foreignKeys: [Columns.unitKey("unit_code")])
    }

    static func leaders(_ themes: [String]) -> TableSchema {
        TableSchema(
            file: "leaders.csv", title: "Leaders by theme",
            description: "Units rated green on each theme, by score, with the practices they document there.",
            fields: [Columns.theme(themes), .integer("rank", "rank among the theme's leaders, 1 = highest score"),
                     Columns.unitCode(), Columns.unitName(), .number("score", "theme score", unit: "points (0-100)"),
                     .list("practice_ids", "ids of the unit's practices on the theme (practices.csv)")],
            primaryKey: ["theme_code", "unit_code"], foreignKeys: [Columns.unitKey("unit_code")])
    }

    static func matches(_ themes: [String]) -> TableSchema {
        TableSchema(
            file: "learning_matches.csv", title: "Peer-learning matches",
            description: "For each policy gap, the peers that do better on the theme and resemble the unit, ranked, each match explained.",
            fields: [Columns.unitCode(of: "the unit with the gap"), Columns.unitName(of: "the unit with the gap"), Columns.theme(themes),
                     .integer("rank", "rank of the peer for this unit and theme, 1 = best match"),
                     Columns.unitCode(prefix: "peer_", of: "the peer"), Columns.unitName(prefix: "peer_", of: "the peer"),
                     .number("unit_score", "theme score of the unit", unit: "points (0-100)"),
                     .number("peer_score", "theme score of the peer", unit: "points (0-100)"),
                     .list("shared_groups", "peer groups (units-file columns) the two share"),
                     .number("distance", "distance between the two on the study's similarity variables (standardised)"),
                     .text("corridor_tie", "the migration or remittance tie between the two, in words (empty when none)"),
                     .list("peer_practice_ids", "ids of the peer's practices on the theme (practices.csv)"),
                     .text("explanation", "why this peer, in words")],
            primaryKey: ["unit_code", "theme_code", "rank"],
            foreignKeys: [Columns.unitKey("unit_code"), Columns.unitKey("peer_unit_code")])
    }

    static func practices(_ themes: [String]) -> TableSchema {
        TableSchema(
            file: "practices.csv", title: "Practices",
            description: "The study's practice registry: each documented practice with its countries, themes, years and evaluation; "
                + "its sources are in practice_sources.csv. Rows with origin 'agreements data' (ids BLA-<treatyID>) are bilateral "
                + "labour agreements of the agreements data that count as unevaluated practice: signed in the study's window, their "
                + "coded text mentioning an area the study maps to the theme (agreements.practice_themes).",
            fields: [.text("practice_id", "id of the practice (BLA-<treatyID> for an agreement)"), .text("title", "title of the practice"),
                     .text("origin", "where the practice was read: the hand-coded practice registry or the agreements data",
                           allowed: Practice.Origin.allCases.map(\.rawValue)),
                     .list("unit_codes", "codes of the units (countries) where it runs"),
                     .list("theme_codes", "codes of the themes it bears on"),
                     .list("gcm", "Global Compact for Migration objectives (numbers)"), .list("sdg", "SDG targets"),
                     .year("start", "first year (empty when unknown)"), .year("end", "last year (empty when ongoing or unknown)"),
                     .text("evaluation", "the strongest evaluation on record (monitoring is not an evaluation)", allowed: Columns.evaluationValues),
                     .year("evaluation_year", "year of that evaluation (empty when unknown)"),
                     .text("evaluation_reference", "reference of that evaluation (empty when none)"),
                     .integer("source_count", "number of references in practice_sources.csv"),
                     .text("status", "status as a source gives it (empty when the registry does not say)",
                           allowed: PracticeDetails.Status.allCases.map(\.rawValue)),
                     .text("end_date", "the date it ended, when a source gives more than the year (YYYY-MM or YYYY-MM-DD)"),
                     .text("last_verified", "when the entry was last checked against its sources (YYYY-MM-DD)"),
                     .list("funders", "who funds it, as a source names them"),
                     .number("budget_amount", "published budget (empty when none is published)"),
                     .text("budget_currency", "currency of the budget (ISO 4217)"),
                     .text("budget_period", "year or period the budget covers, as the source gives it"),
                     .text("target_group", "who the practice is for, in words"),
                     .list("figure_values", "numbers about the target group, as sources give them"),
                     .list("figure_dates", "the date each number refers to, in the order of figure_values"),
                     .list("figure_whats", "what each number counts, in the order of figure_values"),
                     .text("lessons", "lessons learnt, as the evaluation on record states them"),
                     .text("challenges", "challenges, as the evaluation on record states them")],
            primaryKey: ["practice_id"])
    }

    static let practiceSources = TableSchema(
        file: "practice_sources.csv", title: "Practice sources",
        description: "The references each practice is documented by, one row per reference (references are free text and may hold ';').",
        fields: [.text("practice_id", "id of the practice (practices.csv)"), .integer("number", "position of the reference in the practice's list, from 1"),
                 .text("reference", "the reference as the registry gives it"),
                 .text("url", "the reference's address, when the registry gives one apart (empty otherwise)")],
        primaryKey: ["practice_id", "number"], foreignKeys: [ForeignKey("practice_id", "practices", "practice_id")])

    static func opportunities(_ themes: [String]) -> TableSchema {
        TableSchema(
            file: "opportunities.csv", title: "Partnership opportunities",
            description: "Pairs of a unit with a gap on a theme and a unit strong on it, linked by migrants or remittances, ranked per theme.",
            fields: [Columns.theme(themes), .integer("rank", "rank of the pair within the theme, 1 = strongest ties"),
                     Columns.unitCode(prefix: "gap_", of: "the unit with the gap"), Columns.unitName(prefix: "gap_", of: "the unit with the gap"),
                     .text("gap_class", "gap class of the gap unit's cell", allowed: Columns.gapClassValues),
                     .number("gap_score", "theme score of the gap unit", unit: "points (0-100)"),
                     Columns.unitCode(prefix: "strength_", of: "the strong unit"), Columns.unitName(prefix: "strength_", of: "the strong unit"),
                     .number("strength_score", "theme score of the strong unit", unit: "points (0-100)"),
                     .number("migrants_gap_to_strength", "migrants from the gap unit living in the strong unit", unit: "persons"),
                     .number("migrants_strength_to_gap", "migrants from the strong unit living in the gap unit", unit: "persons"),
                     .number("remittances_strength_to_gap_usdm", "remittances sent from the strong unit to the gap unit", unit: "US$ million"),
                     .number("remittances_gap_to_strength_usdm", "remittances sent from the gap unit to the strong unit", unit: "US$ million"),
                     .list("shared_practice_ids", "practices both units take part in (practices.csv)"),
                     .list("existing_partnership_ids", "partnerships both units are parties to (partnerships.csv)")],
            primaryKey: ["theme_code", "rank"],
            foreignKeys: [Columns.unitKey("gap_unit_code"), Columns.unitKey("strength_unit_code")])
    }
}
