import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

@Suite struct ReportsTests {
    @Test(arguments: [0.1, 1.0 / 3, 3.7933849999999998, 1e-300, -2.5e20, 94, 0])
    func fullPrecisionRoundTrips(_ v: Double) {
        #expect(Double(NumberFormat.full(v)) == v)
    }

    @Test func numbersAreWrittenAsRWritesThem() {
        #expect(NumberFormat.full(94) == "94")
        #expect(NumberFormat.full(0.1) == "0.1")
        #expect(NumberFormat.full(77.3657) == "77.3657")
        #expect(NumberFormat.full(.nan) == "NA")
        #expect(NumberFormat.integer(3) == "3")
    }

    @Test func csvQuotesEveryStringAndDoublesInnerQuotes() {
        var w = CSVWriter(header: ["a", "b"])
        w.row([.text("say \"hi\", ok"), .number("1.5")])
        #expect(w.text == "\"a\",\"b\"\n\"say \"\"hi\"\", ok\",1.5\n")
        let back = try! CSVTable.parse(w.text, file: "mem")
        #expect(back.rows[0].fields == ["say \"hi\", ok", "1.5"])
    }

    @Test func textTableAlignsNumbersRight() {
        let t = TextTable(header: ["Name", "Score"], rows: [["Alpha", "1.5"], ["B", "10.25"]], numeric: [1])
        #expect(t.render() == "Name   Score\n-----  -----\nAlpha    1.5\nB      10.25\n")
    }

    @Test func textTablesCountCharactersAndTrimLineEnds() {
        // "Côte d’Ivoire" is 13 characters in 17 bytes; "A\r\nB" is 3 characters (CR LF is one).
        let t = TextTable(header: ["Pays", "Score", "Note"],
                          rows: [["Côte d’Ivoire", "1.5", "ok"], ["Mali", "10", ""], ["A\r\nB", "2", "x "]], numeric: [1])
        func spaces(_ n: Int) -> String { String(repeating: " ", count: n) }
        // Bytes compared, not Strings: String == would equate other Unicode spellings of the same text.
        #expect(Array(t.render().utf8) == Array(("Pays" + spaces(9) + "  Score  Note\n"
            + "-------------  -----  ----\n"
            + "Côte d’Ivoire    1.5  ok\n"
            + "Mali" + spaces(14) + "10\n"
            + "A\r\nB" + spaces(16) + "2  x\n").utf8))
    }

    @Test func documentTextSeparatesBlocksWithOneEmptyLine() {
        var d = Document()
        d.heading(1, "Título")
        d.paragraph("p")
        d.table(TextTable(header: ["A", "B"], rows: [["1", "2"]], numeric: [1]))
        d.preformatted([])
        d.heading(2, "H")
        #expect(Array(d.text().utf8) == Array("Título\n======\n\np\n\nA  B\n-  -\n1  2\n\n\n\nH\n-\n".utf8))
        #expect(Document().text() == "")
    }

    @Test func documentTablesBecomeHTMLTablesWithNumbersMarked() {
        var d = Document()
        d.heading(1, "A & B")
        d.table(TextTable(header: ["Name", "Score"], rows: [["Côte d'Ivoire", "1.5"], ["<B>", ""], ["C"]], numeric: [1]))
        #expect(Array(d.html(headingOffset: 1).utf8) == Array(("<h2>A &amp; B</h2>\n<table class=\"doc\">\n"
            + "<thead><tr><th>Name</th><th class=\"num\">Score</th></tr></thead>\n<tbody>\n"
            + "<tr><td>Côte d'Ivoire</td><td class=\"num\">1.5</td></tr>\n"
            + "<tr><td>&lt;B&gt;</td><td class=\"num\"></td></tr>\n"
            + "<tr><td>C</td></tr>\n</tbody></table>").utf8))
    }

    @Test func atomicWriteLeavesOnlyTheFinalFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gm-atomic-\(UUID().uuidString)").path
        try AtomicWriter.write([("a.csv", "1\n"), ("b.csv", "2\n")], into: dir + "/nested")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/nested").sorted() == ["a.csv", "b.csv"])
        try AtomicWriter.write("3\n", to: dir + "/nested/a.csv")
        #expect(try String(contentsOfFile: dir + "/nested/a.csv", encoding: .utf8) == "3\n")
        // A longer temporary file left by an earlier run with the same process id is removed and a new file created.
        let stale = dir + "/nested/.b.csv.tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try String(repeating: "x", count: 100).write(toFile: stale, atomically: false, encoding: .utf8)
        try AtomicWriter.write([("b.csv", "4\n")], into: dir + "/nested")
        #expect(try String(contentsOfFile: dir + "/nested/b.csv", encoding: .utf8) == "4\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/nested").sorted() == ["a.csv", "b.csv"])
        // A link at the temporary name is replaced, never followed: the file it points to keeps its text.
        try "keep\n".write(toFile: dir + "/victim.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: stale, withDestinationPath: dir + "/victim.txt")
        try AtomicWriter.write([("b.csv", "5\n")], into: dir + "/nested")
        #expect(try String(contentsOfFile: dir + "/victim.txt", encoding: .utf8) == "keep\n")
        #expect(try String(contentsOfFile: dir + "/nested/b.csv", encoding: .utf8) == "5\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/nested").sorted() == ["a.csv", "b.csv"])
    }

    @Test func stageFilesUseCOINrsLayout() {
        let d = Dataset(units: ["AAA", "BBB"], columns: ["x", "y"], values: [1, .nan, 0.5, 2])
        #expect(StageFiles.dataset(d) == "\"uCode\",\"x\",\"y\"\n\"AAA\",1,0.5\n\"BBB\",NA,2\n")
    }

    /// A folder in the way of the last file: nothing is written, not even the files before it.
    @Test func failedWriteLeavesNoNewFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gm-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/c.csv", withIntermediateDirectories: true)
        let e = #expect(throws: GapMatrixError.self) { try AtomicWriter.write([("a.csv", "1\n"), ("b.csv", "2\n"), ("c.csv", "3\n")], into: dir) }
        #expect(e?.kind == .cannotWrite)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["c.csv"])
        // A folder this call created is removed again when a later file cannot be written.
        let fresh = dir + "/new"
        #expect(throws: GapMatrixError.self) { try AtomicWriter.write([("a.csv", "1\n"), ("missing/b.csv", "2\n")], into: fresh) }
        #expect(!FileManager.default.fileExists(atPath: fresh))
    }
}

