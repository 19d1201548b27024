import GapMatrix

/// Every file of a study's report, rendered in memory (nothing is written until all succeed).
public enum ReportFiles {
    public static func render(study: Study, inputs: StudyInputs, build: Build) -> [(name: String, text: String)] {
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
        let documents: [(String, Document)] = [
            ("dashboard", AssessmentDocuments.dashboard(study, inputs, a)),
            ("scorecards", AssessmentDocuments.scorecards(study, inputs, a)),
            ("league_tables", AssessmentDocuments.leagueTables(study, inputs, a)),
            ("methods", MethodsNote.document(study, inputs, a)),
        ]
        for (name, doc) in documents {
            files.append((name + ".txt", doc.text()))
            files.append((name + ".md", doc.markdown()))
        }
        return files
    }
}
