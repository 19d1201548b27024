import Testing
@testable import GapMatrix

/// Ratings, colours and trends against hand-computed answers (docs/METHODS.md section 3).
@Suite struct RatingsTests {
    @Test func boundsNormalisationBothDirections() {
        #expect(Bounds.score(50, optimum: 100, lowerBound: 0) == 50)
        #expect(Bounds.score(120, optimum: 100, lowerBound: 0) == 100)
        // Lower is better: optimum 3 below lower bound 21; 12 is half way.
        #expect(Bounds.score(12, optimum: 3, lowerBound: 21) == 50)
        #expect(Bounds.score(1, optimum: 3, lowerBound: 21) == 100)
        #expect(Bounds.score(30, optimum: 3, lowerBound: 21) == 0)
        #expect(Bounds.score(.nan, optimum: 3, lowerBound: 21).isNaN)
    }

    @Test func defaultLowerBoundIsTheOuterPercentile() {
        let x = (1...41).map(Double.init)
        // type 7: 0.025 * 40 = 1 -> second value; 0.975 * 40 = 39 -> 40th value
        #expect(Bounds.defaultLowerBound(x, direction: 1) == 2)
        #expect(Bounds.defaultLowerBound(x, direction: -1) == 40)
    }

    @Test func coloursHigherIsBetter() {
        func c(_ x: Double, orange: Bool = false) -> Colour {
            Bounds.colour(x, green: 50, red: 15, direction: 1, midpointIsOrange: orange).value
        }
        #expect(c(60) == .green && c(50) == .green)
        #expect(c(15) == .red && c(3) == .red)
        #expect(c(40) == .yellow)     // midpoint 32.5
        #expect(c(20) == .orange)
        #expect(c(32.5) == .yellow)
        #expect(c(32.5, orange: true) == .orange)
        #expect(c(.nan) == .grey)
    }

    @Test func coloursLowerIsBetter() {
        func c(_ x: Double) -> Rated<Colour> { Bounds.colour(x, green: 3, red: 5, direction: -1) }
        #expect(c(2.5).value == .green && c(3).value == .green)
        #expect(c(5).value == .red && c(9).value == .red)
        #expect(c(3.8).value == .yellow)  // midpoint 4
        #expect(c(4.5).value == .orange)
        #expect(c(4).value == .yellow)
        #expect(c(9).reason == "at or above red threshold 5")
    }

    @Test func twoWorstRule() {
        func t(_ xs: [(Colour, Double)]) -> Colour {
            ThemeColour.rate(xs.enumerated().map { .init(code: "i\($0.offset)", colour: $0.element.0, score: $0.element.1) }).value
        }
        #expect(t([(.green, 90), (.green, 80)]) == .green)
        #expect(t([(.red, 10), (.red, 5), (.green, 90)]) == .red)
        #expect(t([(.green, 90), (.yellow, 60), (.orange, 40)]) == .yellow)   // (2 + 1) / 2 = 1.5
        #expect(t([(.orange, 40), (.orange, 45), (.green, 90)]) == .orange)   // 1
        #expect(t([(.red, 5), (.green, 90)]) == .yellow)                      // (0 + 3) / 2 = 1.5
        #expect(t([(.red, 5), (.yellow, 60), (.orange, 10)]) == .orange)      // worst two: red 5, orange 10 -> 0.5
        #expect(t([(.orange, 40)]) == .orange)
        #expect(t([(.grey, .nan), (.red, 5)]) == .red)
        #expect(t([(.grey, .nan)]) == .grey)
    }

    @Test func indicatorTrends() {
        func trend(_ base: Double?, now: Double = 40) -> Trend {
            Trend.indicator(now: (2020, now), base: base.map { (2015, $0) }, greenScore: 50, targetYear: 2030).value
        }
        // r_req = (50 - 40) / 10 = 1 per year.
        #expect(trend(30) == .onTrack)                // r_obs 2
        #expect(trend(35) == .onTrack)                // r_obs 1
        #expect(trend(37) == .moderatelyImproving)    // 0.6
        #expect(trend(39) == .stagnating)             // 0.2
        #expect(trend(40) == .stagnating)             // 0
        #expect(trend(45) == .decreasing)             // -1
        #expect(trend(30, now: 55) == .maintaining)
        #expect(trend(nil) == .unavailable)
        let r = Trend.indicator(now: (2020, 40), base: (2015, 37), greenScore: 50, targetYear: 2030)
        #expect(r.reason == "score 37 (2015) -> 40 (2020): 0.6/yr; 1/yr needed to reach green 50 by 2030")
    }

    @Test func themeTrends() {
        #expect(Trend.theme([.onTrack, .maintaining, .stagnating, .unavailable]).value == .moderatelyImproving) // 8/3
        #expect(Trend.theme([.onTrack, .unavailable, .unavailable]).value == .unavailable)
        #expect(Trend.theme([.decreasing, .stagnating]).value == .decreasing)        // mean 0.5
        #expect(Trend.theme([.stagnating, .moderatelyImproving]).value == .stagnating) // 1.5
        #expect(Trend.theme([.maintaining, .onTrack]).value == .onTrack)             // 3.5
        #expect(Trend.theme([.maintaining, .maintaining]).value == .onTrack)         // 3.0
    }
}
