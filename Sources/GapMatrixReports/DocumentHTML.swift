import GapMatrixSVG

extension Document {
    /// The same blocks as HTML, for embedding in the HTML report. `headingOffset` moves headings
    /// down so a document can sit under a section heading of the page.
    public func html(headingOffset: Int = 0) -> String {
        var out: [String] = []
        for b in blocks {
            switch b {
            case let .heading(level, s):
                let h = min(6, level + headingOffset)
                out.append("<h\(h)>\(XMLEscape.text(s))</h\(h)>")
            case let .paragraph(s): out.append("<p>\(XMLEscape.text(s))</p>")
            case let .table(t): out.append(Self.htmlTable(t))
            case let .preformatted(lines): out.append("<pre>\(XMLEscape.text(lines.joined(separator: "\n")))</pre>")
            }
        }
        return out.joined(separator: "\n")
    }

    static func htmlTable(_ t: TextTable) -> String {
        func cells(_ row: [String], tag: String) -> String {
            row.enumerated().map { i, s in
                "<\(tag)\(t.numeric.contains(i) ? " class=\"num\"" : "")>\(XMLEscape.text(s))</\(tag)>"
            }.joined()
        }
        var lines = ["<table class=\"doc\">", "<thead><tr>" + cells(t.header, tag: "th") + "</tr></thead>", "<tbody>"]
        for r in t.rows { lines.append("<tr>" + cells(r, tag: "td") + "</tr>") }
        lines.append("</tbody></table>")
        return lines.joined(separator: "\n")
    }
}
