import GapMatrix

/// What a study's report adds when the study names its previous edition: the difference
/// against it, the same files `gapmatrix diff --out` writes. (The follow-up report is a renderer
/// of the results, from the registers the study names.)
public enum EditionFiles {
    /// The previous edition the study names (`previous_edition:`), read, checked and computed
    /// with the same parts as `gapmatrix diff`; nil when the study names none.
    public static func previous(of study: Study) throws -> StudyResults? {
        guard let path = study.previousEdition else { return nil }
        let old = try Study.read(path)
        let inputs = try old.checkedInputs()
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

    /// `current` against `previous`, flagged against the current edition's uncertainty bands.
    public static func compare(_ current: StudyResults, previous: StudyResults) throws -> EditionDiff {
        EditionDiff.compare(before: previous, after: current, beforeLabel: label(previous.study),
                            afterLabel: label(current.study), bands: try EditionDiff.bands(current))
    }

    /// diff.txt, diff.md, diff_themes.csv and diff_indicators.csv of a comparison.
    public static func files(_ d: EditionDiff, _ current: StudyResults) -> [(name: String, text: String)] {
        let doc = DiffReports.document(d, current)
        return [("diff.txt", doc.text()), ("diff.md", doc.markdown()),
                ("diff_themes.csv", DiffReports.themesCSV(d)), ("diff_indicators.csv", DiffReports.indicatorsCSV(d))]
    }
}
