import GapMatrix

/// The declarations of the imported agreements' tables: scorecards, the country roll-up by period
/// and the corridor partnership-gap matrix.
enum AgreementSchemas {
    static let statuses = Agreement.AreaStatus.allCases.map(\.rawValue)

    static var agreements: TableSchema {
        TableSchema(
            file: "agreements.csv", title: "Bilateral labour agreements (Chilton and Woda) scored",
            description: "Every agreement of the Chilton-Woda list (1927-2020) with its type, the areas of the UN Network on Migration's "
                + "2022 guidance its coded text mentions (a mention, not the depth of a provision), the migrants between the parties and the "
                + "inferred roles. The data hold no evaluation of any agreement, so evidence is none. Agreement counts enter no index.",
            fields: [.text("agreement_id", "the source's treatyID"), .year("year_signed", "year the agreement was signed (empty when the source gives it as unknown)"),
                     .text("party_a_code", "ISO3 code of party A as the source orders them (CZEa, YUG: former states)"),
                     .text("party_a_name", "name of party A in the source"),
                     .text("party_b_code", "ISO3 code of party B"), .text("party_b_name", "name of party B in the source"),
                     .text("party_a_role_inferred", "inferred role of party A: destination when it hosts more migrants born in B than B hosts born in A (UN DESA bilateral stock, latest year); an inference, not coded in the source; empty when the stocks are equal or missing",
                           allowed: ["origin", "destination"]),
                     .text("party_b_role_inferred", "inferred role of party B, by the same rule", allowed: ["origin", "destination"]),
                     .text("type", "type by the rule of docs/METHODS.md 7.4 (amendment flag, then working-holiday title markers); not coded when the text was not coded",
                           allowed: Agreement.Kind.allCases.map(\.rawValue)),
                     .flag("coded", "whether the agreement's text was coded"),
                     .text("title", "title of the coded text (empty when not coded)"),
                     .integer("areas_mentioned", "areas whose variables the text mentions"),
                     .integer("areas_codable", "areas the coding can speak to for this agreement (10 for a coded text: occupational safety and health has no variable; 0 when not coded)"),
                     .number("area_coverage", "100 x areas_mentioned / areas_codable (empty when not coded)", unit: "% of codable areas"),
                     .text("evidence", "evaluation evidence: none (the data hold no evaluations)", allowed: ["none"]),
                     .number("migrants_a_to_b", "migrants born in A living in B, UN DESA bilateral stock (includes refugees), latest year", unit: "persons"),
                     .number("migrants_b_to_a", "migrants born in B living in A, same source", unit: "persons"),
                     .year("migrants_year", "year of those stocks"),
                     .number("refugees_pct_stock_in_a", "refugees as % of A's international migrant stock (UN DESA, latest year): how far refugees may make up the stock hosted by A; the data hold no refugee count by origin", unit: "% of migrant stock"),
                     .number("refugees_pct_stock_in_b", "the same for B", unit: "% of migrant stock"),
                     .list("complementarity_themes", "themes of the study's agreements section where one party has a policy or outcome gap and the other is green"),
                     .list("complementarity_gap_unit_codes", "the party with the gap, parallel to complementarity_themes"),
                     .list("complementarity_strength_unit_codes", "the party that is green, parallel to complementarity_themes")]
                + Partnership.areas.map { .text("area_" + $0, "\($0.replacingOccurrences(of: "_", with: " ")): mentioned, not mentioned, or not coded", allowed: statuses) },
            primaryKey: ["agreement_id"])
    }

    static var countries: TableSchema {
        TableSchema(
            file: "agreements_countries.csv", title: "Bilateral labour agreements by unit and period signed",
            description: "Each unit party to an agreement, by period signed (before 1990, 1990-1999, 2000-2009, 2010-2020, year unknown) "
                + "and over all years: agreements, partners, agreements by type and, for each area, the share of its coded agreements that mention it. "
                + "No termination dates exist in the data, so these are agreements signed in a period, not in force.",
            fields: [Columns.unitCode(), Columns.unitName(),
                     .text("period", "period signed", allowed: AgreementScores.periods + ["all years"]),
                     .integer("agreement_count", "agreements signed in the period"), .list("agreement_ids", "their treatyIDs (agreements.csv)"),
                     .integer("partner_count", "distinct partners"), .list("partner_codes", "their codes")]
                + Agreement.Kind.allCases.map { .integer(column($0), "agreements of type \($0.rawValue)") }
                + [.integer("coded_count", "agreements with a coded text")]
                + Partnership.areas.map { .number("share_mentioning_" + $0, "share of the coded agreements that mention \($0.replacingOccurrences(of: "_", with: " ")) (empty when none can)", unit: "share (0-1)") },
            primaryKey: ["unit_code", "period"], foreignKeys: [Columns.unitKey("unit_code")])
    }

    static func column(_ k: Agreement.Kind) -> String {
        switch k {
        case .labourAgreement: "labour_agreements"
        case .workingHoliday: "working_holiday_agreements"
        case .amendment: "amendments_or_protocols"
        case .notCoded: "type_not_coded"
        }
    }

    static var corridors: TableSchema {
        TableSchema(
            file: "partnership_corridors.csv", title: "Corridor partnership-gap matrix",
            description: "Every pair of units linked by at least the study's min_migrants migrants (both directions together, UN DESA bilateral "
                + "stock, latest year; stocks include refugees): the bilateral labour agreements recorded between them to 2020, since when, which areas "
                + "of the UN Network's guidance they mention, and free-movement regimes both belong to in 2020. Most migrants first. "
                + "KNOMAD's bilateral remittance matrix is modelled from these stocks and is not used as separate evidence.",
            fields: [Columns.unitCode(prefix: "a_", of: "the first unit of the pair (codes in order)"), Columns.unitName(prefix: "a_", of: "the first unit"),
                     Columns.unitCode(prefix: "b_", of: "the second unit"), Columns.unitName(prefix: "b_", of: "the second unit"),
                     .number("migrants_a_to_b", "migrants born in a living in b", unit: "persons"),
                     .number("migrants_b_to_a", "migrants born in b living in a", unit: "persons"),
                     .number("migrants_total", "both directions", unit: "persons"), .year("stock_year", "year of the stocks"),
                     .text("status", "agreement recorded; none recorded (to 2020); or free movement (both in a regime in 2020: marked, not counted as lacking an agreement)",
                           allowed: PartnershipGaps.Status.allCases.map(\.rawValue)),
                     .list("free_movement_regimes", "regimes both belong to in 2020 (free_movement_membership.csv)"),
                     .integer("agreement_count", "agreements recorded to 2020"), .list("agreement_ids", "their treatyIDs (agreements.csv)"),
                     .year("since", "year of the first of them"),
                     .list("areas_mentioned", "areas mentioned by at least one of their coded texts"),
                     .list("areas_not_mentioned", "areas their coded texts can speak to but none mentions"),
                     .list("areas_not_coded", "areas without a variable, or all areas when no agreement has a coded text")],
            primaryKey: ["a_unit_code", "b_unit_code"], foreignKeys: [Columns.unitKey("a_unit_code"), Columns.unitKey("b_unit_code")])
    }
}
