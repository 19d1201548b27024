import Foundation
import Testing
@testable import GapMatrixSVG

@Suite struct SVGTests {
    @Test func everyMarkupCharacterIsEscaped() {
        #expect(XMLEscape.text("a < b & c > d \"q\" 'p'") == "a &lt; b &amp; c &gt; d \"q\" 'p'")
        #expect(XMLEscape.attribute("<x y=\"1\" z='2'>&") == "&lt;x y=&quot;1&quot; z=&#39;2&#39;&gt;&amp;")
        // Control characters are not allowed in XML 1.0; tabs and newlines are.
        #expect(XMLEscape.text("a\u{1}b\tc\nd") == "a\u{FFFD}b\tc\nd")
        #expect(XMLEscape.text("Côte d’Ivoire") == "Côte d’Ivoire")
    }

    @Test func appendedTextIsEscapedAsTextEscapesIt() {
        var out = Array("<td>".utf8)
        XMLEscape.appendText("a < b & c > d \"q\" 'p'\u{1}\r\t Côte d’Ivoire", to: &out)
        XMLEscape.appendText("", to: &out)
        XMLEscape.appendText("&&", to: &out)
        #expect(out == Array("<td>a &lt; b &amp; c &gt; d \"q\" 'p'\u{FFFD}\r\t Côte d’Ivoire&amp;&amp;".utf8))
        for s in ["", "plain", "<", "x>", "\u{7}\u{1F}\n", "é&é", "\u{1F1F2}\u{1F1FD} <b>"] {
            var bytes: [UInt8] = []
            XMLEscape.appendText(s, to: &bytes)
            #expect(bytes == Array(XMLEscape.text(s).utf8))
        }
    }

    @Test func elementsSerialiseInAttributeOrderAndSelfCloseWhenEmpty() {
        let e = SVGElement("g", [("b", "2"), ("a", "1")], children: [
            SVGElement("rect", [("x", "0")]), SVGElement("text", [("class", "l")], text: "A&B"),
        ]).titled("T<1>")
        #expect(e.render() == "<g b=\"2\" a=\"1\"><title>T&lt;1&gt;</title><rect x=\"0\"/><text class=\"l\">A&amp;B</text></g>")
    }

    @Test(arguments: [(0.0, "0"), (1.0, "1"), (1.5, "1.5"), (1.25, "1.25"), (1.005, "1"), (2.999, "3"), (-0.001, "0"),
                      (-3.1, "-3.1"), (100.10, "100.1"), (0.07, "0.07"), (Double.nan, "0")])
    func numbersHaveAtMostTwoDecimals(_ x: Double, _ s: String) {
        #expect(SVGNumber.format(x) == s)
    }

    @Test func linearScaleMapsEndsAndMidpoint() {
        let s = LinearScale(domain: (0, 100), range: (150, 510))
        #expect(s(0) == 150)
        #expect(s(100) == 510)
        #expect(s(25) == 240)
        // A reversed range flips the direction; a one-point domain maps to the start.
        #expect(LinearScale(domain: (1, 11), range: (100, 0))(6) == 50)
        #expect(LinearScale(domain: (5, 5), range: (10, 20))(5) == 10)
    }

    @Test func bandsAreEvenlySpacedWithPadding() {
        let b = BandScale(count: 4, start: 10, step: 20, padding: 0.2)
        #expect(b.bandwidth == 16)
        #expect(b.position(0) == 12)
        #expect(b.position(3) == 72)
        #expect(b.centre(1) == 40)
        #expect(b.end == 90)
    }

    @Test func barWidthIsTheScaledValue() {
        var chart = BarChart(bars: [
            .init(label: "A", value: 50, text: "G 50.0", cssClass: "bar-green", title: "a"),
            .init(label: "B", value: .nan, text: "no score", cssClass: "bar-grey", title: "b"),
        ], domain: (0, 100))
        chart.labelWidth = 100
        chart.plotWidth = 200
        let svg = chart.svg(label: "L").render()
        // 50 of 0-100 over 200 pixels: 100 wide, starting at the label column; row 0 starts at 14 * 0.1.
        #expect(svg.contains("<rect x=\"100\" y=\"1.4\" width=\"100\" height=\"11.2\" class=\"bar-green\"/>"))
        #expect(svg.contains("<text x=\"204\" y=\"11\" class=\"value\" text-anchor=\"start\">G 50.0</text>"))
        // A missing value has no bar, only a note.
        #expect(svg.components(separatedBy: "<rect").count == 2)
        #expect(svg.contains(">no score</text>"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"370\" height=\"28\""))
    }

    @Test func gridPlacesOneMarkPerFilledCell() {
        let m = MarkGrid.Mark(shape: .circle, cssClass: "gap-policy", title: "x")
        let grid = MarkGrid(rowLabels: ["T1", "T2"], columnLabels: ["AAA", "BBB", "CCC"],
                            marks: [[m, nil, m], [nil, m, nil]])
        let svg = grid.svg(label: "g").render()
        #expect(svg.components(separatedBy: "<circle").count == 4)
        // Column 2 (CCC) centre: 48 + 2 * 14 + 7 = 83; row 0 centre: 34 + 7 = 41; radius (14 - 4) / 2.
        #expect(svg.contains("<circle cx=\"83\" cy=\"41\" r=\"5\" class=\"gap-policy\">"))
        #expect(grid.width == 48 + 3 * 14 + 4)
        #expect(grid.height == 34 + 2 * 14 + 2)
    }

    @Test func shapesDifferForEachMark() {
        let shapes = MarkShape.allCases.map { $0.element(x: 10, y: 10, size: 10, cssClass: "c") }
        #expect(shapes[0].render() == "<rect x=\"5\" y=\"5\" width=\"10\" height=\"10\" class=\"c\"/>")
        #expect(shapes[1].render() == "<rect x=\"6\" y=\"6\" width=\"8\" height=\"8\" class=\"c\"/>")
        #expect(MarkShape.diamond.element(x: 10, y: 10, size: 10, cssClass: "c").render()
                == "<polygon points=\"10,5 15,10 10,15 5,10\" class=\"c\"/>")
        #expect(Set(shapes.map { $0.render() }).count == MarkShape.allCases.count)
    }

    @Test func intervalTicksStartAtOneAndUseRoundSteps() {
        let c = IntervalChart(rows: [], domain: (1, 166))
        #expect(c.ticks == [1, 50, 100, 150])
        #expect(IntervalChart(rows: [], domain: (1, 51)).ticks == [1, 10, 20, 30, 40, 50])
        #expect(IntervalChart(rows: [], domain: (1, 5)).ticks == [1, 2, 3, 4, 5])
    }

    @Test func intervalBandRunsFromLowToHighRank() {
        var c = IntervalChart(rows: [.init(label: "A", nominal: 2, median: 3, low: 1, high: 5, title: "t")], domain: (1, 5))
        c.labelWidth = 100
        c.plotWidth = 400
        let svg = c.svg(label: "r").render()
        // Ranks 1..5 over 400 pixels: 100 per rank; band from rank 1 (x 100) to 5 (x 500).
        #expect(svg.contains("<rect x=\"100\" y=\"25\" width=\"400\" height=\"8\" class=\"band\"/>"))
        #expect(svg.contains("<line x1=\"300\" y1=\"25\" x2=\"300\" y2=\"33\" class=\"median\"/>"))
        #expect(svg.contains("<polygon points=\"200,25 204,29 200,33 196,29\" class=\"nominal\"/>"))
    }
}
