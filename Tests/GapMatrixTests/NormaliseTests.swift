import Testing
@testable import GapMatrix

@Suite struct NormaliseTests {
    @Test func minMaxOntoAnyRangeWithDirection() throws {
        #expect(try Normalise.normalise([2, 4, 6, .nan], method: .minMax(lower: 0, upper: 100), direction: 1)[0..<3] == [0, 50, 100])
        #expect(try Normalise.normalise([2, 4, 6], method: .minMax(lower: 0, upper: 100), direction: -1) == [100, 50, 0])
        #expect(try Normalise.normalise([2, 4, 6], method: .minMax(lower: 1, upper: 100), direction: 1) == [1, 50.5, 100])
        #expect(try Normalise.normalise([2, .nan], method: .minMax(lower: 0, upper: 100), direction: 1)[1].isNaN)
    }

    @Test func zScoreWithChosenMeanAndSD() throws {
        // mean 5, sample sd 2.138089935299395
        let z = try Normalise.normalise([2, 4, 4, 4, 5, 5, 7, 9], method: .zScore(mean: 10, sd: 2), direction: 1)
        #expect(abs(z[7] - (10 + 2 * 4 / 2.138089935299395)) < 1e-12)
        #expect(abs(z[4] - 10) < 1e-12)
    }

    @Test func ranksAndPercentiles() throws {
        #expect(try Normalise.normalise([3, 1, 3, 2], method: .rank, direction: 1) == [3, 1, 3, 2])
        #expect(try Normalise.normalise([10, 20, 30], method: .percentileRank, direction: 1) == [0, 0.5, 1])
        #expect(try Normalise.normalise([10, 20, 30], method: .percentileRank, direction: -1) == [1, 0.5, 0])
    }

    @Test func goalpostsTruncateAndFlipWithDirection() throws {
        let node = FrameworkNode(code: "g", name: "g", kind: .indicator, level: 1, parent: "I", weight: 1,
                                 goalposts: (lower: 0, upper: 10))
        #expect(try Normalise.normalise([5, 12, -1], method: .goalposts(scale: 100), direction: 1, node: node) == [50, 100, 0])
        #expect(try Normalise.normalise([5, 12, -1], method: .goalposts(scale: 100), direction: -1, node: node) == [50, 0, 100])
        #expect(throws: GapMatrixError.self) {
            try Normalise.normalise([1], method: .goalposts(scale: 100), direction: 1, node: nil)
        }
    }

    @Test func distanceToTargetAndMax() throws {
        let node = FrameworkNode(code: "t", name: "t", kind: .indicator, level: 1, parent: "I", weight: 1, target: 10)
        #expect(try Normalise.normalise([2, 6, 12], method: .distanceToTarget(capAtOne: false), direction: 1, node: node) == [0, 0.5, 1.25])
        #expect(try Normalise.normalise([2, 6, 12], method: .distanceToTarget(capAtOne: true), direction: 1, node: node) == [0, 0.5, 1])
        #expect(try Normalise.normalise([2, 6, 10], method: .distanceToMax, direction: 1) == [0, 0.5, 1])
        #expect(try Normalise.normalise([2, 6, 8], method: .fractionOfMax, direction: 1) == [0.25, 0.75, 1])
    }

    @Test func perIndicatorOverridesWin() throws {
        let spec = NormaliseSpec(method: .minMax(lower: 0, upper: 100), overrides: ["b": .rank])
        #expect(spec.method(for: "b") == .rank)
        #expect(spec.method(for: "a") == .minMax(lower: 0, upper: 100))
    }
}
