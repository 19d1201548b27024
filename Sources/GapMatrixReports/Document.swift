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

    public func text() -> String {
        var out: [String] = []
        for b in blocks {
            switch b {
            case let .heading(level, s):
                out.append(s)
                out.append(String(repeating: level == 1 ? "=" : "-", count: s.count))
            case let .paragraph(s): out.append(s)
            case let .table(t): out.append(t.render().trimmingTrailingNewline)
            case let .preformatted(lines): out.append(lines.joined(separator: "\n"))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
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

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
