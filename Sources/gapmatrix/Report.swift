import ArgumentParser
import Foundation
import GapMatrix
import GapMatrixReports

struct Report: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a study's full report: CSV, text and Markdown.",
        discussion: """
            For a study with ratings (thresholds in its framework and a ratings: section) writes indicators.csv \
            (unit x indicator: value, year, stale and imputed flags, score, colour, trend and their reasons, \
            source), themes.csv (unit x theme), results.csv (wide), and dashboard, scorecards, league_tables \
            and methods as .txt and .md. Other studies get results.csv, scores.csv and results.txt.

            The HTML report uses the templates built into gapmatrix; --templates DIR reads a changed copy of \
            Sources/GapMatrixReports/Templates instead.

            A study with a gap matrix also gets the meeting brief: brief.md and brief.txt in the language of --lang \
            (also the first section of report.html), the Forum's two other working languages beside them \
            (brief.fr.md, brief.es.txt, ...), and brief_figures.csv, the figures all of them cite as [F12].
            """
    )

    static let examples = [
        "gapmatrix report Datasets/gfmd-2007/study.yaml --out Reports/gfmd-2007",
        "gapmatrix report Datasets/gfmd-2007/study.yaml --out report --format html --templates Sources/GapMatrixReports/Templates",
        "gapmatrix report Datasets/gfmd-2007/study.yaml --out rapport --lang fr",
    ]

    @OptionGroup var study: StudyArgument

    @Option(help: "Folder for the report files.")
    var out: String

    @Option(help: "all: CSV, text, Markdown, report.html and workbook.xlsx; html: report.html only; xlsx: workbook.xlsx only; plain: CSV, text and Markdown.")
    var format: ReportFormat = .all

    @Option(help: "Folder of Mustache templates for report.html (default: the templates built in).")
    var templates: String?

    @Option(help: "Language of brief.md, brief.txt and the brief in report.html: en, fr or es (the other two are written beside as brief.LANG.md and .txt).")
    var lang: BriefLanguage = .en

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case all, html, xlsx, plain }

    func run() throws {
        let s = try Study.read(study.study)
        // A study that names its previous edition gets the difference against it too (the brief
        // reports its changes beyond noise). The two editions share nothing until compared, so
        // they are read and computed at once; the study records its uncertainty run (replications
        // and seed), so the report regenerates it exactly.
        let (current, previous) = try Concurrently.both({
            try study.results(s, s.checkedInputs(), parts: ReportFiles.parts(for: s))
        }, {
            s.ratings == nil ? nil : try EditionFiles.previous(of: s)
        })
        // After the data, as before the editions were computed side by side: a data error is reported first.
        let html = format == .plain || format == .xlsx || s.ratings == nil ? nil : try HTMLTemplates.load(from: templates)
        if format == .html && s.ratings == nil {
            throw GapMatrixError(.usage, file: s.file, field: "ratings", found: "a study without ratings",
                                 expected: "a ratings: section for the HTML report, or --format plain")
        }
        var results = current
        var extra: [(name: String, text: String)] = []
        // Computed for every format: the brief in report.html reports it too.
        if let previous {
            let d = try EditionFiles.compare(results, previous: previous)
            results.editionDiff = d
            extra = EditionFiles.files(d, results)
        }
        // Every file but the HTML page, then the page beside the workbook packed from those files.
        let texts = ReportFiles.render(results, html: nil, language: lang, extra: extra)
        let (pages, workbook) = try Concurrently.both({
            html.map { ReportFiles.pages(results, html: $0, language: lang) } ?? []
        }, {
            format == .all || format == .xlsx ? try XLSXWriter.render(ReportWorkbook.build(results, files: texts)) : nil
        })
        var files = (texts + pages).map { (name: $0.name, bytes: Data($0.text.utf8)) }
        if let workbook { files.append((name: "workbook.xlsx", bytes: Data(workbook))) }
        switch format {
        case .html: files = files.filter { $0.name.hasSuffix(".html") }
        case .xlsx: files = files.filter { $0.name.hasSuffix(".xlsx") }
        case .all, .plain: break
        }
        try AtomicWriter.write(files, into: out)
        print("\(s.title): \(files.count) file\(files.count == 1 ? "" : "s") written to \(out)")
    }
}

extension BriefLanguage: ExpressibleByArgument {}
