import GapMatrix

/// Every file of a study's report, rendered in memory from its results (nothing is written
/// until all succeed). Adding a file kind is one renderer in `renderers`.
public enum ReportFiles {
    /// Every report file kind, in the order the files are listed (the brief in English first).
    public static var renderers: [ReportRenderer] { renderers(language: .en) }

    /// Every report file kind, the meeting brief and report.html in `language`.
    public static func renderers(language: BriefLanguage) -> [ReportRenderer] {
        [
            // The dictionaries other tables' codes point to.
            .file("units.csv") { r in DictionaryTables.units(r.inputs) },
            .file("indicator_dictionary.csv") { r in DictionaryTables.indicators(r.inputs) },
            .file("sources.csv") { r in r.assessment == nil ? nil : DictionaryTables.sources(r.sources) },
            .file("indicators.csv") { r in r.assessment.map { AssessmentCSV.indicators(r.inputs, $0) } },
            .file("themes.csv") { r in r.assessment.map { AssessmentCSV.themes(r.inputs, $0) } },
            .file("results.csv") { r in
                r.assessment.map { AssessmentCSV.results(r.inputs, $0) } ?? ScoreReport.wideCSV(r.build, inputs: r.inputs)
            },
            // A study without ratings gets the score report instead of the assessment.
            .file("scores.csv") { r in r.assessment == nil ? ScoreReport.longCSV(r.build, inputs: r.inputs) : nil },
            .file("results.txt") { r in r.assessment == nil ? ScoreReport.text(r.build, inputs: r.inputs, title: r.study.name) : nil },
            .file("context.csv") { r in r.assessment == nil ? nil : AssessmentCSV.context(r.inputs) },
            .file("vintage.csv") { r in r.assessment.map { VintageManifest.csv(r.study, r.inputs, $0, sources: r.sources) } },
            .file("roles.csv") { r in r.assessment.flatMap { AssessmentCSV.roles(r.inputs, $0) } },
            .file("gap_matrix.csv") { r in r.gaps.map { GapReports.csv(r.inputs, $0) } },
            .file("gap_stability.csv") { r in r.gapStability.map { GapStabilityReports.csv(r.inputs, $0, themes: themes(r)) } },
            .file("leaders.csv") { r in r.learning.map { GapReports.leadersCSV(r.inputs, $0.leaders, themes: themes(r)) } },
            .file("learning_matches.csv") { r in r.learning.map { GapReports.matchesCSV(r.inputs, $0.matches, themes: themes(r)) } },
            .file("practices.csv") { r in r.gaps == nil ? nil : GapReports.practicesCSV(r.practices, themes: themes(r)) },
            .file("practice_sources.csv") { r in r.gaps == nil ? nil : GapReports.practiceSourcesCSV(r.practices) },
            .file("gap_matrix.txt") { r in r.gaps.map { GapReports.grid(r.study, r.inputs, $0, coverage: GapReports.coverage(r)).text() } },
            .file("opportunities.csv") { r in r.opportunities.map { CorridorReports.opportunitiesCSV(r.inputs, $0, themes: themes(r)) } },
            .file("partnerships.csv") { r in
                r.partnerships.isEmpty ? nil : PartnershipReports.csv(r.partnerships, r.partnershipScores)
            },
            .file("partnerships_countries.csv") { r in
                r.partnerships.isEmpty ? nil
                    : PartnershipReports.countriesCSV(r.inputs, PartnershipScores.rollUp(r.partnerships, r.partnershipScores))
            },
            .file("agreements.csv") { r in r.agreements.map { AgreementReports.csv($0) } },
            .file("agreements_countries.csv") { r in r.agreements.map { AgreementReports.countriesCSV(r.inputs, $0) } },
            .file("partnership_corridors.csv") { r in r.agreements.map { AgreementReports.corridorsCSV(r.inputs, $0) } },
            .file("corridors_10c1.csv") { r in r.corridors.map { CorridorReports.rowsCSV(r.inputs, $0.rows) } },
            .file("corridors_countries.csv") { r in r.corridors.map { CorridorReports.countriesCSV(r.inputs, $0) } },
            // Ranks and their intervals only when the study asks for an index.
            .file("ua_rankstats.csv") { r in
                r.assessment?.spec.index == false ? nil : r.uncertainty.map { UncertaintyFiles.reportRankStats($0.rankStats) }
            },
            .document("dashboard") { r in
                r.assessment.map { AssessmentDocuments.dashboard(r.study, r.inputs, $0, rankStats: r.uncertainty?.rankStats) }
            },
            .document("scorecards") { r in
                r.assessment.map { AssessmentDocuments.scorecards(r.study, r.inputs, $0, rankStats: r.uncertainty?.rankStats) }
            },
            .document("league_tables") { r in
                r.assessment.flatMap { $0.spec.index ? AssessmentDocuments.leagueTables(r.study, r.inputs, $0, rankStats: r.uncertainty?.rankStats) : nil }
            },
            .document("methods") { r in r.assessment == nil ? nil : MethodsNote.document(r) },
            .document("knowledge_gaps") { r in r.gaps.map { GapReports.knowledgeGaps(r.study, r.inputs, $0, practices: r.practices, stability: r.gapStability,
                                                                                    coverage: GapReports.coverage(r)) } },
            .document("partnership_scorecards") { r in
                r.partnerships.isEmpty ? nil : PartnershipReports.scorecards(r.study, r.inputs, r.partnerships, r.partnershipScores)
            },
            .document("partnership_gaps") { r in r.agreements.map { PartnershipGapReports.document(r.study, r.inputs, $0) } },
            .document("corridors") { r in r.corridors.map { CorridorReports.summary(r.study, r.inputs, $0) } },
            // The follow-up report for the latest meeting of the study's register.
            .file("followup.csv") { r in r.followUp.map(FollowUpReports.csv) },
            .document("followup") { r in r.followUp.map { FollowUpReports.document($0, names: r.inputs.framework) } },
        ]
            + BriefReports.renderers(primary: language)
            + [.page("report.html") { t, r in r.assessment == nil ? nil : HTMLReport.render(t, r, language: language) }]
    }

