import Testing
@testable import GapMatrix

/// `readWeightSets` takes a code from the first set when a later set repeats it at the same
/// position; these files break that pattern on purpose, and the sets must read as they are written.
@Suite struct WeightSetsFileTests {
    static let framework = ASEM.loaded.1.framework
    static let (a, b, c) = (framework.indicators[0], framework.indicators[1], framework.indicators[2])

    static func read(_ rows: [(set: Int, code: String, weight: String)]) throws -> [Int: [String: Double]] {
        let text = "\"WeightSet\",\"iCode\",\"Level\",\"Weight\"\n" + rows.map { "\($0.set),\"\($0.code)\",1,\($0.weight)\n" }.joined()
        return try DesignTable.readWeightSets(temporaryFile("weights.csv", text), framework: framework)
    }

    @Test func laterSetsInAnotherOrderOrShorterReadAsWritten() throws {
        let sets = try Self.read([(1, Self.a, "1"), (1, Self.b, "2"), (1, Self.c, "3"),
                                  (2, Self.c, "0.5"), (2, Self.a, "4"), (2, Self.b, "0"),
                                  (3, Self.a, "7"), (3, Self.b, "8")])
        #expect(sets == [1: [Self.a: 1, Self.b: 2, Self.c: 3], 2: [Self.c: 0.5, Self.a: 4, Self.b: 0], 3: [Self.a: 7, Self.b: 8]])
    }

    @Test func aCodeTwiceInALaterSetIsAnError() throws {
        // In order at first (a, b), then a again where c stood in the first set.
        let e = #expect(throws: GapMatrixError.self) {
            try Self.read([(1, Self.a, "1"), (1, Self.b, "1"), (1, Self.c, "1"), (2, Self.a, "1"), (2, Self.b, "1"), (2, Self.a, "2")])
        }
        #expect(e?.line == 7)
        #expect(e?.found == "weight set 2 gives '\(Self.a)' twice")
    }

    @Test func aSetThatComesBackCannotRepeatACode() throws {
        let e = #expect(throws: GapMatrixError.self) {
            try Self.read([(1, Self.a, "1"), (1, Self.b, "1"), (2, Self.a, "1"), (1, Self.a, "2")])
        }
        #expect(e?.line == 5)
        #expect(e?.found == "weight set 1 gives '\(Self.a)' twice")
    }

    @Test func theLowestNumberedSetWithAllWeightsZeroIsNamed() throws {
        let aggregate = try #require(Self.framework.aggregates.first)
        let children = Self.framework.children(of: aggregate).map(\.code)
        let e = #expect(throws: GapMatrixError.self) {
            try Self.read(children.map { (2, $0, "0") } + children.map { (1, $0, "0") })
        }
        #expect(e?.found == "weight set 1 has all weights zero under '\(aggregate)'")
    }

    @Test func anUnknownCodeInALaterSetIsAnError() throws {
        let e = #expect(throws: GapMatrixError.self) { try Self.read([(1, Self.a, "1"), (2, "NOPE", "1")]) }
        #expect(e?.line == 3)
        #expect(e?.field == "iCode")
    }
}
