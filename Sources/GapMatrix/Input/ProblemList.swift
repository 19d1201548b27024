/// Problems found in the rows of one input, so a person fixing a file sees them together
/// instead of one per run. The first `listed` by line and column are kept, whatever order the
/// rows or cells were checked in, so the message is the same on every run.
///
/// Only bad data at a known line is collected; anything else (a missing file, a broken CSV
/// structure, a problem with the file as a whole) ends the read at once, as does a row whose
/// problem makes the rest meaningless to check.
struct ProblemList {
    /// Problems kept in full; beyond this only the count grows.
    static let listed = 20

    private var problems: [GapMatrixError] = []
    private var count = 0

    /// Runs `body` for one row, keeping a bad-data problem it throws and going on.
    mutating func row(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as GapMatrixError where e.kind == .badData && e.line != nil {
            count += 1
            let at = problems.firstIndex { ($0.line!, $0.column ?? 0) > (e.line!, e.column ?? 0) } ?? problems.endIndex
            if at < Self.listed {
                problems.insert(e, at: at)
                if problems.count > Self.listed { problems.removeLast() }
            }
        }
    }

    /// Throws the first problem, carrying the others, if there was any.
    func finish() throws {
        guard var first = problems.first else { return }
        first.more = Array(problems.dropFirst())
        first.moreCount = count - 1
        throw first
    }
}
