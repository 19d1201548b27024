import ArgumentParser
import Foundation
import GapMatrix
import GapMatrixReports

struct DiffCommand: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two editions of an assessment, each change typed and checked against the uncertainty band.",
        discussion: """
            The earlier edition is the same study at an earlier reference year (--from-year), recomputed with the current \
            framework and recipe, or another study file (--against). Changes are typed per indicator cell (real change, \
            data revision or new vintage, method change, new data, no longer available, single snapshot) and a theme cell \
            is flagged only where its earlier score lies outside the current edition's 5-95% band under the study's \
            recorded uncertainty run. Without --from-year or --against, the previous edition the study names \
            (previous_edition:) is the earlier one.
            """
    )

    static let examples = [
        "gapmatrix diff Datasets/gfmd-2007/study.yaml --from-year 2017",
        "gapmatrix diff Datasets/gfmd-2007/study.yaml --from-year 2017 --out diff",
    ]

    @OptionGroup var study: StudyArgument

    @Option(help: "Reference year of the earlier edition (the same study recomputed).")
    var fromYear: Int?

    @Option(help: "A study file for the earlier edition.")
    var against: String?

    @Option(help: "Folder to write diff.txt, diff.md, diff_themes.csv and diff_indicators.csv into.")
    var out: String?

    func run() throws {
        let (s, inputs) = try study.load()
        try StudyArgument.requireRatings(s, for: " to compare editions")
        let earlier: (Study, StudyInputs, String)
        // Without either option, the previous edition the study names (previous_edition:).
        switch (fromYear, against ?? (fromYear == nil ? s.previousEdition : nil)) {
        case let (year?, nil):
            guard let now = s.referenceYear, year < now else {
                throw Place.option("from-year").error("\(year)", expected: "a year before the study's reference year \(s.referenceYear.map(String.init) ?? "(none)")")
            }
            var old = s
            old.referenceYear = year
            let oldInputs = try old.loadInputs()
            earlier = (old, oldInputs, "\(s.name), \(year)")
        case let (nil, path?):
            let old = try Study.read(path)
            let oldInputs = try old.checkedInputs()
            try StudyArgument.requireRatings(old, for: " to compare editions")
            // The study's own previous edition is labelled as the report labels it, so the two outputs agree.
            earlier = (old, oldInputs, against == nil ? EditionFiles.label(old) : "\(old.name) (\(path))")
        default:
            throw Place.option("from-year").error(fromYear == nil ? "neither --from-year nor --against (and no previous_edition: in the study)" : "both --from-year and --against",
                                                  expected: "one of them")
        }
        let parts: StudyResults.Parts = s.practicesFile == nil ? [.ratings] : [.ratings, .gaps]
        let after = try study.results(s, inputs, parts: parts)
        let before = try study.results(earlier.0, earlier.1, parts: parts)
        let label = fromYear == nil && against == nil ? EditionFiles.label(s) : "\(s.name), \(s.referenceYear.map(String.init) ?? "")"
        let diff = EditionDiff.compare(before: before, after: after, beforeLabel: earlier.2, afterLabel: label,
                                       bands: try EditionDiff.bands(after))
        let doc = DiffReports.document(diff, after)
        if let out {
            try AtomicWriter.write([("diff.txt", doc.text()), ("diff.md", doc.markdown()),
                                    ("diff_themes.csv", DiffReports.themesCSV(diff)),
                                    ("diff_indicators.csv", DiffReports.indicatorsCSV(diff)),
                                    (DataPackage.fileName, DiffReports.codebook(s))], into: out)
        }
        print(doc.text(), terminator: "")
    }
}
