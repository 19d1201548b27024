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
        // Bytes appended to one buffer: the GCM report's tables have tens of thousands of cells,
        // and a String per cell was a tenth of report.html's time.
        var out: [UInt8] = []
        out.reserveCapacity(64 * (t.rows.count + 1) * max(1, t.header.count))
        func cells(_ row: [String], open: [[UInt8]], close: [UInt8]) {
            for (i, s) in row.enumerated() {
                out += open[i]
                XMLEscape.appendText(s, to: &out)
                out += close
            }
        }
        // One opening tag per column that any row reaches.
        let width = max(t.header.count, t.rows.map(\.count).max() ?? 0)
        func opening(_ tag: String) -> [[UInt8]] { (0..<width).map { Array("<\(tag)\(t.numeric.contains($0) ? " class=\"num\"" : "")>".utf8) } }
        out += "<table class=\"doc\">\n<thead><tr>".utf8
        cells(t.header, open: opening("th"), close: Array("</th>".utf8))
        out += "</tr></thead>\n<tbody>".utf8
        let td = opening("td"), tdClose = Array("</td>".utf8)
        for r in t.rows {
            out += "\n<tr>".utf8
            cells(r, open: td, close: tdClose)
            out += "</tr>".utf8
        }
        out += "\n</tbody></table>".utf8
        return String(decoding: out, as: UTF8.self)
    }
}
