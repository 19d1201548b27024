import Mustache
import Testing
@testable import GapMatrixReports

/// The report's fast escaper writes what Mustache's own escaper writes.
@Suite struct FastHTMLEscapingTests {
    @Test func sameTextAsMustachesEscaper() throws {
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        let plain = try MustacheTemplate(string: "<p title=\"{{t}}\">{{t}}</p>")
        let fast = try MustacheTemplate(string: "{{% CONTENT_TYPE: GAPMATRIX_HTML }}\n<p title=\"{{t}}\">{{t}}</p>")
        for t in ["", "plain", "R&D <b>", "\"quoted\" and 'single'", "Côte d'Ivoire > 5% & < 10%", "&amp; already"] {
            let expected = plain.render(["t": t])
            #expect(fast.render(["t": t]) == expected, "\(t)")
            let e = FastHTMLContentType.escape(t)
            #expect(expected == "<p title=\"\(e)\">\(e)</p>")
        }
    }
}
