import GapMatrix

/// Every file of a study's report, rendered in memory (nothing is written until all succeed).
public enum ReportFiles {
    public static func render(study: Study, inputs: StudyInputs, build: Build, practices: [Practice] = [],
                              corridors: Corridors.Analysis? = nil, ties: Opportunities.Ties? = nil,
                              partnerships: [Partnership] = [], uncertainty: UncertaintyAnalysis.Result? = nil,
                              html: HTMLTemplates? = nil) -> [(name: String, text: String)] {
        guard let spec = study.ratings else {
            return [("results.csv", ScoreReport.wideCSV(build, inputs: inputs)),
                    ("scores.csv", ScoreReport.longCSV(build, inputs: inputs)),
                    ("results.txt", ScoreReport.text(build, inputs: inputs, title: study.name))]
        }
        let a = Assessment.evaluate(inputs, build: build, spec: spec)
        var files: [(String, String)] = [
            ("indicators.csv", AssessmentCSV.indicators(inputs, a)),
            ("themes.csv", AssessmentCSV.themes(inputs, a)),
            ("results.csv", AssessmentCSV.results(inputs, a)),
        ]
        if let context = AssessmentCSV.context(inputs) { files.append(("context.csv", context)) }
        var documents: [(String, Document)] = [
            ("dashboard", AssessmentDocuments.dashboard(study, inputs, a)),
            ("scorecards", AssessmentDocuments.scorecards(study, inputs, a)),
            ("league_tables", AssessmentDocuments.leagueTables(study, inputs, a)),
            ("methods", MethodsNote.document(study, inputs, a)),
        ]
        var gaps: KnowledgeGapMatrix? = nil
        if study.practicesFile != nil {
            let g = KnowledgeGapMatrix.build(inputs, assessment: a, practices: practices, spec: study.gaps)
            gaps = g
            let leaders = PeerLearning.leaders(a, practices: practices)
            let matches = PeerLearning.matches(inputs, a, g, practices: practices)
            files += [("gap_matrix.csv", GapReports.csv(inputs, g)), ("leaders.csv", GapReports.leadersCSV(inputs, leaders)),
                      ("learning_matches.csv", GapReports.matchesCSV(inputs, matches)),
                      ("practices.csv", GapReports.practicesCSV(practices))]
            let grid = GapReports.grid(study, inputs, g)
            files.append(("gap_matrix.txt", grid.text()))
            documents.append(("knowledge_gaps", GapReports.knowledgeGaps(study, inputs, g, practices: practices)))
            if let ties {
                let ops = Opportunities.find(a, g, ties: ties, practices: practices, partnerships: partnerships)
                files.append(("opportunities.csv", CorridorReports.opportunitiesCSV(inputs, ops)))
            }
            if !partnerships.isEmpty {
                let scores = partnerships.map { PartnershipScores.score($0, assessment: a, gaps: g, ties: ties) }
                files += [("partnerships.csv", PartnershipReports.csv(partnerships, scores)),
                          ("partnerships_countries.csv", PartnershipReports.countriesCSV(inputs, PartnershipScores.rollUp(partnerships, scores)))]
                documents.append(("partnership_scorecards", PartnershipReports.scorecards(study, inputs, partnerships, scores)))
            }
        }
        if let corridors {
            files += [("corridors_10c1.csv", CorridorReports.rowsCSV(inputs, corridors.rows)),
                      ("corridors_countries.csv", CorridorReports.countriesCSV(inputs, corridors))]
            documents.append(("corridors", CorridorReports.summary(study, inputs, corridors)))
        }
        var stats: [UncertaintyAnalysis.RankStats]? = nil
        if let uncertainty {
            // Ranked among the units the assessment gives an index score, like the dashboard.
            stats = UncertaintyAnalysis.rankStats(UncertaintyAnalysis.keeping(Set(a.units.filter(\.included).map(\.unit)), of: uncertainty))
            files.append(("ua_rankstats.csv", UncertaintyFiles.rankStats(stats!)))
        }
        for (name, doc) in documents {
            files.append((name + ".txt", doc.text()))
            files.append((name + ".md", doc.markdown()))
        }
        if let html {
            let note = uncertainty.map { r in
                "\(r.rows.count) replications (seed \(study.uncertainty?.run?.seed ?? 0)) of the study with its uncertain inputs ("
                    + (study.uncertainty.map(UncertaintyFiles.describe) ?? "") + "); ranks among the \(a.units.filter(\.included).count) units with an index score. "
                    + "The same numbers are in ua_rankstats.csv."
            }
            files.append(("report.html", HTMLReport.render(html, study: study, inputs: inputs, assessment: a,
                                                           extras: .init(gaps: gaps, practices: practices, uncertainty: stats,
                                                                         uncertaintyNote: note))))
        }
        return files
    }
}
