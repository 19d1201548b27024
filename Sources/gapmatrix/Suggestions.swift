/// "Did you mean ...?" for a word typed on the command line: a subcommand, a unit, a theme, a region.
///
/// A candidate is close when it equals the word but for case, starts with it, or is at most two
/// edits away (Damerau-Levenshtein: a swapped pair of letters is one edit, the commonest slip).
/// Only the closest candidates are offered, and none when too many are equally close (for RT9
/// every RTn is one edit away, and the error lists them all anyway).
enum Suggestions {
    /// At most this many equally close candidates are offered.
    static let most = 3

    /// The candidates closest to `typed`, in the order given; empty when none is close.
    static func closest(to typed: String, among candidates: [String]) -> [String] {
        let word = Array(typed.lowercased())
        guard !word.isEmpty else { return [] }
        // Short words allow one edit: "RT9" is not a slip for "US".
        let allowed = min(2, max(1, word.count / 3))
        var best = Int.max
        var found: [String] = []
        for c in candidates {
            let other = Array(c.lowercased())
            var score = distance(word, other)
            if word.count >= 2 && other.starts(with: word) { score = min(score, 1) }
            guard score <= allowed, score <= best else { continue }
            if score < best { best = score; found = [] }
            if !found.contains(c) { found.append(c) }
        }
        return found.count <= most ? found : []
    }

    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// adjacent characters, each one edit.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// "'report'" or "'replay' or 'report'", for a message; `quote` wraps each candidate.
    static func list(_ words: [String], quote: (String) -> String = { "'\($0)'" }) -> String {
        let quoted = words.map(quote)
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}
