import Foundation

extension String {
    /// The text without leading and trailing whitespace, as Foundation's `.whitespaces` defines it.
    /// Almost every CSV field has none, and Foundation's trim bridges each string through UTF-16,
    /// which cost most of the time of reading a large values file; so a field whose first and last
    /// bytes are ASCII and not blank comes back as it is (no other ASCII character is in `.whitespaces`).
    var trimmedField: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func plain(_ b: UInt8) -> Bool { b < 0x80 && b != 0x20 && b != 0x09 }
        if plain(first) && plain(last) { return self }
        return FastText.trimmingBlanks(self)
    }
}
