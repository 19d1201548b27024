/// Horizontal bars, one per labelled value, drawn in the order given (a league table).
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// Written after the bar: the value as the report prints it, with e.g. a rating letter,
        /// so the colour is never the only cue.
        public var text: String
        public var cssClass: String
        public var title: String

        public init(label: String, value: Double, text: String, cssClass: String, title: String) {
            self.label = label
            self.value = value
            self.text = text
            self.cssClass = cssClass
            self.title = title
        }
    }

    public var bars: [Bar]
    public var domain: (Double, Double)
    public var labelWidth: Double = 200
    public var plotWidth: Double = 360
    public var rowHeight: Double = 14

    public init(bars: [Bar], domain: (Double, Double)) {
        self.bars = bars
        self.domain = domain
    }

    public var scale: LinearScale { LinearScale(domain: domain, range: (labelWidth, labelWidth + plotWidth)) }
    public var rows: BandScale { BandScale(count: bars.count, start: 0, step: rowHeight, padding: 0.2) }
    public var width: Double { labelWidth + plotWidth + 70 }

    public func svg(label: String) -> SVGElement {
        let x = scale, band = rows
        var children: [SVGElement] = []
        for (i, b) in bars.enumerated() {
            let y = band.position(i), mid = band.centre(i) + 4
            var g: [SVGElement] = [.text(b.label, x: labelWidth - 6, y: mid, cssClass: "label", anchor: "end")]
            if b.value.isFinite {
                let w = max(0, x(b.value) - labelWidth)
                g.append(SVGElement("rect", [("x", SVGNumber.format(labelWidth)), ("y", SVGNumber.format(y)),
                                             ("width", SVGNumber.format(w)), ("height", SVGNumber.format(band.bandwidth)),
                                             ("class", b.cssClass)]))
                g.append(.text(b.text, x: labelWidth + w + 4, y: mid, cssClass: "value"))
            } else {
                g.append(.text(b.text, x: labelWidth + 4, y: mid, cssClass: "value"))
            }
            children.append(SVGElement("g", children: g).titled(b.title))
        }
        children.append(.line(x1: labelWidth, y1: 0, x2: labelWidth, y2: band.end, cssClass: "axis"))
        return .svg(width: width, height: band.end, label: label, children: children)
    }
}
