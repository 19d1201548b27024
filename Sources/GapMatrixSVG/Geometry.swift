/// Maps a numeric domain linearly onto a range of pixels.
public struct LinearScale: Sendable, Equatable {
    public var domain: (lower: Double, upper: Double)
    public var range: (lower: Double, upper: Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }

    /// A degenerate domain (one value) maps to the start of the range rather than dividing by zero.
    public func callAsFunction(_ x: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0 else { return range.lower }
        return range.lower + (x - domain.lower) / span * (range.upper - range.lower)
    }
}

/// Evenly spaced bands for categories (rows of a grid, bars of a chart).
public struct BandScale: Sendable, Equatable {
    public var count: Int
    public var start: Double
    public var step: Double
    /// Share of each step left empty between bands.
    public var padding: Double

    public init(count: Int, start: Double, step: Double, padding: Double = 0.2) {
        self.count = count
        self.start = start
        self.step = step
        self.padding = padding
    }

    public var bandwidth: Double { step * (1 - padding) }
    /// Where band `i` begins.
    public func position(_ i: Int) -> Double { start + Double(i) * step + step * padding / 2 }
    public func centre(_ i: Int) -> Double { position(i) + bandwidth / 2 }
    public var end: Double { start + Double(count) * step }
}

/// Numbers as SVG writes them: at most two decimals, no trailing zeros, no "-0", so output is
/// short and the same on every platform.
public enum SVGNumber {
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let hundredths = (x * 100).rounded()
        if hundredths == 0 { return "0" }
        let negative = hundredths < 0
        let h = Int(abs(hundredths))
        var s = String(h / 100)
        let frac = h % 100
        if frac != 0 {
            s += "." + (frac < 10 ? "0" + String(frac) : String(frac))
            while s.hasSuffix("0") { s.removeLast() }
        }
        return negative ? "-" + s : s
    }
}
