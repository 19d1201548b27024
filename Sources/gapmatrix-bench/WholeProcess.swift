import Foundation

/// `gapmatrix-bench process`: whole processes, as a user starts them (start-up, reading, computing,
/// writing files), with the `gapmatrix` binary built beside this one. Issue 18 asks for a replay
/// of a 1,000-row COINr design under 0.05 s and the default `make report` run under 0.5 s; in-process
/// timings leave out start-up and writing, which is where the replay spent half its time.
func processBenchmark(runs: Int = 9) throws {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gapmatrix").path
    guard FileManager.default.isExecutableFile(atPath: exe) else {
        print("no gapmatrix binary beside gapmatrix-bench (\(exe)): build both products")
        return
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gapmatrix-bench-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    func run(_ arguments: [String]) throws -> Double {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try p.run()
        p.waitUntilExit()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard p.terminationStatus == 0 else { throw CocoaError(.executableLoad, userInfo: ["arguments": arguments.joined(separator: " ")]) }
        return elapsed
    }
    func report(_ name: String, _ times: [Double]) {
        print("\(name): min \(Int((times.min()! * 1000).rounded())) ms, median \(Int((median(times) * 1000).rounded())) ms over \(times.count) runs")
    }
    // A 1,000-row design in COINr's layout (as COINr's get_sensitivity writes it), drawn once.
    _ = try run(["uncertainty", "Datasets/asem/study.yaml", "--n", "1000", "--seed", "42", "--out", scratch + "/ua"])
    let replay = ["replay", "Datasets/asem/study.yaml", "--design", scratch + "/ua/ua_params.csv",
                  "--weight-sets", scratch + "/ua/ua_weights.csv", "--out", scratch + "/replay.csv"]
    report("Replay of a 1,000-row design, whole process (target 0.05 s)", try (0..<runs).map { _ in try run(replay) })
    // The report lines of `make report`, one after another, as the Makefile runs them.
    let lines = [["report", "Datasets/gfmd-2007/study.yaml", "--out", scratch + "/gfmd-2007"],
                 ["report", "Datasets/gcm-2018/study.yaml", "--out", scratch + "/gcm-2018"],
                 ["score", "Datasets/asem/study.yaml", "--out", scratch + "/asem", "--stages", scratch + "/asem/stages"]]
    var total: [Double] = []
    for _ in 0..<3 {
        var t = 0.0
        for l in lines { t += try run(l) }
        total.append(t)
    }
    report("make report's three runs, whole processes (target 0.5 s)", total)
    report("  of which the default study's report", try (0..<3).map { _ in try run(lines[0]) })
}
