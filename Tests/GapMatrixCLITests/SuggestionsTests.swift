import Testing
@testable import gapmatrix

/// The edit distance and the choice of hints, with known answers.
@Suite struct SuggestionsTests {
    @Test func distanceCountsASwapAsOneEdit() {
        func d(_ a: String, _ b: String) -> Int { Suggestions.distance(Array(a), Array(b)) }
        #expect(d("reprot", "report") == 1)     // swapped pair
        #expect(d("kitten", "sitting") == 3)    // two substitutions and an insertion
        #expect(d("ca", "abc") == 3)            // optimal string alignment: no edit of a swapped pair
        #expect(d("", "abc") == 3)
        #expect(d("same", "same") == 0)
    }

    @Test func onlyTheClosestAndNotTooMany() {
        #expect(Suggestions.closest(to: "reprot", among: ["score", "report", "replay"]) == ["report"])
        #expect(Suggestions.closest(to: "rep", among: ["score", "report", "replay"]) == ["report", "replay"])
        #expect(Suggestions.closest(to: "africa", among: ["Africa", "America"]) == ["Africa"])
        // Short words allow one edit; more than three equally close candidates are not offered.
        #expect(Suggestions.closest(to: "XYZ", among: ["MEX", "XKX"]) == [])
        #expect(Suggestions.closest(to: "RT9", among: ["RT1", "RT2", "RT3", "RT4"]) == [])
        #expect(Suggestions.list(["a", "b", "c"]) == "'a', 'b' or 'c'")
    }

    @Test func namesResolveAndDuplicateNamesAreAmbiguous() throws {
        let units = Choices(kind: "unit", codes: ["COD", "COG", "XKX"],
                            names: ["COD": "Congo", "COG": "Congo", "XKX": "Kosovo"], expected: "a unit")
        #expect(try units.resolve("kosovo", at: .argument("unit")) == "XKX")
        #expect(try units.resolve("COG", at: .argument("unit")) == "COG")
        let e = #expect(throws: (any Error).self) { try units.resolve("congo", at: .option("country")) }
        #expect("\(e!)" == "option '--country': 'congo' names 2 units (COD, COG); expected one of their codes")
    }
}
