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
    public static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    /// Appends `text(s)`'s UTF-8 bytes to `out` without building a String per value: a report's
    /// HTML tables escape tens of thousands of cells.
    public static func appendText(_ s: String, to out: inout [UInt8]) { append(s, quotes: false, to: &out) }

    static func escape(_ s: String, quotes: Bool) -> String {
        guard s.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 || $0 < 32 }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        append(s, quotes: quotes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The one place the rules live. The markup characters and control characters are ASCII, and
    /// every byte of a multi-byte character is 0x80 or above, so a byte scan finds exactly them.
    static func append(_ s: String, quotes: Bool, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for (i, b) in bytes.enumerated() {
                let replacement: StaticString
                switch b {
                case 38: replacement = "&amp;"
                case 60: replacement = "&lt;"
                case 62: replacement = "&gt;"
                case 34 where quotes: replacement = "&quot;"
                case 39 where quotes: replacement = "&#39;"
                // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
                case 9, 10, 13: continue
                case 0..<32: replacement = "\u{FFFD}"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
