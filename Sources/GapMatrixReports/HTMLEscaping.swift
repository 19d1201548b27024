import Mustache

/// The report's escaping of template values: the five characters Mustache escapes, replaced the
/// same way, found by a scan of UTF-8 bytes.
///
/// Mustache's own escaper looks every character up in a dictionary; the report's dashboard has a
/// title on each of ~4,000 indicator marks, and escaping them was a tenth of the whole run.
/// Templates opt in with the pragma `{{% CONTENT_TYPE: GAPMATRIX_HTML }}` (the shipped page does);
/// a user's template without it gets Mustache's escaper and the same text.
struct FastHTMLContentType: MustacheContentType {
    static let name = "GAPMATRIX_HTML"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ s: String) -> String {
        func special(_ b: UInt8) -> Bool { b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 || b == 0x27 }
        guard s.utf8.contains(where: special) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 32)
        for b in s.utf8 {
            switch b {
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x26: out += Array("&amp;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
