import GapMatrix

/// What a study's report adds when the study names its previous edition and a follow-up
/// register (issue 17): the difference against the previous edition and the follow-up report,
/// the same files `gapmatrix diff --out` and `gapmatrix followup --out` write.
public enum EditionFiles {
    /// The previous edition the study names (`previous_edition:`), read, checked and computed
    /// with the same parts as `gapmatrix diff`; nil when the study names none.
    public static func previous(of study: Study) throws -> StudyResults? {
        guard let path = study.previousEdition else { return nil }
        let old = try Study.read(path)
        let inputs = try old.loadInputs()
        try old.check(inputs)
        guard old.ratings != nil else {
            throw GapMatrixError(.badData, file: study.file, field: "previous_edition",
                                 found: "'\(path)', a study without a ratings: section",
                                 expected: "the study file of an earlier edition with ratings")
        }
        return try StudyResults.load(old, inputs, parts: diffParts(old))
    }

    /// The parts a diff compares: ratings, and the gap classes where the study has a practice registry.
    public static func diffParts(_ s: Study) -> StudyResults.Parts { s.practicesFile == nil ? [.ratings] : [.ratings, .gaps] }

    /// A label for one edition in the diff: its title and reference year (never a path, so the
    /// same study gives the same bytes wherever it is checked out).
    public static func label(_ s: Study) -> String { "\(s.title) (\(s.referenceYear.map(String.init) ?? "no reference year"))" }

    /// diff.txt, diff.md, diff_themes.csv and diff_indicators.csv for `current` against `previous`,
    /// flagged against the current edition's uncertainty bands.
    public static func diff(_ current: StudyResults, previous: StudyResults) throws -> [(name: String, text: String)] {
        let d = EditionDiff.compare(before: previous, after: current, beforeLabel: label(previous.study),
                                    afterLabel: label(current.study), bands: try EditionDiff.bands(current))
        let doc = DiffReports.document(d, current)
        return [("diff.txt", doc.text()), ("diff.md", doc.markdown()),
                ("diff_themes.csv", DiffReports.themesCSV(d)), ("diff_indicators.csv", DiffReports.indicatorsCSV(d))]
    }

    /// followup.txt, followup.md and followup.csv for the latest meeting of the study's follow-up
    /// register; nothing when the study has none. `inputs` are the study's inputs as read (not
    /// masked by roles), as `gapmatrix followup` counts missing values on them.
    public static func followUp(_ study: Study, _ inputs: StudyInputs) throws -> [(name: String, text: String)] {
        let recommendations = try study.loadRecommendations(inputs)
        guard let register = try study.loadFollowUp(recommendations: recommendations), let meeting = register.meetings.last else { return [] }
        let report = try FollowUpReport.build(meeting: meeting.name, recommendations: recommendations, register: register, inputs: inputs)
        let names = Dictionary(uniqueKeysWithValues: inputs.framework.nodes.map { ($0.code, $0.name) })
        let doc = FollowUpReports.document(report, indicatorNames: names, themeNames: names)
        return [("followup.txt", doc.text()), ("followup.md", doc.markdown()), ("followup.csv", FollowUpReports.csv(report))]
    }
}
