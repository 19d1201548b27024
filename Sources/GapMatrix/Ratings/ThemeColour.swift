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
        let rated = indicators.filter { $0.colour != .grey && !$0.score.isNaN }
        guard !rated.isEmpty else { return Rated(.grey, "no rated indicator") }
        if rated.count == 1 { return Rated(rated[0].colour, "one rated indicator: \(rated[0].label) \(rated[0].colour.rawValue)") }
        if rated.allSatisfy({ $0.colour == .green }) { return Rated(.green, "all \(rated.count) indicators green") }
        // Stable: ties in score keep framework order.
        let worst = rated.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score < b.element.score : a.offset < b.offset
        }.prefix(2).map(\.element)
        let names = worst.map { "\($0.label) \($0.colour.rawValue)" }.joined(separator: "; ")
        if worst.allSatisfy({ $0.colour == .red }) { return Rated(.red, "two worst red: \(names)") }
        let mean = Double(worst[0].colour.points! + worst[1].colour.points!) / 2
        return mean >= 1.5 ? Rated(.yellow, "two worst: \(names) (mean points \(Bounds.fmt(mean)) >= 1.5)")
            : Rated(.orange, "two worst: \(names) (mean points \(Bounds.fmt(mean)) < 1.5)")
    }
}
