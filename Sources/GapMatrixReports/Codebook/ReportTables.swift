import GapMatrix

/// Which schema describes which CSV file of a report: the one lookup the codebook and the
/// workbook use. The writers build their header from the same schema functions, and a test
/// checks every CSV a report writes against this lookup, so a table cannot go undescribed.
public enum ReportTables {
    /// The schema of report file `name` for these results, nil for a file that is not a table.
    public static func schema(for name: String, _ r: StudyResults) -> TableSchema? {
        let themes = r.assessment?.themeCodes ?? r.gaps?.themes ?? []
        switch name {
        case "units.csv": return DictionaryTables.unitsSchema(r.inputs)
        case "indicator_dictionary.csv": return DictionaryTables.indicatorsSchema(r.inputs)
        case "sources.csv": return DictionaryTables.sourcesSchema
        case "indicators.csv": return r.assessment.map { AssessmentSchemas.indicators(r.inputs, $0) }
        case "themes.csv": return r.assessment.map { AssessmentSchemas.themes(r.inputs, $0) }
        case "results.csv":
            return r.assessment.map { AssessmentSchemas.results(r.inputs, $0) }
                ?? ScoreSchemas.wide(r.inputs.framework, codes: ScoreReport.aggregateOrder(r.inputs.framework))
        case "scores.csv": return ScoreSchemas.long(r.inputs.framework)
        case "context.csv": return AssessmentSchemas.context(r.inputs)
        case "roles.csv": return AssessmentSchemas.roles(r.inputs)
        case "vintage.csv": return VintageManifest.schema
        case "gap_matrix.csv": return GapSchemas.gapMatrix(r.gaps?.themes ?? themes)
        case "gap_stability.csv": return GapSchemas.gapStability(themes)
        case "leaders.csv": return GapSchemas.leaders(themes)
        case "learning_matches.csv": return GapSchemas.matches(themes)
        case "practices.csv": return GapSchemas.practices(themes)
        case "practice_sources.csv": return GapSchemas.practiceSources
        case "opportunities.csv": return GapSchemas.opportunities(themes)
        case "partnerships.csv": return PartnershipSchemas.partnerships
        case "partnerships_countries.csv": return PartnershipSchemas.partnershipUnits
        case "agreements.csv": return AgreementSchemas.agreements
        case "agreements_countries.csv": return AgreementSchemas.countries
        case "partnership_corridors.csv": return AgreementSchemas.corridors
        case "corridors_10c1.csv": return PartnershipSchemas.corridors
        case "corridors_countries.csv": return PartnershipSchemas.corridorUnits
        case "ua_rankstats.csv": return ScoreSchemas.rankStats
        case "diff_themes.csv": return ForumSchemas.diffThemes
        case "diff_indicators.csv": return ForumSchemas.diffIndicators
        case "followup.csv": return ForumSchemas.followUp
        case "brief_figures.csv": return BriefSchemas.figures
        default: return nil
        }
    }
}
