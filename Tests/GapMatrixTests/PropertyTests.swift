import Testing
@testable import GapMatrix

/// Invariants checked on random data sets drawn from fixed seeds (issue 7's property list).
@Suite struct PropertyTests {
    static let trials = 200

    /// A random column: n values in a random range, some missing.
    static func column(_ rng: RandomStream, n: Int, missing: Double = 0.1) -> [Double] {
        let scale = rng.uniform(0.1, 1000), shift = rng.uniform(-500, 500)
        return (0..<n).map { _ in rng.uniform() < missing ? .nan : shift + scale * rng.uniform() }
    }

    @Test func minMaxStaysWithinItsRange() throws {
        let rng = RandomStream(seed: 101)
        for _ in 0..<Self.trials {
            let x = Self.column(rng, n: 2 + rng.index(60))
            guard Set(x.filter { !$0.isNaN }).count > 1 else { continue }
            let l = rng.uniform(-10, 10), u = l + rng.uniform(0.5, 200)
            for v in try Normalise.normalise(x, method: .minMax(lower: l, upper: u), direction: 1) where !v.isNaN {
                #expect(v >= l - 1e-9 * abs(u) && v <= u + 1e-9 * abs(u))
            }
        }
    }

    @Test func directionMinusOneMirrorsPlusOne() throws {
        let rng = RandomStream(seed: 102)
        for _ in 0..<Self.trials {
            let x = Self.column(rng, n: 3 + rng.index(40))
            guard Set(x.filter { !$0.isNaN }).count > 1 else { continue }
            let up = try Normalise.normalise(x, method: .minMax(lower: 0, upper: 100), direction: 1)
            let down = try Normalise.normalise(x, method: .minMax(lower: 0, upper: 100), direction: -1)
            for (a, b) in zip(up, down) where !a.isNaN { #expect(abs(a + b - 100) < 1e-9) }
            let zu = try Normalise.normalise(x, method: .zScore(mean: 0, sd: 1), direction: 1)
            let zd = try Normalise.normalise(x, method: .zScore(mean: 0, sd: 1), direction: -1)
            for (a, b) in zip(zu, zd) where !a.isNaN { #expect(abs(a + b) < 1e-9) }
        }
    }

    @Test func ranksArePermutationsConsistentWithScores() {
        let rng = RandomStream(seed: 103)
        for _ in 0..<Self.trials {
            // Rounded values make ties common.
            let x = Self.column(rng, n: 1 + rng.index(80), missing: 0.15).map { $0.isNaN ? $0 : ($0 / 50).rounded() }
            let r = Rank.descendingMin(x)
            let present = x.indices.filter { !x[$0].isNaN }
            #expect(r.indices.allSatisfy { x[$0].isNaN == r[$0].isNaN })
            for i in present {
                // rank = 1 + number of strictly higher scores ("min" ties)
                #expect(r[i] == Double(1 + present.filter { x[$0] > x[i] }.count))
                for j in present where x[i] > x[j] { #expect(r[i] < r[j]) }
            }
        }
    }

    /// A random framework: 2-4 themes of 1-5 indicators under one index.
    static func framework(_ rng: RandomStream) throws -> Framework {
        var nodes = [FrameworkNode(code: "I", name: "I", kind: .aggregate, level: 3, parent: nil, weight: 1)]
        for t in 0..<(2 + rng.index(3)) {
            nodes.append(FrameworkNode(code: "T\(t)", name: "", kind: .aggregate, level: 2, parent: "I", weight: rng.uniform(0.1, 3)))
            for i in 0..<(1 + rng.index(5)) {
                nodes.append(FrameworkNode(code: "T\(t)x\(i)", name: "", kind: .indicator, level: 1, parent: "T\(t)",
                                           weight: rng.uniform(0.1, 3), direction: rng.uniform() < 0.5 ? 1 : -1))
            }
        }
        return try Framework.validated(nodes)
    }

    static func dataset(_ rng: RandomStream, _ f: Framework, units: Int) -> Dataset {
        Dataset(units: (0..<units).map { "U\($0)" }, columns: f.indicators,
                values: f.indicators.flatMap { _ in (0..<units).map { _ in rng.uniform() < 0.05 ? .nan : rng.uniform(1, 100) } })
    }

    @Test func scalingEveryWeightChangesNothing() throws {
        let rng = RandomStream(seed: 104)
        for _ in 0..<50 {
            let f = try Self.framework(rng)
            let d = Self.dataset(rng, f, units: 5 + rng.index(30))
            let plan = Aggregate.Plan(framework: f)
            let w = try Weights.fixed(.framework, framework: f)
            let c = rng.uniform(0.01, 100)
            for method in [Aggregation.arithmetic, .geometric, .harmonic] {
                let a = try Aggregate.apply(d, plan: plan, weights: w, spec: AggregateSpec(method: method))
                let b = try Aggregate.apply(d, plan: plan, weights: w.mapValues { $0 * c }, spec: AggregateSpec(method: method))
                for (x, y) in zip(a.values, b.values) { #expect(relativeDifference(x, y) < 1e-12) }
            }
        }
    }

    @Test func reorderingUnitsOnlyReordersResults() throws {
        let rng = RandomStream(seed: 105)
        for _ in 0..<50 {
            let f = try Self.framework(rng)
            let d = Self.dataset(rng, f, units: 5 + rng.index(30))
            var order = Array(0..<d.unitCount)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.index(i + 1)) }
            let shuffled = d.selectingUnits(order)
            var recipe = Recipe()
            recipe.treat = TreatSpec()
            let u = StudyInputs(framework: f, units: UnitTable(codes: d.units, names: [:], groups: [:], groupColumns: [], denominators: Dataset(units: d.units, columns: [])), raw: d)
            let s = StudyInputs(framework: f, units: UnitTable(codes: shuffled.units, names: [:], groups: [:], groupColumns: [], denominators: Dataset(units: shuffled.units, columns: [])), raw: shuffled)
            let a = try Regenerate.run(u, recipe: recipe), b = try Regenerate.run(s, recipe: recipe)
            for unit in d.units {
                for col in a.aggregated.columns {
                    #expect(relativeDifference(a.aggregated.value(unit: unit, column: col)!, b.aggregated.value(unit: unit, column: col)!) < 1e-12)
                    #expect(relativeDifference(a.ranks.value(unit: unit, column: col)!, b.ranks.value(unit: unit, column: col)!) == 0)
                }
            }
        }
    }

    /// With fixed goalposts (a rank-free method that does not depend on the other units), a new
    /// unit that is worst everywhere leaves the others' scores and order unchanged.
    @Test func addingAWorstUnitKeepsTheOthersOrder() throws {
        let rng = RandomStream(seed: 106)
        for _ in 0..<50 {
            var f = try Self.framework(rng)
            let nodes = f.nodes.map { n -> FrameworkNode in
                var m = n
                if n.kind == .indicator { m.goalposts = (lower: 0, upper: 101) }
                return m
            }
            f = try Framework.validated(nodes)
            let d = Self.dataset(rng, f, units: 5 + rng.index(20))
            var withWorst = Dataset(units: d.units + ["ZZZ"], columns: d.columns)
            for c in 0..<d.columnCount {
                let worst = f.node(d.columns[c])!.direction == 1 ? 0.5 : 100.5
                withWorst.setColumn(c, d.column(c) + [worst])
            }
            var recipe = Recipe()
            recipe.normalise = NormaliseSpec(method: .goalposts(scale: 100))
            func run(_ x: Dataset) throws -> Build {
                try Regenerate.run(StudyInputs(framework: f, units: UnitTable(codes: x.units, names: [:], groups: [:], groupColumns: [],
                                                                             denominators: Dataset(units: x.units, columns: [])), raw: x), recipe: recipe)
            }
            let a = try run(d), b = try run(withWorst)
            let root = f.root
            for u in d.units {
                #expect(relativeDifference(a.aggregated.value(unit: u, column: root)!, b.aggregated.value(unit: u, column: root)!) == 0)
                #expect(relativeDifference(a.ranks.value(unit: u, column: root)!, b.ranks.value(unit: u, column: root)!) == 0)
            }
        }
    }

    @Test func imputationNeverChangesObservedCells() throws {
        let rng = RandomStream(seed: 107)
        for _ in 0..<Self.trials {
            let n = 3 + rng.index(40)
            let d = Dataset(units: (0..<n).map { "U\($0)" }, columns: ["a", "b"],
                            values: Self.column(rng, n: n, missing: 0.3) + Self.column(rng, n: n, missing: 0.3))
            let groups = ["g": Dictionary(uniqueKeysWithValues: d.units.map { ($0, rng.uniform() < 0.5 ? "x" : "y") })]
            let units = UnitTable(codes: d.units, names: [:], groups: groups, groupColumns: ["g"], denominators: Dataset(units: d.units, columns: []))
            for method in ImputeSpec.Method.allCases {
                let (out, points) = try Impute.apply(d, spec: ImputeSpec(method: method, group: "g"), units: units)
                for i in d.values.indices where !d.values[i].isNaN { #expect(out.values[i] == d.values[i]) }
                #expect(points.count == zip(d.values, out.values).filter { $0.isNaN && !$1.isNaN }.count)
            }
        }
    }
}
