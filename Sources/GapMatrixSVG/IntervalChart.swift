/// Rank intervals: one row per unit with its 5-95% band, median and nominal value, on an axis
/// where 1 (the best rank) is on the left.
public struct IntervalChart: Sendable {
    public struct Row: Sendable {
        public var label: String
        public var nominal: Double
        public var median: Double
        public var low: Double
        public var high: Double
        public var title: String

        public init(label: String, nominal: Double, median: Double, low: Double, high: Double, title: String) {
            self.label = label
            self.nominal = nominal
            self.median = median
            self.low = low
            self.high = high
            self.title = title
        }
    }

    public var rows: [Row]
    public var domain: (Double, Double)
    public var labelWidth: Double = 200
    public var plotWidth: Double = 480
    public var rowHeight: Double = 10
    public var axisHeight: Double = 24

    public init(rows: [Row], domain: (Double, Double)) {
        self.rows = rows
        self.domain = domain
    }

    public var scale: LinearScale { LinearScale(domain: domain, range: (labelWidth, labelWidth + plotWidth)) }
    public var band: BandScale { BandScale(count: rows.count, start: axisHeight, step: rowHeight, padding: 0.2) }

    /// Axis ticks at 1 and at round steps up to the end of the domain; ranks are whole numbers,
    /// so steps are never below 1.
    public var ticks: [Double] {
        let span = domain.1 - domain.0
        guard span > 0 else { return [domain.0] }
        let raw = span / 8
        let magnitude = pow10(Int(log10(raw).rounded(.down)))
        let step = max(1, [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw)
        var t = [domain.0]
        var x = (domain.0 / step).rounded(.down) * step + step
        while x <= domain.1 + 1e-9 {
            if x - t.last! >= step / 2 { t.append(x) }
            x += step
        }
        return t
    }

    public func svg(label: String) -> SVGElement {
        let x = scale, b = band
        let f = SVGNumber.format
        var children: [SVGElement] = []
        for t in ticks {
            children.append(.line(x1: x(t), y1: axisHeight - 4, x2: x(t), y2: b.end, cssClass: "grid"))
            children.append(.text(f(t), x: x(t), y: axisHeight - 8, cssClass: "label", anchor: "middle"))
        }
        for (i, r) in rows.enumerated() {
            let y = b.centre(i)
            var g: [SVGElement] = [.text(r.label, x: labelWidth - 6, y: y + 3, cssClass: "label small", anchor: "end")]
            if r.low.isFinite && r.high.isFinite {
                g.append(SVGElement("rect", [("x", f(x(r.low))), ("y", f(b.position(i))),
                                             ("width", f(max(1, x(r.high) - x(r.low)))), ("height", f(b.bandwidth)),
                                             ("class", "band")]))
            }
            if r.median.isFinite { g.append(.line(x1: x(r.median), y1: b.position(i), x2: x(r.median), y2: b.position(i) + b.bandwidth, cssClass: "median")) }
            if r.nominal.isFinite { g.append(MarkShape.diamond.element(x: x(r.nominal), y: y, size: b.bandwidth, cssClass: "nominal")) }
            children.append(SVGElement("g", children: g).titled(r.title))
        }
        return .svg(width: labelWidth + plotWidth + 20, height: b.end + 4, label: label, children: children)
    }

    private func pow10(_ e: Int) -> Double {
        var p = 1.0
        if e >= 0 { for _ in 0..<e { p *= 10 } } else { for _ in 0 ..< -e { p /= 10 } }
        return p
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
