import GapMatrix

/// The declarations of the partnership and corridor tables.
enum PartnershipSchemas {
    static var partnerships: TableSchema {
        let items = Partnership.Item.allCases.map(\.rawValue)
        return TableSchema(
            file: "partnerships.csv", title: "Partnerships",
            description: "The partnership registry scored part by part: items of the UN Network on Migration's 2022 guidance on "
                + "bilateral labour migration agreements, evidence, corridor weight and complementarity.",
            fields: [.text("partnership_id", "id of the partnership"), .text("partnership_name", "name of the partnership"),
                     .text("type", "kind of partnership", allowed: Partnership.Kind.allCases.map(\.rawValue)),
                     .list("party_unit_codes", "codes of the parties (units)"),
                     .list("party_roles", "role of each party, in the order of party_unit_codes (origin, destination or both)"),
                     .year("start", "first year (empty when unknown)"), .year("end", "last year (empty when ongoing or unknown)"),
                     .list("theme_codes", "codes of the themes it bears on"),
                     .number("item_coverage", "100 x the sum of the items (absent 0, partial 0.5, complete 1) / the number of areas; an unknown item adds nothing",
                             unit: "points (0-100)"),
                     .integer("known_items", "areas whose item is known"),
                     .list("item_gaps", "areas whose item is unknown or absent"),
                     .text("evaluation", "the strongest evaluation on record", allowed: Columns.evaluationValues),
                     .number("evidence", "evaluation as points: none 0, monitoring 33, independent evaluation 67, impact evaluation 100",
                             unit: "points (0-100)"),
                     .number("migrants", "migrants from origin parties living in destination parties (UN DESA 2019)", unit: "persons"),
                     .number("remittances_usdm", "remittances between the parties (KNOMAD 2010)", unit: "US$ million"),
                     .list("complementarity_theme_codes", "themes on which one party has a policy gap and another is green"),
                     .list("complementarity_gap_unit_codes", "the party with the gap, in the order of complementarity_theme_codes"),
                     .list("complementarity_strength_unit_codes", "the green party, in the order of complementarity_theme_codes")]
                + Partnership.areas.map { a in
                    .text(a, "item of the area \(a.replacingOccurrences(of: "_", with: " ")): absent, partial, complete or unknown", allowed: items)
                },
            primaryKey: ["partnership_id"])
    }

    static let partnershipUnits = TableSchema(
        file: "partnerships_countries.csv", title: "Partnerships by unit",
        description: "Each unit party to a partnership: how many, which, their mean item coverage and best evidence.",
        fields: [Columns.unitCode(), Columns.unitName(), .integer("partnership_count", "partnerships the unit is party to"),
                 .list("partnership_ids", "their ids (partnerships.csv)"),
                 .number("mean_item_coverage", "mean item coverage of those partnerships", unit: "points (0-100)"),
                 .number("best_evidence", "highest evidence points among them", unit: "points (0-100)")],
        primaryKey: ["unit_code"], foreignKeys: [Columns.unitKey("unit_code")])

    static let corridors = TableSchema(
        file: "corridors_10c1.csv", title: "Remittance costs by corridor (SDG 10.c.1)",
        description: "Average total cost of sending remittances per corridor and period (World Bank Remittance Prices Worldwide), "
            + "against the SDG 10.c target and ceiling.",
        fields: [Columns.unitCode(prefix: "from_", of: "the sending country (may lie outside the study's units)"),
                 Columns.unitCode(prefix: "to_", of: "the receiving country (may lie outside the study's units)"),
                 .text("period", "quarter or year of the observation, e.g. 2016Q2"),
                 .number("cost", "average total cost of sending remittances", unit: "% of the amount sent"),
                 .number("gap_to_target", "cost minus the SDG 10.c target", unit: "percentage points"),
                 .flag("above_ceiling", "the cost is above the SDG 10.c ceiling"),
                 .number("change_since_first", "cost minus the corridor's first observed cost", unit: "percentage points"),
                 .text("first_period", "period of the corridor's first observation"),
                 .number("change_since_baseline", "cost minus the corridor's cost in the baseline year (empty when none)", unit: "percentage points"),
                 .number("share_periods_above", "share of the corridor's periods above the ceiling", unit: "share (0-1)")],
        primaryKey: ["from_unit_code", "to_unit_code", "period"])

    static let corridorUnits = TableSchema(
        file: "corridors_countries.csv", title: "Remittance costs by unit",
        description: "Each country as sender or receiver: its corridors (each at its latest observation), their mean cost and the share above the ceiling.",
        fields: [Columns.unitCode(of: "the country (may lie outside the study's units)"), Columns.unitName(of: "the country"),
                 .text("role", "sending or receiving", allowed: ["sending", "receiving"]),
                 .integer("corridor_count", "corridors of the unit in that role"),
                 .number("mean_cost", "mean cost over those corridors", unit: "% of the amount sent"),
                 .number("share_above_ceiling", "share of those corridors above the ceiling", unit: "share (0-1)")],
        primaryKey: ["unit_code", "role"])
}
