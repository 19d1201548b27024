import Testing
@testable import GapMatrix

/// Values in reasons read as a person says them, and no unit is printed twice.
@Suite struct ValueTextTests {
    @Test func namesLoseTheUnitTheValueCarries() {
        #expect(ValueText.label("Tertiary school enrolment (% gross)", unit: "% gross") == "Tertiary school enrolment")
        #expect(ValueText.label("SDG 10.7.2 domain 1 (category 1-4: 1 requires (further) progress)", unit: "category 1-4")
                == "SDG 10.7.2 domain 1")
        // No unit: the name is the only place it is said, so it stays.
        #expect(ValueText.label("Tertiary school enrolment (% gross)", unit: nil) == "Tertiary school enrolment (% gross)")
        #expect(ValueText.label("Cost to", unit: "%") == "Cost to")
    }

    @Test func valuesReadWithTheirUnit() {
        #expect(ValueText.reading(62.65, unit: "% gross") == "62.65% gross")
        #expect(ValueText.reading(69.26, unit: "% (women's rate / men's rate x 100)") == "69.26%")
        #expect(ValueText.reading(3, unit: "category 1-4") == "category 3 of 1-4")
        #expect(ValueText.reading(1, unit: "count of 2 conventions") == "1 of 2 conventions")
        #expect(ValueText.reading(1, unit: "0/1 item") == "yes" && ValueText.reading(0, unit: "0/1 item") == "no")
        #expect(ValueText.reading(11_200_000, unit: "persons") == "11.2 million persons")
        #expect(ValueText.threshold(5, unit: "% of amount sent") == "5%" && ValueText.threshold(3, unit: "category 1-4") == "3")
    }

    /// The reason of a rated cell: name, value with unit, score apart, then the thresholds with "%".
    @Test func reasonOfACell() {
        let node = FrameworkNode(code: "c", name: "Average cost of sending remittances to the country (% of the amount sent)",
                                 kind: .indicator, level: 1, parent: "T", weight: 1, direction: -1, unit: "% of amount sent")
        let r = Assessment.rate(9.894, score: 59.04, node: node, green: 3, red: 5, midpointIsOrange: false)
        #expect(r.value == .red)
        #expect(r.reason == "Average cost of sending remittances to the country: 9.894% of amount sent (score 59.04) red: at or above red threshold 5%")
    }
}
