import Foundation
import GapMatrix
import GapMatrixReports

/// `gapmatrix-bench report`: the default study's report end to end, as `gapmatrix report` makes
/// it (study and data read, results with the recorded uncertainty run, every file rendered in
/// memory with report.html and workbook.xlsx; only the writing to disk left out), then its parts
/// apart: the recorded run's score replay and the gap-stability replay of its assessment choices.
/// Issue 15 asks for the whole under 2 s in a release build.
func defaultStudyBenchmark(runs: Int = 5) throws {
    let path = "Datasets/gfmd-2007/study.yaml"
    func report(_ name: String, _ times: [Double], _ extra: String = "") {
        print(String(format: "%@: min %.0f ms, median %.0f ms over %d runs%@", name, times.min()! * 1000, median(times) * 1000, times.count, extra))
    }
    var files = 0
    report("Default study, report end to end (read, compute, render all files)", try (0..<runs).map { _ in
        try seconds {
            let s = try Study.read(path)
            let inputs = try s.checkedInputs()
            let results = try StudyResults.load(s, inputs, parts: ReportFiles.parts(for: s))
            let texts = ReportFiles.render(results, html: try HTMLTemplates.load())
            let xlsx = try XLSXWriter.render(ReportWorkbook.build(results, files: texts))
            files = texts.count + (xlsx.isEmpty ? 0 : 1)
        }
    }, " (\(files) files)")

    try phases(path, runs: runs, report: report)

    let s = try Study.read(path)
    let inputs = try s.loadInputs()
    guard let spec = s.uncertainty, let run = spec.run else { return }
    let parts = ReportFiles.parts(for: s).subtracting(.uncertainty)
    report("  of which results without the uncertainty run", try (0..<runs).map { _ in
        try seconds { _ = try StudyResults.load(s, inputs, parts: parts) }
    })
    let nominal = try StudyResults.load(s, inputs, parts: parts)
    var rows: [DesignRow] = []
    report("  the recorded run's \(run.replications) replications (score replay)", try (0..<runs).map { _ in
        try seconds {
            rows = try UncertaintyAnalysis.run(nominal.inputs, recipe: s.recipe, spec: spec, seed: run.seed,
                                               replications: 1...run.replications).rows
        }
    })
    let a = nominal.assessment!, scope = try s.loadScope(inputs)
    var stability: GapStability? = nil
    report("  gap stability over those replications (roles, thresholds, ratings, classes)", try (0..<runs).map { _ in
        try seconds {
            var replayer = GapClassReplayer(inputs: inputs, recipe: s.recipe, roles: s.roles, scope: scope, ratings: a.spec,
                                            sufficiency: a.sufficiency, practices: nominal.practices,
                                            units: a.units.map(\.unit), themes: a.themeCodes)
            stability = try GapStability.run(&replayer, nominal: nominal.gaps!, rows: rows)
        }
    })
    if let stability {
        print("  unstable gap cells: \(stability.unstableCount) of \(stability.cells.count) ("
              + stability.unstableByTheme.map { "\($0.theme) \($0.unstable)" }.joined(separator: ", ") + ")")
    }
}

/// The report's steps apart, in the order `gapmatrix report` takes them, to see where its time goes.
private func phases(_ path: String, runs: Int, report: (String, [Double], String) -> Void) throws {
    var times: [String: [Double]] = [:]
    var order: [String] = []
    func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        if times[name] == nil { order.append(name) }
        times[name, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        return value
    }
    for _ in 0..<runs {
        let (s, inputs) = try time("  read the study and its values files") {
            let s = try Study.read(path)
            return (s, try s.checkedInputs())
        }
        let parts = ReportFiles.parts(for: s)
        let registries = try time("  read the registries, agreements and bilateral files") { try StudyResults.Registries.load(s, inputs, parts: parts) }
        var results = try time("  compute (with the recorded uncertainty run and gap stability)") {
            try StudyResults.compute(s, inputs, registries: registries, parts: parts)
        }
        let previous = try time("  previous edition: read and compute") { try EditionFiles.previous(of: s) }
        let extra = try time("  compare the editions") { () -> [(name: String, text: String)] in
            guard let previous else { return [] }
            results.editionDiff = try EditionFiles.compare(results, previous: previous)
            return EditionFiles.files(results.editionDiff!, results)
        }
        let html = try HTMLTemplates.load()
        let texts = time("  render every text file (CSV, text, Markdown, HTML)") { ReportFiles.render(results, html: html, extra: extra) }
        let book = try time("  workbook: cells from the CSVs") { try ReportWorkbook.build(results, files: texts) }
        _ = try time("  workbook: libxlsxwriter (XML and zip)") { try XLSXWriter.render(book) }
    }
    for name in order { report(name, times[name]!, "") }
}
