import Foundation

/// How far a long run has got, on stderr. Quiet for the first second so short runs print
/// nothing extra; then at most one update a second, rewritten in place on a terminal and one
/// line each otherwise (a log file of a batch job stays readable).
final class Progress {
    private let label: String
    private let total: Int
    private let started = Date()
    private var last = Date()
    private var shown = false
    private let terminal = isatty(STDERR_FILENO) != 0

    init(_ label: String, total: Int) {
        self.label = label
        self.total = total
    }

    func update(_ done: Int) {
        let now = Date()
        guard now.timeIntervalSince(started) >= 1, now.timeIntervalSince(last) >= 1 else { return }
        last = now
        shown = true
        let line = String(format: "%@ %d of %d (%.0f%%)", label, done, total, 100 * Double(done) / Double(max(total, 1)))
        FileHandle.standardError.write(Data((terminal ? "\r" + line : line + "\n").utf8))
    }

    /// Ends an in-place line so the next message starts on its own.
    func finish() {
        if shown && terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
