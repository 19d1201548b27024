import GapMatrix

/// The declarations of the score report's tables (studies without ratings, in COINr's names and
/// NA convention) and of the report's rank statistics.
enum ScoreSchemas {
    static func wide(_ f: Framework, codes: [String]) -> TableSchema {
        TableSchema(
            file: "results.csv", title: "Scores and ranks by unit",
            description: "One row per unit (wide): the score and rank of every aggregate, index first; COINr's column names (uCode, uName).",
            fields: [.text("uCode", "code of the unit, as in the study's data"), .text("uName", "name of the unit")]
                + codes.flatMap { c -> [Field] in
                    let name = f.node(c)?.name ?? c
                    return [.number(c, "score of \(c) (\(name)) on the normalised scale (NA when missing)"),
                            .integer(c + "_rank", "rank on \(c), 1 = highest (NA when missing)")]
                },
            primaryKey: ["uCode"], coinrLayout: true)
    }

    static func long(_ f: Framework) -> TableSchema {
        TableSchema(
            file: "scores.csv", title: "Scores and ranks by unit and framework node",
            description: "One row per unit and framework node (indicators included): score and rank.",
            fields: [.text("unit", "code of the unit, as in the study's data"), .text("name", "name of the unit"),
                     .text("code", "code of the framework node", allowed: f.nodes.map(\.code)),
                     .integer("level", "level of the node, 1 = indicator"), .text("level_name", "name of that level", allowed: f.levelNames),
                     .number("score", "score on the normalised scale (NA when missing)"), .integer("rank", "rank among units, 1 = highest (NA when missing)")],
            primaryKey: ["unit", "code"], coinrLayout: true)
    }

    static let rankStats = TableSchema(
        file: "ua_rankstats.csv", title: "Rank uncertainty by unit",
        description: "The study's recorded uncertainty run: each unit's nominal index score and rank, and the mean, median, "
            + "5th and 95th percentiles of its rank over the replications (ranked among the units with an index score).",
        fields: [Columns.unitCode(), .number("nominal_score", "index score of the study as run", unit: "points (0-100)"),
                 .integer("nominal_rank", "index rank of the study as run, 1 = highest"),
                 .number("mean_rank", "mean rank over the replications"), .number("median_rank", "median rank over the replications"),
                 .number("q5_rank", "5th percentile of the rank"), .number("q95_rank", "95th percentile of the rank")],
        primaryKey: ["unit_code"], foreignKeys: [Columns.unitKey("unit_code")])
}
