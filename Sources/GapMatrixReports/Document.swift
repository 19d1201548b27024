import GapMatrix
/// A report as a list of blocks, rendered once as aligned text and once as Markdown, so the
/// two formats always say the same thing.
public struct Document {
    public enum Block {
        case heading(Int, String)
        case paragraph(String)
        case table(TextTable)
        /// Lines kept as they are (a grid, a legend).
        case preformatted([String])
    }

    public var blocks: [Block] = []

    public init() {}

    public mutating func heading(_ level: Int, _ text: String) { blocks.append(.heading(level, text)) }
    public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    public mutating func table(_ t: TextTable) { blocks.append(.table(t)) }
    public mutating func preformatted(_ lines: [String]) { blocks.append(.preformatted(lines)) }

    /// Each block, then an empty line between blocks.
    public func text() -> String {
        // One byte buffer: a table's rendering is appended as it is rather than copied into a
        // list of lines and joined (scorecards.txt is over a megabyte).
        var out: [UInt8] = []
        for (i, b) in blocks.enumerated() {
            if i > 0 { out.append(0x0A) }
            switch b {
            case let .heading(level, s):
                out += s.utf8
                out.append(0x0A)
                out += repeatElement(UInt8(ascii: level == 1 ? "=" : "-"), count: s.count)
                out.append(0x0A)
            case let .paragraph(s):
                out += s.utf8
                out.append(0x0A)
            // A table's text ends with its last line's newline.
            case let .table(t): out += t.render().utf8
            case let .preformatted(lines):
                for l in lines {
                    out += l.utf8
                    out.append(0x0A)
                }
                if lines.isEmpty { out.append(0x0A) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func markdown() -> String {
        var out: [String] = []
        for b in blocks {
            switch b {
            case let .heading(level, s): out.append(String(repeating: "#", count: level) + " " + s)
            case let .paragraph(s): out.append(s)
            case let .table(t): out.append(Self.markdownTable(t))
            case let .preformatted(lines): out.append("```\n" + lines.joined(separator: "\n") + "\n```")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    static func markdownTable(_ t: TextTable) -> String {
        func cell(_ s: String) -> String { FastText.replacing(UInt8(ascii: "|"), with: "\\|", in: s) }
        var lines = ["| " + t.header.map(cell).joined(separator: " | ") + " |"]
        lines.append("|" + t.header.indices.map { t.numeric.contains($0) ? "---:|" : "---|" }.joined())
        for r in t.rows { lines.append("| " + r.map(cell).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }
}