/// The report is its registry of renderers: one name per file kind, and a study's files are a subset.
@Suite struct ReportRegistryTests {
    @Test func everyFileNameIsRegisteredOnce() {
        let names = ReportFiles.renderers.flatMap(\.names)
        #expect(Set(names).count == names.count)
        #expect(names.contains("report.html") && names.contains("methods.md") && names.contains("ua_rankstats.csv"))
    }

    @Test func aStudyWithoutRatingsGetsTheScoreReport() throws {
        let s = try Study.read(HTMLReportTests.root + "/Datasets/asem/study.yaml")
        #expect(ReportFiles.parts(for: s) == [])
        let files = ReportFiles.render(try StudyResults.load(s, try s.loadInputs(), parts: ReportFiles.parts(for: s)),
                                       html: try HTMLTemplates.load())
        #expect(files.map(\.name) == ["units.csv", "indicator_dictionary.csv", "results.csv", "scores.csv", "results.txt", "datapackage.json"])
        // The score report keeps COINr's names and NA convention, and says so in its codebook.
        let results = try #require(files.first { $0.name == "results.csv" }?.text)
        #expect(results.hasPrefix("\"uCode\",\"uName\",\"Index\",\"Index_rank\""))
        let codebook = try #require(files.last?.text)
        #expect(codebook.contains("\"path\": \"results.csv\"") && codebook.contains("\"missingValues\": [\"NA\"]"))
    }
}

/// Every document describes the recipe that ran, generated from the Recipe value.
@Suite struct RecipeTextTests {
    static func files(_ change: (inout Recipe) -> Void) throws -> [String: String] {
        var s = try Study.read(HTMLReportTests.root + "/Datasets/gfmd-2007/study.yaml")
        change(&s.recipe)
        s.uncertainty = nil
        let r = try StudyResults.load(s, try s.loadInputs(), parts: ReportFiles.parts(for: s))
        return Dictionary(uniqueKeysWithValues: ReportFiles.render(r).map { ($0.name, $0.text) })
    }

    @Test func methodsNoteAndDashboardFollowTheRecipe() throws {
        let f = try Self.files {
            $0.normalise = NormaliseSpec(method: .minMax(lower: 1, upper: 100))
            $0.impute = ImputeSpec(method: .groupMedian, group: "un_region")
            $0.treat = TreatSpec(winmax: 3)
            $0.aggregate = AggregateSpec(method: .geometric)
        }
        let methods = try #require(f["methods.txt"])
        // The default study has no index: the recipe's index step is not described.
        #expect(methods.contains("min-max normalisation onto [1, 100]; theme score = geometric mean of its indicators' scores. "))
        #expect(!methods.contains("index = "))
        #expect(methods.contains("Imputation: a missing value is filled with the indicator's median over the unit's un_region group ("))
        #expect(methods.contains("has up to 3 extreme points winsorised"))
        #expect(methods.contains("whatever the normalisation"))
        #expect(!methods.contains("No imputation") && !methods.contains("bounds normalisation s ="))
        #expect(try #require(f["dashboard.txt"]).contains("Theme scores 1-100 (min-max normalisation, geometric means)"))
        #expect(try #require(f["knowledge_gaps.txt"]).contains("(imputed values do not count)."))
        #expect(try #require(f["indicators.csv"]).hasPrefix("\u{FEFF}\"unit_code\",\"unit_name\",\"region\",\"income_group\",\"theme_code\",\"indicator_code\",\"indicator_name\",\"indicator_unit\",\"type\",\"role\",\"state\",\"value\",\"year\",\"stale\",\"imputed\",\"treated\",\"score\""))
    }

    @Test func theDefaultRecipeReadsAsBefore() throws {
        let f = try Self.files { _ in }
        let methods = try #require(f["methods.txt"])
        #expect(methods.contains("Scores: bounds normalisation s = clamp(100 (x - LB) / (OPT - LB), 0, 100); theme score = mean of its "
                                 + "indicators' scores. No imputation: a missing value stays missing. "))
        #expect(try #require(f["dashboard.txt"]).contains("Theme scores 0-100 (bounds normalisation, arithmetic means)"))
    }
}
