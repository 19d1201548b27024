import Foundation
import Testing

/// Every command, run on the shipped inputs and again on copies whose order-free rows are shuffled,
/// writes the same bytes. Two independent runs agreeing also proves reruns are byte-identical.
extension CLITests {
    /// A fixed permutation (Fisher-Yates driven by a 64-bit LCG) so a failure reproduces.
    static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var items = items
        var state = seed
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            items.swapAt(i, Int(state >> 33) % (i + 1))
        }
        return items
    }

    /// Rows of a CSV after its header, in another order (every shipped CSV has one record per line).
    static func shuffleCSV(_ from: String, to: String, seed: UInt64) throws {
        var lines = try String(contentsOfFile: from, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = lines.removeFirst()
        let rows = shuffled(lines, seed: seed)
        #expect(rows != lines || rows.count < 3, "\(from): the shuffle left the rows in place")
        try ([header] + rows).joined(separator: "\n").appending("\n").write(toFile: to, atomically: true, encoding: .utf8)
    }

    /// Entries of a YAML registry (`  - id:` blocks under one top-level list) in another order.
    static func shuffleRegistry(_ from: String, to: String, seed: UInt64) throws {
        let lines = try String(contentsOfFile: from, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { $0.hasPrefix("  - id:") }) else {
            Issue.record("\(from): no entries"); return
        }
        var entries = lines[first...]
        while entries.last == "" { entries.removeLast() }
        var blocks: [[Substring]] = []
        for line in entries {
            if line.hasPrefix("  - id:") { blocks.append([]) }
            blocks[blocks.count - 1].append(line)
        }
        let order = shuffled(Array(blocks.indices), seed: seed)
        #expect(order != Array(blocks.indices), "\(from): the shuffle left the entries in place")
        let text = (lines[..<first] + order.flatMap { blocks[$0] }).joined(separator: "\n") + "\n"
        try text.write(toFile: to, atomically: true, encoding: .utf8)
    }

    /// A copy of the default study whose data rows and registry entries are shuffled. The framework
    /// stays: its order is the order of themes and indicators in every report.
    func shuffledGFMDStudy() throws -> String {
        let dir = tempDir()
        let fm = FileManager.default
        let data = Self.root + "/Datasets/migration-development", study = Self.root + "/Datasets/gfmd-2007"
        try fm.createDirectory(atPath: dir + "/migration-development", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/gfmd-2007", withIntermediateDirectories: true)
        var seed: UInt64 = 7
        for f in try fm.contentsOfDirectory(atPath: data).sorted() where f.hasSuffix(".csv") {
            seed += 1
            try Self.shuffleCSV(data + "/" + f, to: dir + "/migration-development/" + f, seed: seed)
        }
        // The second edition's indicators, scope and sources beside them.
        let extra = Self.root + "/Datasets/migration-development-extra"
        try fm.createDirectory(atPath: dir + "/migration-development-extra", withIntermediateDirectories: true)
        for f in try fm.contentsOfDirectory(atPath: extra).sorted() where f.hasSuffix(".csv") {
            seed += 1
            try Self.shuffleCSV(extra + "/" + f, to: dir + "/migration-development-extra/" + f, seed: seed)
        }
        // The agreements, their coding and crosswalk, and the free-movement table (rows shuffled).
        for sub in ["bilateral_labour_agreements", "free_movement_regimes"] {
            try fm.createDirectory(atPath: dir + "/migration-development-extra/" + sub, withIntermediateDirectories: true)
            for f in try fm.contentsOfDirectory(atPath: extra + "/" + sub).sorted() where f.hasSuffix(".csv") {
                seed += 1
                try Self.shuffleCSV(extra + "/" + sub + "/" + f, to: dir + "/migration-development-extra/" + sub + "/" + f, seed: seed)
            }
        }
        for f in ["study.yaml", "framework.yaml", "recommendations.yaml", "followup.yaml"] {
            try fm.copyItem(atPath: study + "/" + f, toPath: dir + "/gfmd-2007/" + f)
        }
        // The previous edition the study names, which the report compares with.
        try fm.copyItem(atPath: study + "/first-edition", toPath: dir + "/gfmd-2007/first-edition")
        for f in ["practices.yaml", "partnerships.yaml"] {
            // Seeds under which each registry's entries really move (three entries can stay put).
            seed += 101
            try Self.shuffleRegistry(study + "/" + f, to: dir + "/gfmd-2007/" + f, seed: seed)
        }
        return dir + "/gfmd-2007/study.yaml"
    }

    /// Files under a folder, by relative path.
    func files(under dir: String) -> [String: Data] {
        let fm = FileManager.default
        var out: [String: Data] = [:]
        for case let f as String in fm.enumerator(atPath: dir) ?? FileManager.DirectoryEnumerator() {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: dir + "/" + f, isDirectory: &isDir), !isDir.boolValue {
                out[f] = fm.contents(atPath: dir + "/" + f)
            }
        }
        return out
    }

    @Test func shuffledInputsGiveTheSameReportAndCommandOutputs() throws {
        let shuffled = try shuffledGFMDStudy()
        let original = "Datasets/gfmd-2007/study.yaml"
        let dir = tempDir()
        let a = try run(["report", original, "--out", dir + "/a"])
        let b = try run(["report", shuffled, "--out", dir + "/b"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        let fa = files(under: dir + "/a"), fb = files(under: dir + "/b")
        #expect(fa.count >= 25 && fa.keys.contains("report.html") && fa.keys.contains("gap_matrix.csv"))
        #expect(Set(fa.keys) == Set(fb.keys))
        for (name, bytes) in fa.sorted(by: { $0.key < $1.key }) {
            #expect(bytes == fb[name], "\(name) depends on the order of input rows")
        }
        // Commands that print: the same text from either copy (and so from either run).
        let commands: [[String]] = [
            ["validate"], ["gaps"], ["gaps", "--format", "csv"], ["compare", "PHL", "MEX", "--peers", "income"],
            ["learn", "SEN"], ["practices"], ["partnerships"], ["corridors"], ["opportunities"],
            ["partnerships", "--view", "agreements", "--country", "PHL"], ["partnerships", "--view", "corridors"],
            ["partnerships", "--view", "countries", "--country", "DEU"],
        ]
        for c in commands {
            let x = try run([c[0], original] + c.dropFirst()), y = try run([c[0], shuffled] + c.dropFirst())
            #expect(x.status == 0 && !x.stdout.isEmpty, "\(c): \(x.stderr)")
            // validate names the study file it read; the rest of its text must agree.
            let yText = y.stdout.replacingOccurrences(of: shuffled, with: original)
            #expect(x.stdout == yText, "\(c) depends on the order of input rows")
        }
    }

    /// COINr's iData rows carry no order; the commands that write folders agree with a shuffled copy.
    @Test func asemCommandsAgreeOnShuffledData() throws {
        let dir = tempDir()
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try copyASEM(["ASEM_iMeta.csv", "study.yaml"], into: dir + "/in")
        try Self.shuffleCSV(Self.root + "/Datasets/asem/ASEM_iData.csv", to: dir + "/in/ASEM_iData.csv", seed: 31)
        let ua = "Tests/Fixtures/asem/coinr-ua-n100"
        let commands: [[String]] = [
            ["audit", "STUDY", "--out", "OUT"],
            ["uncertainty", "STUDY", "--n", "40", "--seed", "3", "--out", "OUT"],
            ["sensitivity", "STUDY", "--n", "8", "--seed", "3", "--bootstrap", "50", "--out", "OUT"],
            ["sensitivity", "STUDY", "--n", "8", "--seed", "3", "--sobol-points", "--bootstrap", "50", "--out", "OUT"],
            ["replay", "STUDY", "--design", ua + "/sa_UA_N100_params.csv", "--weight-sets", ua + "/sa_noisy_weights.csv",
             "--out", "OUT/scores.csv"],
        ]
        for (i, c) in commands.enumerated() {
            for side in ["x", "y"] { try fm.createDirectory(atPath: dir + "/\(side)\(i)", withIntermediateDirectories: true) }
            let x = try run(c.map { $0 == "STUDY" ? "Datasets/asem/study.yaml" : $0.replacingOccurrences(of: "OUT", with: dir + "/x\(i)") })
            let y = try run(c.map { $0 == "STUDY" ? dir + "/in/study.yaml" : $0.replacingOccurrences(of: "OUT", with: dir + "/y\(i)") })
            #expect(x.status == 0 && y.status == 0, "\(c): \(x.stderr)\(y.stderr)")
            let fx = files(under: dir + "/x\(i)"), fy = files(under: dir + "/y\(i)")
            #expect(!fx.isEmpty && Set(fx.keys) == Set(fy.keys), "\(c)")
            for (name, bytes) in fx { #expect(bytes == fy[name], "\(c): \(name) depends on the order of iData rows") }
        }
    }

    /// `import wdi` keeps its input's order (a conversion, not an analysis): reruns are byte-identical.
    @Test func importRerunsAreByteIdentical() throws {
        let dir = tempDir()
        for out in ["a.csv", "b.csv"] {
            let r = try run(["import", "wdi", "Tests/Fixtures/fuzz/wdi-api.csv", "--source", "WDI", "--out", dir + "/" + out])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let a = FileManager.default.contents(atPath: dir + "/a.csv")
        #expect(a != nil && a!.count > 50)
        #expect(a == FileManager.default.contents(atPath: dir + "/b.csv"))
    }
}
