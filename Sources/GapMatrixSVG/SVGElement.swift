/// One SVG (or XML) element: a name, attributes in the order given, and children or text.
///
/// Attribute order is kept as written so the same drawing always serialises to the same bytes.
public struct SVGElement: Sendable, Equatable {
    public var name: String
    public var attributes: [(String, String)]
    public var children: [SVGElement]
    public var text: String?

    public init(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil, children: [SVGElement] = []) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    public static func == (a: SVGElement, b: SVGElement) -> Bool {
        a.name == b.name && a.text == b.text && a.children == b.children
            && a.attributes.map { $0.0 + "=" + $0.1 } == b.attributes.map { $0.0 + "=" + $0.1 }
    }

    /// A tooltip child, which browsers show on hover and screen readers read.
    public func titled(_ title: String) -> SVGElement {
        var e = self
        e.children.insert(SVGElement("title", text: title), at: 0)
        return e
    }

    /// Serialised as XML, everything escaped; an element with no content self-closes.
    public func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        out += "<" + name
        for (k, v) in attributes { out += " " + k + "=\"" + XMLEscape.attribute(v) + "\"" }
        if text == nil && children.isEmpty {
            out += "/>"
            return
        }
        out += ">"
        if let text { out += XMLEscape.text(text) }
        for c in children { c.render(into: &out) }
        out += "</" + name + ">"
    }
}

/// Escaping for XML text and attribute values. Names and labels come from users' files, so
/// every character with a meaning in markup is replaced.
public enum XMLEscape {
    public static func text(_ s: String) -> String { escape(s, quotes: false) }

    /// Appends `text(s)`'s UTF-8 bytes to `out` without building a String per value: a report's
    /// HTML tables escape tens of thousands of cells. Multi-byte characters pass through as they are.
    public static func appendText(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for (i, b) in bytes.enumerated() where b == 38 || b == 60 || b == 62 || (b < 32 && b != 9 && b != 10 && b != 13) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                switch b {
                case 38: out.append(contentsOf: "&amp;".utf8)
                case 60: out.append(contentsOf: "&lt;".utf8)
                case 62: out.append(contentsOf: "&gt;".utf8)
                default: out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD, as `text` writes it
                }
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
    public static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    static func escape(_ s: String, quotes: Bool) -> String {
        guard s.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 || $0 < 32 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
            case "\t", "\n", "\r": out.unicodeScalars.append(ch)
            case _ where ch.value < 32: out += "\u{FFFD}"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
