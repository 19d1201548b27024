import Foundation

/// `gapmatrix-bench process`: whole processes, as a user starts them (start-up, reading, computing,
/// writing files), with the `gapmatrix` binary built beside this one. Issue 18 asks for a replay
/// of a 1,000-row COINr design under 0.05 s and the default `make report` run under 0.5 s; in-process
/// timings leave out start-up and writing, which is where the replay spent half its time.
/// `replayOnly` leaves out the report runs (for comparing builds quickly).
func processBenchmark(runs: Int = 9, replayOnly: Bool = false) throws {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gapmatrix").path
    guard FileManager.default.isExecutableFile(atPath: exe) else {
        print("no gapmatrix binary beside gapmatrix-bench (\(exe)): build both products")
        return
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gapmatrix-bench-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    // posix_spawn and waitpid: Foundation's Process.waitUntilExit polls a run loop, which added
    // tens of milliseconds to a run that takes 50.
    func spawn(_ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([exe] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, exe, &actions, nil, argv, environ) == 0 else {
            throw CocoaError(.executableLoad, userInfo: ["arguments": arguments.joined(separator: " ")])
        }
        return pid
    }
    /// Starts every command at once, as `make report` does, and waits for all; the wall time.
    func run(_ commands: [[String]]) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        var pids: [pid_t] = []
        var failed = false
        for c in commands {
            guard let pid = try? spawn(c) else {
                failed = true
                break
            }
            pids.append(pid)
        }
        for pid in pids {
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            failed = failed || status != 0
        }
        guard !failed else { throw CocoaError(.executableLoad, userInfo: ["arguments": "\(commands)"]) }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    func run(_ arguments: [String]) throws -> Double { try run([arguments]) }
    func report(_ name: String, _ times: [Double]) {
        print("\(name): min \(Int((times.min()! * 1000).rounded())) ms, median \(Int((median(times) * 1000).rounded())) ms over \(times.count) runs")
    }
    // A 1,000-row design in COINr's layout (as COINr's get_sensitivity writes it), drawn once.
    _ = try run(["uncertainty", "Datasets/asem/study.yaml", "--n", "1000", "--seed", "42", "--out", scratch + "/ua"])
    let replay = ["replay", "Datasets/asem/study.yaml", "--design", scratch + "/ua/ua_params.csv",
                  "--weight-sets", scratch + "/ua/ua_weights.csv", "--out", scratch + "/replay.csv"]
    report("Replay of a 1,000-row design, whole process (target 0.05 s)", try (0..<runs).map { _ in try run(replay) })
    if replayOnly { return }
    // The report lines of `make report`, started together as the Makefile starts them.
    let lines = [["report", "Datasets/gfmd-2007/study.yaml", "--out", scratch + "/gfmd-2007"],
                 ["report", "Datasets/gcm-2018/study.yaml", "--out", scratch + "/gcm-2018"],
                 ["score", "Datasets/asem/study.yaml", "--out", scratch + "/asem", "--stages", scratch + "/asem/stages"]]
    report("make report's three runs, whole processes started together (target 0.5 s)", try (0..<3).map { _ in try run(lines) })
    report("  of which the default study's report", try (0..<3).map { _ in try run(lines[0]) })
}
