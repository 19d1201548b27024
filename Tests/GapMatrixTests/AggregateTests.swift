import Foundation
import Testing
@testable import GapMatrix

@Suite struct AggregateTests {
    /// Index <- A (weight 1) <- a1, a2; Index <- B (weight 3) <- b1 (weight 2).
    static let framework = try! Framework.validated([
        FrameworkNode(code: "Index", name: "Index", kind: .aggregate, level: 3, parent: nil, weight: 1),
        FrameworkNode(code: "A", name: "A", kind: .aggregate, level: 2, parent: "Index", weight: 1),
        FrameworkNode(code: "B", name: "B", kind: .aggregate, level: 2, parent: "Index", weight: 3),
        FrameworkNode(code: "a1", name: "a1", kind: .indicator, level: 1, parent: "A", weight: 1),
        FrameworkNode(code: "a2", name: "a2", kind: .indicator, level: 1, parent: "A", weight: 3),
        FrameworkNode(code: "b1", name: "b1", kind: .indicator, level: 1, parent: "B", weight: 2),
    ])

    func aggregate(_ a1: Double, _ a2: Double, _ b1: Double, _ spec: AggregateSpec) throws -> Dataset {
        let d = Dataset(units: ["U"], columns: ["a1", "a2", "b1"], values: [a1, a2, b1])
        let plan = Aggregate.Plan(framework: Self.framework)
        return try Aggregate.apply(d, plan: plan, weights: try Weights.fixed(.framework, framework: Self.framework), spec: spec)
    }

    @Test func weightedMeansOfTwentyAndEighty() throws {
        // A = mean of 20 (w 1) and 80 (w 3).
        #expect(try aggregate(20, 80, 50, AggregateSpec(method: .arithmetic)).value(unit: "U", column: "A") == 65)
        let g = try aggregate(20, 80, 50, AggregateSpec(method: .geometric)).value(unit: "U", column: "A")!
        #expect(abs(g - 80 * pow(0.25, 0.25)) < 1e-12)
        let h = try aggregate(20, 80, 50, AggregateSpec(method: .harmonic)).value(unit: "U", column: "A")!
        #expect(abs(h - 4 / 0.0875) < 1e-12)
        let p2 = try aggregate(20, 80, 50, AggregateSpec(method: .generalised(p: 2))).value(unit: "U", column: "A")!
        #expect(abs(p2 - 70) < 1e-12)
    }

    @Test func indexWeighsItsChildren() throws {
        // Index = (1 * 65 + 3 * 50) / 4
        #expect(try aggregate(20, 80, 50, AggregateSpec()).value(unit: "U", column: "Index") == 53.75)
    }

    @Test func perLevelMethods() throws {
        let spec = AggregateSpec(method: .arithmetic, perLevel: [3: .geometric])
        let d = try aggregate(20, 80, 50, spec)
        #expect(d.value(unit: "U", column: "A") == 65)
        #expect(abs(d.value(unit: "U", column: "Index")! - exp((log(65.0) + 3 * log(50.0)) / 4)) < 1e-12)
    }

    @Test func missingChildrenAreSkippedUnlessTooFew() throws {
        #expect(try aggregate(.nan, 80, 50, AggregateSpec()).value(unit: "U", column: "A") == 80)
        #expect(try aggregate(.nan, 80, 50, AggregateSpec(minShare: 0.6)).value(unit: "U", column: "A")!.isNaN)
        #expect(try aggregate(.nan, .nan, 50, AggregateSpec()).value(unit: "U", column: "Index") == 50)
    }

    @Test func geometricMeanRejectsZeroWithAClearMessage() throws {
        let error = #expect(throws: GapMatrixError.self) { try aggregate(0, 80, 50, AggregateSpec(method: .geometric)) }
        #expect(error?.kind == .badData)
        #expect(error?.description.contains("[1, 100]") == true)
        #expect(error?.description.contains("a1") == true)
    }

    @Test func effectiveWeightsMultiplyDownTheTree() {
        let w = Self.framework.effectiveWeights(Dictionary(uniqueKeysWithValues: Self.framework.nodes.map { ($0.code, $0.weight) }))
        #expect(w["a1"] == 0.25 * 0.25)
        #expect(w["a2"] == 0.75 * 0.25)
        #expect(w["b1"] == 0.75)
        #expect(w["Index"] == 1)
    }

    @Test func ranksTakeTheMinimumForTies() {
        #expect(Rank.descendingMin([3, 1, 3, .nan, 2])[0..<3] == [1, 4, 1])
        #expect(Rank.descendingMin([3, 1, 3, .nan, 2])[3].isNaN)
        #expect(Rank.descendingMin([3, 1, 3, .nan, 2])[4] == 3)
        #expect(Rank.ascendingMin([3, 1, 3, 2]) == [3, 1, 3, 2])
    }

    @Test func equalAndExplicitWeights() throws {
        let eq = try Weights.fixed(.equal, framework: Self.framework)
        #expect(eq["B"] == 1 && eq["a2"] == 1)
        let ex = try Weights.fixed(.explicit(["B": 1]), framework: Self.framework)
        #expect(ex["B"] == 1 && ex["a2"] == 3)
        #expect(throws: GapMatrixError.self) { try Weights.fixed(.explicit(["a1": 0, "a2": 0]), framework: Self.framework) }
        #expect(throws: GapMatrixError.self) { try Weights.fixed(.explicit(["Nope": 1]), framework: Self.framework) }
    }
}
