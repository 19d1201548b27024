/// Small text edits without Foundation.
///
/// `replacingOccurrences`, `trimmingCharacters` and regular expressions bridge every string to
/// NSString (and ICU for patterns); report writing applies them to every cell, where they
/// dominated the run. These do the same edits on the string's UTF-8 view, with a fast path when
/// there is nothing to change.
package enum FastText {
    /// `s` with every `target` byte (an ASCII character) replaced by `replacement`.
    package static func replacing(_ target: UInt8, with replacement: String, in s: String) -> String {
        precondition(target < 0x80, "only ASCII targets")
        guard s.utf8.contains(target) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        var start = s.utf8.startIndex
        var i = start
        while i < s.utf8.endIndex {
            if s.utf8[i] == target {
                out += s[start..<i]
                out += replacement
                start = s.utf8.index(after: i)
            }
            i = s.utf8.index(after: i)
        }
        out += s[start...]
        return out
    }

    /// `s` without trailing white space (as the pattern `\s+$` removes it).
    package static func trimmingTrailingWhitespace(_ s: String) -> String {
        // Most lines end in an ASCII character that is not a space: nothing to walk back over.
        if let last = s.utf8.last, last < 0x80, last != 0x20, !(0x09...0x0D).contains(last) { return s }
        var end = s.endIndex
        while end > s.startIndex {
            let before = s.index(before: end)
            guard s[before].isWhitespace else { break }
            end = before
        }
        return end == s.endIndex ? s : String(s[..<end])
    }

    /// `s` without leading and trailing spaces and tabs (as Foundation's `.whitespaces`: blanks,
    /// not line breaks).
    package static func trimmingBlanks<S: StringProtocol>(_ s: S) -> String {
        func blank(_ c: Character) -> Bool { c.isWhitespace && !c.isNewline }
        var start = s.startIndex, end = s.endIndex
        while start < end, blank(s[start]) { start = s.index(after: start) }
        while end > start, blank(s[s.index(before: end)]) { end = s.index(before: end) }
        return String(s[start..<end])
    }

    /// `s` padded with spaces on the right to `width` characters, or cut to it (as Foundation's
    /// `padding(toLength:withPad:" ",startingAt:0)`).
    package static func padded(_ s: String, to width: Int) -> String {
        let n = s.count
        if n == width { return s }
        if n > width { return String(s.prefix(width)) }
        return s + String(repeating: " ", count: width - n)
    }
}