    /// What the report of `study` shows. A study without ratings gets the score report only;
    /// the gap matrix and what builds on it need a practice registry.
    public static func parts(for study: Study) -> StudyResults.Parts {
        guard study.ratings != nil else { return [] }
        var parts: StudyResults.Parts = [.ratings, .corridors, .uncertainty]
        if study.practicesFile != nil { parts.formUnion([.gaps, .learning, .opportunities, .partnerships]) }
        if study.recommendationsFile != nil { parts.insert(.forum) }
        return parts
    }

    /// Every file the results have, in the renderers' order (report.html only with templates),
    /// then `extra` files rendered apart (the difference against the previous edition, see
    /// EditionFiles), then the codebook of all their CSV files, datapackage.json.
    public static func render(_ results: StudyResults, html: HTMLTemplates? = nil, language: BriefLanguage = .en,
                              extra: [(name: String, text: String)] = []) -> [(name: String, text: String)] {
        let list = renderers(language: language)
        // Renderers share nothing but the results: they run side by side, the HTML page first.
        let order = list.indices.filter { list[$0].isPage } + list.indices.filter { !list[$0].isPage }
        let files = Concurrently.map(list, startingWith: order) { $0.render(results, html: html) ?? [] }.flatMap { $0 } + extra
        return files + [(DataPackage.fileName, DataPackage.json(results.study, tables: tables(results, files: files)))]
    }

    /// The HTML pages alone (report.html), in `language`; none without templates.
    public static func pages(_ results: StudyResults, html: HTMLTemplates, language: BriefLanguage = .en) -> [(name: String, text: String)] {
        renderers(language: language).filter(\.isPage).flatMap { $0.render(results, html: html) ?? [] }
    }

    /// The schemas of the CSV files among `files`, in their order.
    public static func tables(_ results: StudyResults, files: [(name: String, text: String)]) -> [TableSchema] {
        files.filter { $0.name.hasSuffix(".csv") }.compactMap { ReportTables.schema(for: $0.name, results) }
    }

    static func themes(_ r: StudyResults) -> [String] { r.assessment?.themeCodes ?? r.gaps?.themes ?? [] }
}
