import Foundation
import Testing

/// `gapmatrix report` on a study that names its previous edition (previous_edition:) writes the
/// difference against it beside the report, declared in the codebook.
extension CLITests {
    static let editionFramework = """
        levels: [Indicator, Theme, Index]
        themes:
          - {code: I, name: Index}
          - {code: T, name: Theme, parent: I}
        indicators:
          - {code: p, name: P, type: policy, theme: T, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: o, name: O, type: outcome, theme: T, optimum: 100, lower_bound: 0, green: 80, red: 20}
        """

    /// A study file over `values` (edition and previous edition optional).
    static func editionStudy(values: String, edition: String, previous: String? = nil, year: Int = 2022) -> String {
        """
        name: Editions test
        edition: "\(edition)"
        \(previous.map { "previous_edition: \($0)" } ?? "")
        data: {format: tidy, values: \(values), framework: framework.yaml, units: units.csv}
        reference_year: \(year)
        window: {years: 10}
        recipe: {normalise: {method: bounds}}
        ratings: {index: false}
        """
    }

    /// A folder with the two editions' values: A the same in both; B's policy value newer and red
    /// (60 yellow in 2018, 10 red in 2021); C's outcome new in the second edition.
    func editionFolder() throws -> String {
        let dir = tempDir()
        let files = [
            "framework.yaml": Self.editionFramework,
            "units.csv": "unit,name\nA,Alpha\nB,Beta\nC,Gamma\n",
            "first.csv": "unit,year,indicator,value\nA,2018,p,90\nA,2018,o,90\nB,2018,p,60\nB,2018,o,50\nC,2018,p,50\n",
            "second.csv": "unit,year,indicator,value\nA,2018,p,90\nA,2018,o,90\nB,2021,p,10\nB,2018,o,50\nC,2018,p,50\nC,2021,o,10\n",
            "first.yaml": Self.editionStudy(values: "first.csv", edition: "1", year: 2018),
            "second.yaml": Self.editionStudy(values: "second.csv", edition: "2", previous: "first.yaml"),
            "copy.yaml": Self.editionStudy(values: "second.csv", edition: "2b"),
            "itself.yaml": Self.editionStudy(values: "second.csv", edition: "2", previous: "copy.yaml"),
            "loop.yaml": Self.editionStudy(values: "second.csv", edition: "3", previous: "loop.yaml"),
        ]
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    /// Rows of a report CSV (byte-order mark and quotes stripped) as column -> text.
    func csvRows(_ path: String) throws -> [[String: String]] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\u{FEFF}", with: "")
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\"", with: "") } }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    @Test func aStudyNamingItsPreviousEditionWritesTheDiff() throws {
        let dir = try editionFolder()
        let r = try run(["report", dir + "/second.yaml", "--out", dir + "/out", "--format", "plain"])
        #expect(r.status == 0, "\(r.stderr)")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: dir + "/out"))
        #expect(files.isSuperset(of: ["diff.txt", "diff.md", "diff_themes.csv", "diff_indicators.csv", "vintage.csv"]))
        #expect(!files.contains("followup.csv"), "no follow-up register, no follow-up report")
        let md = try String(contentsOfFile: dir + "/out/diff.md", encoding: .utf8)
        #expect(md.hasPrefix("# What changed: Editions test, edition 1 (2018) to Editions test, edition 2 (2022)\n"))
        let kinds = Dictionary(uniqueKeysWithValues: try csvRows(dir + "/out/diff_indicators.csv").map { ($0["unit_code"]! + " " + $0["indicator_code"]!, $0["kind"]!) })
        #expect(kinds == ["A p": "unchanged", "A o": "unchanged", "B p": "real change", "B o": "unchanged",
                          "C p": "unchanged", "C o": "new data"])
        let themes = Dictionary(uniqueKeysWithValues: try csvRows(dir + "/out/diff_themes.csv").map { ($0["unit_code"]!, $0["verdict"]!) })
        // B's theme turns red with its policy value (no recorded uncertainty run: a colour change is beyond noise).
        #expect(themes["A"] == "unchanged" && themes["B"] == "beyond noise")
        let package = try String(contentsOfFile: dir + "/out/datapackage.json", encoding: .utf8)
        #expect(package.contains("\"path\": \"diff_themes.csv\"") && package.contains("\"path\": \"diff_indicators.csv\""))
        #expect(package.contains("\"version\": \"2\""))
        // gapmatrix diff without options compares with the same previous edition and prints the same document.
        let diff = try run(["diff", dir + "/second.yaml"])
        let written = try String(contentsOfFile: dir + "/out/diff.txt", encoding: .utf8)
        #expect(diff.status == 0 && diff.stdout == written)
        // The study without previous_edition: no diff files.
        let first = try run(["report", dir + "/first.yaml", "--out", dir + "/first", "--format", "plain"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/first/diff.md"))
    }

    @Test func anEditionAgainstTheSameDataIsEmpty() throws {
        let dir = try editionFolder()
        let r = try run(["report", dir + "/itself.yaml", "--out", dir + "/out", "--format", "plain"])
        #expect(r.status == 0, "\(r.stderr)")
        let themes = try csvRows(dir + "/out/diff_themes.csv")
        #expect(themes.count == 3 && themes.allSatisfy { $0["verdict"] == "unchanged" && $0["kinds"] == "" })
        #expect(try csvRows(dir + "/out/diff_indicators.csv").allSatisfy { $0["kind"] == "unchanged" })
        let text = try String(contentsOfFile: dir + "/out/diff.txt", encoding: .utf8)
        #expect(text.contains("3 country x theme cells compared; 0 differ"))
        // A study cannot be its own previous edition.
        let loop = try run(["report", dir + "/loop.yaml", "--out", dir + "/loop"])
        #expect(loop.status == 65 && loop.stderr.contains("previous_edition"), "\(loop.stderr)")
    }
}
