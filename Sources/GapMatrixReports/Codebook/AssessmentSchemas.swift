import GapMatrix

/// The declarations of the assessment's tables (indicators, themes, results, roles, context).
enum AssessmentSchemas {
    static func indicators(_ inputs: StudyInputs, _ a: Assessment) -> TableSchema {
        let treats = a.recipe.treat != nil, screens = a.recipe.screen != nil
        var fields: [Field] = [
            Columns.unitCode(), Columns.unitName(), Columns.region, Columns.income, Columns.theme(a.themeCodes),
            .text("indicator_code", "code of the indicator (indicator_dictionary.csv describes it)"),
            .text("indicator_name", "name of the indicator"),
            .text("indicator_unit", "unit the indicator's value is measured in (empty when the framework gives none)"),
            .text("type", "policy (a law, ratification or policy a government controls) or outcome (a result policies influence)",
                  allowed: IndicatorType.allCases.map(\.rawValue)),
            .text("role", "the role a country must hold for the indicator to apply", allowed: IndicatorRole.allCases.map(\.rawValue)),
            .text("state", "value (has a value), missing (a data gap), out of scope (the source does not cover the unit) "
                  + "or not applicable (the indicator does not apply to the unit's roles)", allowed: Columns.stateValues),
            .number("value", "the raw value used: the latest in the study window (empty when there is none)",
                    unit: "the indicator's unit (indicator_unit)"),
            .year("year", "year of the value (empty when there is none)"),
            .flag("stale", "the value is older than the study's stale limit"),
            .flag("imputed", "the value was imputed, not observed"),
        ]
        if treats { fields.append(.flag("treated", "the value was winsorised or transformed by the recipe's treatment")) }
        if screens { fields.append(.flag("screened_out", "the unit was screened out for too little data")) }
        fields += [
            .number("score", "the value on the normalised scale, 0 (worst) to 100 (best) (empty when there is no value)", unit: "points (0-100)"),
            Columns.colour("colour", "rating of the value against the indicator's thresholds"),
            .text("colour_reason", "why the colour: the value, its score and the threshold it meets"),
            Columns.trend("trend", "trend of the score towards the target year"),
            .text("trend_reason", "why the trend: the scores, years and the pace needed"),
            .text("source_id", "id of the source of the value (sources.csv describes it; empty when there is no value)"),
        ]
        return TableSchema(file: "indicators.csv", title: "Indicators by unit",
                           description: "One row per unit and indicator: value, year, state, score, colour and trend with their reasons, and the source.",
                           fields: fields, primaryKey: ["unit_code", "indicator_code"],
                           foreignKeys: [Columns.unitKey("unit_code"), Columns.indicatorKey("indicator_code"), Columns.sourceKey("source_id")])
    }

    static func themes(_ inputs: StudyInputs, _ a: Assessment) -> TableSchema {
        let fields: [Field] = [
            Columns.unitCode(), Columns.unitName(), Columns.region, Columns.income, Columns.theme(a.themeCodes),
            .number("score", "theme score: the recipe's aggregate of the indicator scores (empty when no indicator has a value)", unit: "points (0-100)"),
            .integer("rank", "rank of the score among units, 1 = highest (empty when the study asks for no ranks)"),
            Columns.colour("colour", "theme rating: the two worst indicator colours"),
            .text("colour_reason", "why the theme colour"),
            Columns.colour("policy_colour", "the two worst colours of the theme's policy indicators"),
            .text("policy_colour_reason", "why the policy colour"),
            Columns.colour("outcome_colour", "the two worst colours of the theme's outcome indicators"),
            .text("outcome_colour_reason", "why the outcome colour"),
            Columns.trend("trend", "theme trend, from the mean trend points of its indicators"),
            .text("trend_reason", "why the theme trend"),
            .number("coverage", "share of the indicators that apply and are in scope which have a value", unit: "share (0-1)"),
        ] + Columns.stateCounts
        return TableSchema(file: "themes.csv", title: "Themes by unit",
                           description: "One row per unit and theme: score, rank, colours (overall, policy, outcome), trend and coverage.",
                           fields: fields, primaryKey: ["unit_code", "theme_code"], foreignKeys: [Columns.unitKey("unit_code")])
    }

    static func results(_ inputs: StudyInputs, _ a: Assessment) -> TableSchema {
        let root = inputs.framework.root
        let noIndex = a.spec.index ? "" : "; empty: the study asks for no index"
        var fields: [Field] = [
            Columns.unitCode(), Columns.unitName(), Columns.region, Columns.income,
            .number("missing_share", "share of the unit's indicator cells that apply and are in scope with no value", unit: "share (0-1)"),
            .flag("included", "the unit has an index score"),
            .number(root + "_score", "index score (\(inputs.framework.node(root)?.name ?? root))\(noIndex)", unit: "points (0-100)"),
            .integer(root + "_rank", "index rank, 1 = highest\(noIndex)"),
        ]
        for t in a.themeCodes {
            let name = inputs.framework.node(t)?.name ?? t
            fields += [
                .number(t + "_score", "score of theme \(t) (\(name))", unit: "points (0-100)"),
                .integer(t + "_rank", "rank on theme \(t), 1 = highest (empty when the study asks for no ranks)"),
                Columns.colour(t + "_colour", "rating of theme \(t)"),
                Columns.trend(t + "_trend", "trend of theme \(t)"),
            ]
        }
        return TableSchema(file: "results.csv", title: "Results by unit",
                           description: "One row per unit (wide): index and theme scores, ranks, colours and trends; units ranked first, then by code.",
                           fields: fields, primaryKey: ["unit_code"], foreignKeys: [Columns.unitKey("unit_code")])
    }

    static func roles(_ inputs: StudyInputs) -> TableSchema {
        TableSchema(file: "roles.csv", title: "Roles by unit",
                    description: "Each unit's migration roles as the study's role rules assign them, and the reason.",
                    fields: [Columns.unitCode(), Columns.unitName(),
                             .flag("origin", "the unit holds the origin role"), .flag("destination", "the unit holds the destination role"),
                             .flag("unassigned", "no rule gave the unit a role (the study's unassigned rule applies)"),
                             .text("reason", "which rules gave the roles, with the values")],
                    primaryKey: ["unit_code"], foreignKeys: [Columns.unitKey("unit_code")])
    }

    static func context(_ inputs: StudyInputs) -> TableSchema {
        TableSchema(file: "context.csv", title: "Context variables by unit",
                    description: "Context variables (read and reported, never scored), one row per unit and variable.",
                    fields: [Columns.unitCode(), Columns.unitName(),
                             .text("indicator_code", "code of the context variable (indicator_dictionary.csv, kind context)"),
                             .number("value", "latest value (empty when there is none)", unit: "the variable's unit (indicator_dictionary.csv)"),
                             .year("year", "year of the value (empty when there is none)"),
                             .text("source_id", "id of the source of the value (sources.csv; empty when there is no value)")],
                    primaryKey: ["unit_code", "indicator_code"],
                    foreignKeys: [Columns.unitKey("unit_code"), Columns.indicatorKey("indicator_code"), Columns.sourceKey("source_id")])
    }
}
