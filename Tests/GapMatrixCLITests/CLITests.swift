import Foundation
import Testing

/// The `gapmatrix` executable run as a user runs it: exit codes, messages, files written.
@Suite struct CLITests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The built executable sits next to the test bundle.
    static let binary: String = {
        #if os(Linux)
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        #else
        let me = Bundle.main.bundleURL
        #endif
        return me.deletingLastPathComponent().appendingPathComponent("gapmatrix").path
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `binary` (the built one unless given) in `directory` (the repository unless given),
    /// with `environment` added to this process's.
    func run(_ arguments: [String], binary: String = CLITests.binary, in directory: String = CLITests.root,
             environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        if !environment.isEmpty {
            p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    func tempDir() -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapmatrix-cli-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    /// Copies of files of COINr's ASEM example, for tests that change some of them.
    func copyASEM(_ files: [String], into dir: String) throws {
        for f in files {
            try FileManager.default.copyItem(atPath: Self.root + "/Datasets/asem/" + f, toPath: dir + "/" + f)
        }
    }

    @Test func scoreWritesResultsAndStages() throws {
        let dir = tempDir()
        let r = try run(["score", "Datasets/asem/study.yaml", "--out", dir + "/out", "--stages", dir + "/stages"])
        #expect(r.status == 0, "\(r.stderr)")
        let stages = try FileManager.default.contentsOfDirectory(atPath: dir + "/stages").sorted()
        #expect(stages.contains("dset_Aggregated.csv") && stages.contains("dset_Raw.csv"))
        #expect(stages.filter { $0.hasPrefix("dset_") }.count == 7)
        #expect(!stages.contains { $0.hasPrefix(".") }, "temporary files left: \(stages)")
        let results = try String(contentsOfFile: dir + "/out/results.csv", encoding: .utf8)
        #expect(results.hasPrefix("\"uCode\",\"uName\",\"Index\",\"Index_rank\""))
        #expect(results.split(separator: "\n")[1].hasPrefix("\"CHE\",\"Switzerland\",68.383724238341"))
    }

    @Test func rerunsAreByteIdentical() throws {
        let a = tempDir(), b = tempDir()
        _ = try run(["score", "Datasets/asem/study.yaml", "--out", a, "--stages", a + "/s"])
        _ = try run(["score", "Datasets/asem/study.yaml", "--out", b, "--stages", b + "/s"])
        for f in ["results.csv", "scores.csv", "results.txt", "s/dset_Aggregated.csv", "s/treat_points_long.csv"] {
            #expect(FileManager.default.contents(atPath: a + "/" + f) == FileManager.default.contents(atPath: b + "/" + f), "\(f)")
        }
    }

    @Test func textAndCSVFormatsOnStdout() throws {
        let text = try run(["score", "Datasets/asem/study.yaml"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("   1  CHE   Switzerland"))
        let csv = try run(["score", "Datasets/asem/study.yaml", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\"uCode\",\"uName\",\"Index\""))
    }

    @Test func replayWritesCOINrsLayout() throws {
        let dir = tempDir()
        let ua = "Tests/Fixtures/asem/coinr-ua-n100"
        let r = try run(["replay", "Datasets/asem/study.yaml", "--design", ua + "/sa_UA_N100_params.csv",
                         "--weight-sets", ua + "/sa_noisy_weights.csv", "--out", dir + "/scores.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: dir + "/scores.csv", encoding: .utf8)
        let header = text.split(separator: "\n")[0]
        #expect(header.hasPrefix("\"uCode\",\"Nominal\",\"r_1\",\"r_2\""))
        #expect(header.hasSuffix("\"r_100\""))
    }

    @Test func validateSaysWhatItFound() throws {
        let r = try run(["validate", "Datasets/asem/study.yaml"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Units: 51"))
        #expect(r.stdout.contains("Indicators: 49"))
        #expect(r.stdout.contains("Missing: 63 of 2499 values (2.5%)"))
        // Coherence flags follow the summary as warnings and leave the exit code 0 (32 on ASEM, as audit counts them).
        #expect(r.stdout.contains("\nOK\nwarning: "))
        #expect(r.stdout.components(separatedBy: "\nwarning: ").count - 1 == 32)
        #expect(r.stdout.contains("warning: TBTs correlates negatively with its theme Instit (r = -0.62)\n"))
    }

    @Test func missingInputExits66WithTheFile() throws {
        let r = try run(["validate", "no/such/study.yaml"])
        #expect(r.status == 66)
        #expect(r.stderr == "gapmatrix: error: no/such/study.yaml: no such file\n")
    }

    @Test func badDataExits65WithLineAndNoPartialOutput() throws {
        let dir = tempDir()
        let meta = try String(contentsOfFile: Self.root + "/Datasets/asem/ASEM_iMeta.csv", encoding: .utf8)
        var data = try String(contentsOfFile: Self.root + "/Datasets/asem/ASEM_iData.csv", encoding: .utf8)
        data = data.replacingOccurrences(of: "\"Belgium\",\"BEL\",\"L\"", with: "\"Belgium\",\"BEL\",\"L\",\"oops\"")
        try data.write(toFile: dir + "/ASEM_iData.csv", atomically: true, encoding: .utf8)
        try meta.write(toFile: dir + "/ASEM_iMeta.csv", atomically: true, encoding: .utf8)
        let study = try String(contentsOfFile: Self.root + "/Datasets/asem/study.yaml", encoding: .utf8)
        try study.write(toFile: dir + "/study.yaml", atomically: true, encoding: .utf8)
        let r = try run(["score", dir + "/study.yaml", "--out", dir + "/out"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("ASEM_iData.csv:3: a row of 61 fields; expected 60 fields as in the header"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
    }

    /// validate lists every bad cell; other commands stop on the first and point to validate.
    @Test func validateListsEveryProblemOthersPointToIt() throws {
        let dir = tempDir()
        try copyASEM(["ASEM_iMeta.csv", "study.yaml"], into: dir)
        var data = try String(contentsOfFile: Self.root + "/Datasets/asem/ASEM_iData.csv", encoding: .utf8)
        // The last number on the rows of Belgium and Bulgaria becomes "n/a".
        for unit in ["\"BEL\"", "\"BGR\""] {
            let range = try #require(data.range(of: unit))
            let lineEnd = try #require(data[range.upperBound...].firstIndex(of: "\n"))
            var cells = data[range.lowerBound..<lineEnd].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let n = try #require(cells.indices.last { Double(cells[$0]) != nil })
            cells[n] = "n/a"
            data.replaceSubrange(range.lowerBound..<lineEnd, with: cells.joined(separator: ","))
        }
        try data.write(toFile: dir + "/ASEM_iData.csv", atomically: true, encoding: .utf8)
        let v = try run(["validate", dir + "/study.yaml"])
        #expect(v.status == 65)
        let lines = v.stderr.split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.hasPrefix("gapmatrix: error: ") && $0.contains("'n/a'") }, "\(v.stderr)")
        let r = try run(["score", dir + "/study.yaml", "--out", dir + "/out"])
        #expect(r.status == 65)
        #expect(r.stderr.hasSuffix("gapmatrix: 1 more problem in \(dir)/ASEM_iData.csv; `gapmatrix validate` lists them\n"), "\(r.stderr)")
        #expect(r.stderr.hasPrefix(String(lines[0])))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
    }

    @Test func outputFolderThatIsAFileExits73() throws {
        let dir = tempDir()
        #expect(FileManager.default.createFile(atPath: dir + "/taken", contents: Data("x".utf8)))
        let r = try run(["score", "Datasets/asem/study.yaml", "--out", dir + "/taken"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("a file where the output folder should be"))
    }

    @Test func usageErrorsExit64() throws {
        let r = try run(["score"])
        #expect(r.status == 64)
        let h = try run(["replay", "--help"])
        #expect(h.status == 0)
        #expect(h.stdout.contains("\nEXAMPLES:\n  gapmatrix replay "))
    }

    /// The committed Reports/ are exactly what `make report` writes.
    @Test func committedReportsAreUpToDate() throws {
        let dir = tempDir()
        // Every gapmatrix line of the Makefile's report target, writing under the temp folder instead of Reports/.
        let makefile = try String(contentsOfFile: Self.root + "/Makefile", encoding: .utf8)
        // A line runs in the background (`... & a=$$!; \`): the command is what comes before " &".
        let lines = makefile.split(separator: "\n").drop { !$0.hasPrefix("report:") }.dropFirst()
            .prefix { $0.hasPrefix("\t") }.filter { $0.hasPrefix("\t$(RELEASE)/gapmatrix ") }
            .map { $0.split(separator: " &", maxSplits: 1, omittingEmptySubsequences: false)[0] }
        #expect(lines.count >= 3)
        var folders: Set<String> = []
        for line in lines {
            let words = line.split(separator: " ").dropFirst().map { w in
                w.hasPrefix("Reports/") ? dir + "/" + w.dropFirst("Reports/".count) : String(w)
            }
            for w in line.split(separator: " ") where w.hasPrefix("Reports/") { folders.insert(String(w.split(separator: "/")[1])) }
            let r = try run(words)
            #expect(r.status == 0, "\(line): \(r.stderr)")
        }
        let fm = FileManager.default
        let committed = Self.root + "/Reports"
        // Every committed report folder is one the Makefile writes.
        #expect(Set(try fm.contentsOfDirectory(atPath: committed).filter { !$0.hasPrefix(".") }) == folders)
        let files = fm.enumerator(atPath: dir)!.compactMap { $0 as? String }.filter { !$0.hasSuffix("stages") && $0.contains(".") }
        #expect(files.count >= 20)
        for f in files {
            #expect(fm.contents(atPath: dir + "/" + f) == fm.contents(atPath: committed + "/" + f), "Reports/\(f) differs from a fresh run")
        }
        let shipped = fm.enumerator(atPath: committed)!.compactMap { $0 as? String }.filter { $0.contains(".") }
        #expect(Set(shipped) == Set(files), "Reports/ holds files a run does not write")
    }

    /// The two real studies: the GFMD roundtables feed the Compact's objectives through 15 shared indicators.
    @Test func crosswalkOfTheTwoStudies() throws {
        let r = try run(["crosswalk", "Datasets/gfmd-2007/study.yaml", "Datasets/gcm-2018/study.yaml", "--country", "Philippines"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(r.stdout.contains("15 indicators are scored in both studies"))
        // RT2's six remittance items are the whole of objective 20.
        #expect(rows.contains { $0.prefix(5) == ["RT2", "Objective", "O20", "20", "Remittances"] && $0.contains("6") && $0.contains("of") })
        #expect(rows.contains { $0.prefix(3) == ["0", "17", "O01,"] })
        #expect(rows.contains { $0.prefix(3) == ["IMRF2", "0", "of"] })
        #expect(r.stdout.contains("Philippines (PHL): the two studies' cells"))
        #expect(r.stdout.contains("12 of 23 objectives have no documented practice and no partnership"))
        #expect(r.stdout.contains("No source given maps these entries to the study's themes"))
        let bad = try run(["crosswalk", "Datasets/gfmd-2007/study.yaml", "Datasets/gcm-2018/study.yaml", "--country", "XYZ"])
        #expect(bad.status == 64)
    }

    @Test func reportFormatsChooseTheFiles() throws {
        let dir = tempDir()
        let html = try run(["report", "Datasets/gfmd-2007/study.yaml", "--out", dir + "/html", "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/html") == ["report.html"])
        let plain = try run(["report", "Datasets/gfmd-2007/study.yaml", "--out", dir + "/plain", "--format", "plain"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/plain")
        #expect(names.contains("themes.csv") && !names.contains("report.html"))
        // A templates folder that does not exist: a clear error, nothing written.
        let bad = try run(["report", "Datasets/gfmd-2007/study.yaml", "--out", dir + "/bad", "--templates", dir + "/none"])
        #expect(bad.status == 66)
        #expect(bad.stderr.contains("a folder of .mustache templates"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/bad"))
        // The HTML report needs ratings; COINr's ASEM example has none.
        let unrated = try run(["report", "Datasets/asem/study.yaml", "--out", dir + "/asem", "--format", "html"])
        #expect(unrated.status == 64)
        #expect(unrated.stderr.contains("a study without ratings"))
    }

    @Test func compareShowsCountriesAndPeerMedians() throws {
        let r = try run(["compare", "Datasets/gfmd-2007/study.yaml", "PHL", "MEX", "--peers", "income"])
        #expect(r.status == 0, "\(r.stderr)")
        let header = r.stdout.split(separator: "\n").first { $0.hasPrefix("Theme / indicator") }
        #expect(header?.contains("Median Lower middle income") == true)
        #expect(header?.contains("Median Upper middle income") == true)
        #expect(r.stdout.contains("SI.RMT.COST.IB.ZS"))
        let bad = try run(["compare", "Datasets/gfmd-2007/study.yaml", "XYZ"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("unknown unit 'XYZ'"))
    }

    @Test func importWDIWritesTidyRows() throws {
        let dir = tempDir()
        let input = dir + "/api.csv"
        try "Country Name,Country Code,Indicator Name,Indicator Code,2020\nFrance,FRA,Pop,SP.POP.TOTL,67601110\n"
            .write(toFile: input, atomically: true, encoding: .utf8)
        let r = try run(["import", "wdi", input, "--source", "WDI_test", "--out", dir + "/tidy.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: dir + "/tidy.csv", encoding: .utf8)
                == "\"unit\",\"year\",\"indicator\",\"value\",\"source\"\n\"FRA\",2020,\"SP.POP.TOTL\",67601110,\"WDI_test\"\n")
        let bad = try run(["import", "wdi", dir + "/tidy.csv"])
        #expect(bad.status == 65)
    }

    @Test func gapsLearnAndPracticesCommands() throws {
        let grid = try run(["gaps", "Datasets/gfmd-2007/study.yaml", "--region", "Oceania", "--theme", "RT2"])
        #expect(grid.status == 0, "\(grid.stderr)")
        #expect(grid.stdout.contains("      AUS FJI FSM"))
        #expect(grid.stdout.contains("RT2   O   O   P   D"))
        let csv = try run(["gaps", "Datasets/gfmd-2007/study.yaml", "--format", "csv", "--theme", "RT1"])
        #expect(csv.stdout.split(separator: "\n").count == 194)   // header + 193 countries
        let learn = try run(["learn", "Datasets/gfmd-2007/study.yaml", "SEN", "--k", "2"])
        #expect(learn.status == 0)
        #expect(learn.stdout.contains("RT2 #2:"))
        #expect(!learn.stdout.contains("RT2 #3:"))
        let practices = try run(["practices", "Datasets/gfmd-2007/study.yaml", "--theme", "RT2"])
        // 15 entries of Datasets/gfmd-2007/practices.yaml list RT2 among their themes.
        #expect(practices.stdout.contains(": 15 documented practices"))
        #expect(try run(["gaps", "Datasets/gfmd-2007/study.yaml", "--region", "Atlantis"]).status == 64)
        #expect(try run(["learn", "Datasets/gfmd-2007/study.yaml", "ZZZ"]).status == 64)
    }

    /// Sharded and merged equals unsharded, byte for byte; and the written design replays to the same scores.
    @Test func uncertaintyShardsMergeByteForByteAndReplay() throws {
        let dir = tempDir()
        let study = "Datasets/asem/study.yaml"
        #expect(try run(["uncertainty", study, "--n", "30", "--seed", "11", "--out", dir + "/whole"]).status == 0)
        for i in 1...3 {
            #expect(try run(["uncertainty", study, "--n", "30", "--seed", "11", "--shard", "\(i)/3", "--out", dir + "/s\(i)"]).status == 0)
        }
        let merged = try run(["merge", study, "--seed", "11", "--out", dir + "/merged", dir + "/s1", dir + "/s2", dir + "/s3"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let fm = FileManager.default
        for f in ["ua_scores.csv", "ua_params.csv", "ua_weights.csv", "ua_rankstats.csv", "ua_summary.txt"] {
            #expect(fm.contents(atPath: dir + "/whole/" + f) != nil)
            #expect(fm.contents(atPath: dir + "/whole/" + f) == fm.contents(atPath: dir + "/merged/" + f), "\(f)")
        }
        let replay = try run(["replay", study, "--design", dir + "/whole/ua_params.csv", "--weight-sets", dir + "/whole/ua_weights.csv",
                              "--out", dir + "/replayed.csv"])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(fm.contents(atPath: dir + "/replayed.csv") == fm.contents(atPath: dir + "/whole/ua_scores.csv"))
        let missing = try run(["merge", study, "--seed", "11", "--out", dir + "/bad", dir + "/s1", dir + "/s3"])
        #expect(missing.status == 65)
        #expect(!fm.fileExists(atPath: dir + "/bad"))
        #expect(try run(["uncertainty", study, "--n", "1", "--seed", "1", "--out", dir + "/x"]).status == 64)
    }

    /// Imputation as an uncertain input survives the round trip through ua_params.csv: shards merge
    /// into the whole run and the written design replays to the same scores.
    /// Inputs beyond COINr's vignette, each replacing the aggregation input of the ASEM study, with
    /// the design columns they add and a cell those columns must hold.
    static let extraInputs: [(input: String, columns: String, cell: String)] = [
        ("    - {parameter: impute, values: [{method: group_mean, group: EurAsia_group}, {method: median}, {method: none}]}\n",
         "\"Imputation\",\"ImputePara\"", "\"i_mean_grp\",\"group=EurAsia_group\""),
        ("    - {parameter: screen.threshold, uniform: [0.8, 1]}\n    - {parameter: treat.skew, uniform: [1.5, 2.5]}\n"
            + "    - {parameter: treat.kurtosis, values: [3, 3.5, 4]}\n",
         "\"ScreenThreshold\",\"SkewThreshold\",\"KurtThreshold\"", ",3.5\n"),
    ]

    /// Designs with these inputs shard, merge and replay byte for byte (a continuous threshold
    /// survives the trip through ua_params.csv exactly).
    @Test(arguments: 0..<2) func inputsBeyondCOINrShardAndReplay(_ which: Int) throws {
        let extra = Self.extraInputs[which]
        let dir = tempDir()
        let fm = FileManager.default
        try copyASEM(["ASEM_iData.csv", "ASEM_iMeta.csv"], into: dir)
        let yaml = try String(contentsOfFile: Self.root + "/Datasets/asem/study.yaml", encoding: .utf8)
            .replacingOccurrences(of: "    - {parameter: aggregate.method, values: [arithmetic, geometric]}\n", with: extra.input)
        #expect(yaml.contains(extra.input))
        try yaml.write(toFile: dir + "/study.yaml", atomically: true, encoding: .utf8)
        let study = dir + "/study.yaml"
        #expect(try run(["uncertainty", study, "--n", "24", "--seed", "8", "--out", dir + "/whole"]).status == 0)
        for i in 1...2 {
            #expect(try run(["uncertainty", study, "--n", "24", "--seed", "8", "--shard", "\(i)/2", "--out", dir + "/s\(i)"]).status == 0)
        }
        let merged = try run(["merge", study, "--seed", "8", "--out", dir + "/merged", dir + "/s1", dir + "/s2"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let params = try String(contentsOfFile: dir + "/whole/ua_params.csv", encoding: .utf8)
        #expect(params.hasPrefix("\"rep\",\"Winmax\",\"Normalisation\",\"NormPara\",\"WeightSet\",\"Aggregation\"," + extra.columns + "\n"))
        #expect(params.contains(extra.cell))
        for f in ["ua_scores.csv", "ua_params.csv", "ua_rankstats.csv"] {
            #expect(fm.contents(atPath: dir + "/whole/" + f) == fm.contents(atPath: dir + "/merged/" + f), "\(f)")
        }
        let replay = try run(["replay", study, "--design", dir + "/whole/ua_params.csv", "--weight-sets", dir + "/whole/ua_weights.csv",
                              "--out", dir + "/replayed.csv"])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(fm.contents(atPath: dir + "/replayed.csv") == fm.contents(atPath: dir + "/whole/ua_scores.csv"))
    }

    /// Unit order in iData carries no meaning: shuffled rows give byte-identical outputs.
    @Test func shuffledUnitRowsGiveIdenticalOutputs() throws {
        let dir = tempDir()
        let fm = FileManager.default
        try copyASEM(["ASEM_iMeta.csv", "study.yaml"], into: dir)
        try Self.shuffleCSV(Self.root + "/Datasets/asem/ASEM_iData.csv", to: dir + "/ASEM_iData.csv", seed: 2026)
        #expect(try run(["score", dir + "/study.yaml", "--out", dir + "/out", "--stages", dir + "/out/stages"]).status == 0)
        #expect(try run(["score", "Datasets/asem/study.yaml", "--out", dir + "/ref", "--stages", dir + "/ref/stages"]).status == 0)
        for f in ["results.csv", "scores.csv", "results.txt", "stages/dset_Aggregated.csv", "stages/impute_points.csv",
                  "stages/treat_points_long.csv", "stages/ranks_Aggregated.csv"] {
            #expect(fm.contents(atPath: dir + "/out/" + f) == fm.contents(atPath: dir + "/ref/" + f), "\(f)")
        }
    }
}
