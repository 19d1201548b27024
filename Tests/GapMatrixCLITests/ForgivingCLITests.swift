import Foundation
import Testing

/// Typos on the command line get a suggestion and exit 64; every command takes the same words
/// for units, themes and regions; help, version and a copied binary work as documented.
@Suite struct ForgivingCLITests {
    let cli = CLITests()
    let gfmd = "Datasets/gfmd-2007/study.yaml"

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLITests.Result {
        try cli.run(arguments, environment: environment)
    }

    @Test func misspeltSubcommandGetsASuggestion() throws {
        let r = try run(["reprot", gfmd, "--out", "X"])
        #expect(r.status == 64)
        #expect(r.stderr == "gapmatrix: error: unknown subcommand 'reprot'; did you mean 'report'?\n")
        let help = try run(["help", "reprot"])
        #expect(help.status == 64)
        #expect(help.stdout.isEmpty)
        #expect(help.stderr == r.stderr)
        // A prefix offers every command it starts; a nested command is checked too.
        #expect(try run(["rep", gfmd]).stderr == "gapmatrix: error: unknown subcommand 'rep'; did you mean 'report' or 'replay'?\n")
        let nested = try run(["import", "wdx", "file.csv"])
        #expect(nested.status == 64)
        #expect(nested.stderr == "gapmatrix: error: unknown subcommand 'wdx'; did you mean 'wdi'?\n")
        // Nothing close: the commands are listed.
        let far = try run(["zzzzzz"])
        #expect(far.status == 64)
        #expect(far.stderr.hasPrefix("gapmatrix: error: unknown subcommand 'zzzzzz'; expected one of: score, report, compare,"))
        // An unknown option keeps the parser's own suggestion.
        let option = try run(["gaps", gfmd, "--themee", "RT1"])
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("Error: Unknown option '--themee'. Did you mean '--theme'?"))
    }

    @Test func themeChecksAgreeAcrossCommands() throws {
        let expected = "gapmatrix: error: option '--theme': unknown theme 'RT9'; expected one of: RT1, RT2, RT3\n"
        for command in ["gaps", "practices", "opportunities"] {
            let r = try run([command, gfmd, "--theme", "RT9"])
            #expect(r.status == 64, "\(command)")
            #expect(r.stderr == expected, "\(command)")
        }
        // Codes in any case are the codes; a near miss gets a hint.
        let lower = try run(["gaps", gfmd, "--theme", "rt2"]), upper = try run(["gaps", gfmd, "--theme", "RT2"])
        #expect(lower.status == 0 && lower.stdout == upper.stdout)
        let region = try run(["gaps", gfmd, "--region", "africa"]), named = try run(["gaps", gfmd, "--region", "Africa"])
        #expect(region.status == 0 && region.stdout == named.stdout)
        let near = try run(["gaps", gfmd, "--region", "Afrika"])
        #expect(near.status == 64)
        #expect(near.stderr.contains("option '--region': unknown region 'Afrika' (did you mean Africa?); expected one of: Africa, America,"))
    }

    @Test func countsBelowOneAreErrorsAlike() throws {
        let top = try run(["opportunities", gfmd, "--top", "0"])
        #expect(top.status == 64)
        #expect(top.stderr.hasPrefix("Error: option '--top' must be at least 1 (found 0)."))
        let k = try run(["learn", gfmd, "SEN", "--k", "0"])
        #expect(k.status == 64)
        #expect(k.stderr.hasPrefix("Error: option '--k' must be at least 1 (found 0)."))
    }

    @Test func unitNamesWorkWhereCodesDo() throws {
        let byCode = try run(["compare", gfmd, "PHL", "MEX"])
        #expect(byCode.status == 0, "\(byCode.stderr)")
        let byName = try run(["compare", gfmd, "Philippines", "mexico"])
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(byName.stdout == byCode.stdout)
        // Corridors take countries outside the study too, by name as well.
        let corridors = try run(["corridors", gfmd, "--from", "United Arab Emirates", "--to", "philippines"])
        #expect(corridors.stdout.hasPrefix("Corridors from ARE to PHL: "))
        // A code in any case is the code; a misspelt code or name, an unknown word: errors with hints.
        let lowerCode = try run(["compare", gfmd, "phl", "MEX"])
        #expect(lowerCode.stdout == byCode.stdout)
        #expect(try run(["compare", gfmd, "PHK"]).stderr.contains("argument 'units': unknown unit 'PHK' (did you mean"))
        #expect(try run(["learn", gfmd, "Philipines"]).stderr.contains("argument 'unit': unknown unit 'Philipines' (did you mean Philippines (PHL)?)"))
        let unknown = try run(["partnerships", gfmd, "--country", "Atlantis"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "gapmatrix: error: option '--country': unknown unit 'Atlantis'; "
                + "expected a unit code or name of the units file, e.g. ABW, AFG, AGO\n")
    }

    /// Errors about what was typed name the argument or option; errors in files keep "field".
    @Test func commandLineErrorsSayArgumentOrOption() throws {
        let r = try run(["learn", gfmd, "ZZZ"])
        #expect(r.status == 64)
        #expect(r.stderr == "gapmatrix: error: argument 'unit': unknown unit 'ZZZ'; expected a unit code or name of the study, e.g. AFG, AGO, ALB\n")
        let meeting = try run(["followup", gfmd, "--meeting", "Rome 2009"])
        #expect(meeting.status == 64)
        #expect(meeting.stderr.hasPrefix("gapmatrix: error: option '--meeting': unknown meeting 'Rome 2009'; expected one of the register's meetings:"))
        for e in [r.stderr, meeting.stderr] { #expect(!e.contains("field")) }
    }

    @Test func corridorsNeverPrintNegativeZero() throws {
        // ARE to PHL in 2011Q3 cost 2.9979999 %: 0.0020001 under the 3% target.
        let r = try run(["corridors", gfmd, "--from", "ARE", "--to", "PHL"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ARE   PHL  2011Q3    3.00      0.00  no"))
        // Every corridor, every period.
        for to in ["PHL", "NPL", "BGD", "IND", "UZB", "JOR", "IDN"] {
            let all = try run(["corridors", gfmd, "--to", to])
            #expect(all.status == 0)
            #expect(!all.stdout.contains("-0.00"), "to \(to)")
        }
        #expect(!(try run(["corridors", gfmd]).stdout.contains("-0.00")))
    }

    @Test func aUnitGivenTwiceIsComparedOnce() throws {
        let r = try run(["compare", gfmd, "PHL", "MEX", "Philippines"])
        #expect(r.status == 0)
        #expect(r.stderr == "gapmatrix: note: PHL given more than once; shown once\n")
        let once = try run(["compare", gfmd, "PHL", "MEX"])
        #expect(r.stdout == once.stdout)
    }

    /// Prose is wrapped by the parser to the terminal; examples are never wrapped.
    @Test func helpWrapsProseAndKeepsExamplesWhole() throws {
        let narrow = try run(["report", "--help"], environment: ["COLUMNS": "80"])
        #expect(narrow.status == 0)
        let parts = narrow.stdout.components(separatedBy: "\nEXAMPLES:\n")
        #expect(parts.count == 2)
        // The overview and the options (the parser keeps the usage line whole, as a shell command).
        let prose = parts[0].split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("USAGE: ") }
        #expect(prose.count > 20)
        #expect(prose.allSatisfy { $0.count <= 80 }, "\(prose.filter { $0.count > 80 })")
        #expect(parts[1] == "  gapmatrix report Datasets/gfmd-2007/study.yaml --out Reports/gfmd-2007\n"
                + "  gapmatrix report Datasets/gfmd-2007/study.yaml --out report --format html --templates Sources/GapMatrixReports/Templates\n"
                + "  gapmatrix report Datasets/gfmd-2007/study.yaml --out rapport --lang fr\n")
        // On a wide terminal each paragraph is one line: no line breaks were typed into it.
        let wide = try run(["report", "--help"], environment: ["COLUMNS": "400"])
        #expect(wide.stdout.contains("\nFor a study with ratings (thresholds in its framework and a ratings: section) writes indicators.csv "
                                     + "(unit x indicator: value, year, stale and imputed flags, score, colour, trend and their reasons, "
                                     + "source), themes.csv (unit x theme), results.csv (wide), and dashboard, scorecards, league_tables "
                                     + "and methods as .txt and .md. Other studies get results.csv, scores.csv and results.txt.\n"))
    }

    @Test func everyCommandHasExamplesOfItself() throws {
        let commands = ["score", "report", "compare", "gaps", "practices", "learn", "replay", "uncertainty", "sensitivity", "merge",
                        "audit", "corridors", "opportunities", "partnerships", "followup", "validate", "import wdi"]
        for c in commands {
            let r = try run(["help"] + c.split(separator: " ").map(String.init))
            #expect(r.status == 0, "\(c)")
            let examples = try #require(r.stdout.components(separatedBy: "\nEXAMPLES:\n").last, "\(c)")
            let lines = examples.split(separator: "\n")
            #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("  gapmatrix \(c) ") }, "\(c): \(lines)")
        }
    }

    @Test func versionIsPrinted() throws {
        let r = try run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout == "0.9.0\n")
    }

    /// The templates are in the binary: a copy elsewhere, with nothing beside it, writes the same page.
    @Test func aCopiedBinaryWritesTheHTMLReport() throws {
        let dir = cli.tempDir()
        let copy = dir + "/gapmatrix"
        try FileManager.default.copyItem(atPath: CLITests.binary, toPath: copy)
        let r = try cli.run(["report", CLITests.root + "/" + gfmd, "--out", "out", "--format", "html"], binary: copy, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix(": 1 file written to out\n"))
        let page = FileManager.default.contents(atPath: dir + "/out/report.html")
        #expect(page != nil && page == FileManager.default.contents(atPath: CLITests.root + "/Reports/gfmd-2007/report.html"))
    }

    @Test func latin1DataFileIsAnErrorNamingLineAndColumn() throws {
        let dir = cli.tempDir()
        try cli.copyASEM(["ASEM_iMeta.csv", "study.yaml"], into: dir)
        var data = try #require(FileManager.default.contents(atPath: CLITests.root + "/Datasets/asem/ASEM_iData.csv"))
        // "Belgium" becomes "Belgi\u{E9}um" as Latin-1 writes it: one byte 0xE9.
        let name = Data("\"Belgium\"".utf8)
        let at = try #require(data.range(of: name))
        data.replaceSubrange(at, with: Data("\"Belgi".utf8) + Data([0xE9]) + Data("um\"".utf8))
        try data.write(to: URL(fileURLWithPath: dir + "/ASEM_iData.csv"))
        let line = data[..<at.lowerBound].filter { $0 == UInt8(ascii: "\n") }.count + 1
        let column = String(decoding: data[(data[..<at.lowerBound].lastIndex(of: UInt8(ascii: "\n"))! + 1)..<at.lowerBound], as: UTF8.self).count + 7
        let r = try run(["validate", dir + "/study.yaml"])
        #expect(r.status == 65)
        #expect(r.stderr == "gapmatrix: error: \(dir)/ASEM_iData.csv:\(line):\(column): invalid UTF-8 byte 0xE9; "
                + "expected UTF-8 text (save the file as UTF-8)\n")
        // The study file itself.
        var yaml = try #require(FileManager.default.contents(atPath: dir + "/study.yaml"))
        #expect(yaml.last == UInt8(ascii: "\n"))
        let last = yaml.filter { $0 == UInt8(ascii: "\n") }.count + 1
        yaml.append(Data("# caf".utf8) + Data([0xE9]) + Data("\n".utf8))
        try yaml.write(to: URL(fileURLWithPath: dir + "/study.yaml"))
        let y = try run(["validate", dir + "/study.yaml"])
        #expect(y.status == 65)
        #expect(y.stderr == "gapmatrix: error: \(dir)/study.yaml:\(last):6: invalid UTF-8 byte 0xE9; expected UTF-8 text (save the file as UTF-8)\n")
    }
}
