/// The "two worst" rule for a theme's colour (docs/METHODS.md section 3).
public enum ThemeColour {
    /// One indicator's colour and bounds-normalised score.
    public struct Input: Sendable {
        public var code: String
        public var colour: Colour
        public var score: Double
        /// How reasons name the indicator: by default its code and score; assessments give the
        /// name and the value with its unit, so a score is never read as a value.
        public var label: String

        public init(code: String, colour: Colour, score: Double, label: String? = nil) {
            self.code = code
            self.colour = colour
            self.score = score
            self.label = label ?? "\(code) (score \(Bounds.fmt(score)))"
        }
    }

    /// Green only if every rated indicator is green; red if both of the two lowest-scoring are
    /// red; otherwise the mean points of the two lowest-scoring, yellow from 1.5, else orange.
    /// A theme with one rated indicator takes its colour; with none it is grey.
    public static func rate(_ indicators: [Input]) -> Rated<Colour> {
        let d = decide(indicators.map { (colour: $0.colour, score: $0.score) })
        let label = { (i: Int) in "\(indicators[i].label) \(indicators[i].colour.rawValue)" }
        switch d.rule {
        case .none: return Rated(.grey, "no rated indicator")
        case let .one(i): return Rated(d.colour, "one rated indicator: \(label(i))")
        case let .allGreen(n): return Rated(.green, "all \(n) indicators green")
        case let .twoWorst(a, b, mean):
            let names = label(a) + "; " + label(b)
            guard let mean else { return Rated(.red, "two worst red: \(names)") }
            return Rated(d.colour, "two worst: \(names) (mean points \(Bounds.fmt(mean)) \(d.colour == .yellow ? ">=" : "<") 1.5)")
        }
    }

    /// Which branch of the rule decided, with positions in the input.
    public enum Rule: Equatable, Sendable {
        case none
        case one(Int)
        case allGreen(Int)
        /// The two lowest-scoring (ties in score keep input order); mean points, nil when both are red.
        case twoWorst(Int, Int, mean: Double?)
    }

    /// The rule on colours and scores alone: `rate` words its decision, and runs that rate a
    /// theme thousands of times (gap stability) take the colour. Grey colours and NaN scores
    /// are not rated.
    public static func decide<C: Collection>(_ items: C) -> (colour: Colour, rule: Rule)
        where C.Element == (colour: Colour, score: Double)
    {
        var a = Accumulator()
        for (i, item) in items.enumerated() { a.add(item.colour, score: item.score, at: i) }
        return a.decision
    }

    /// The rule fed one indicator at a time, so a caller that rates many themes needs no list:
    /// it keeps the count, whether all are green and the two lowest (score, position), the
    /// first two of a stable sort, found in one pass.
    public struct Accumulator {
        private var count = 0, allGreen = true
        private var first = -1, second = -1, firstScore = 0.0, secondScore = 0.0
        private var firstColour = Colour.grey, secondColour = Colour.grey

        public init() {}

        /// Adds the indicator at position `i` (positions must increase); grey colours and NaN
        /// scores are not rated and are skipped.
        @inline(__always)
        public mutating func add(_ colour: Colour, score: Double, at i: Int) {
            guard colour != .grey && !score.isNaN else { return }
            count += 1
            if colour != .green { allGreen = false }
            if first < 0 || score < firstScore {
                (second, secondScore, secondColour) = (first, firstScore, firstColour)
                (first, firstScore, firstColour) = (i, score, colour)
            } else if second < 0 || score < secondScore {
                (second, secondScore, secondColour) = (i, score, colour)
            }
        }

        public var decision: (colour: Colour, rule: Rule) {
            if count == 0 { return (.grey, .none) }
            if count == 1 { return (firstColour, .one(first)) }
            if allGreen { return (.green, .allGreen(count)) }
            if firstColour == .red && secondColour == .red { return (.red, .twoWorst(first, second, mean: nil)) }
            let mean = Double(firstColour.points! + secondColour.points!) / 2
            return (mean >= 1.5 ? .yellow : .orange, .twoWorst(first, second, mean: mean))
        }

        /// The colour alone.
        public var colour: Colour { decision.colour }
    }
}
