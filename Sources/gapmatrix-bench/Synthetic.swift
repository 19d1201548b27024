import Foundation
import GapMatrix

/// 200 units x 100 indicators in 10 themes, 10,000 uncertainty replications (winmax, two
/// normalisations, fresh noisy weights at the theme level, two aggregations). The values are
/// random numbers from a seeded generator: this measures speed only and is never a dataset.
func syntheticBenchmark() throws {
    let units = (1...200).map { String(format: "U%03d", $0) }
    var nodes = [FrameworkNode(code: "Index", name: "Index", kind: .aggregate, level: 3, parent: nil, weight: 1)]
    for t in 1...10 {
        nodes.append(FrameworkNode(code: "T\(t)", name: "T\(t)", kind: .aggregate, level: 2, parent: "Index", weight: 1))
        for i in 1...10 {
            nodes.append(FrameworkNode(code: "T\(t)I\(i)", name: "", kind: .indicator, level: 1, parent: "T\(t)", weight: 1,
                                       direction: i % 3 == 0 ? -1 : 1))
        }
    }
    let framework = try Framework.validated(nodes)
    let rng = RandomStream(seed: 2026)
    // Log-normal-ish columns so that treatment has outliers to work on.
    let values = (0..<(units.count * framework.indicators.count)).map { _ in exp(2 * rng.uniform()) * (1 + rng.uniform()) }
    let raw = Dataset(units: units, columns: framework.indicators, values: values)
    let inputs = StudyInputs(framework: framework,
                             units: UnitTable(codes: units, names: [:], groups: [:], groupColumns: [], denominators: Dataset(units: units, columns: [])),
                             raw: raw)
    var recipe = Recipe()
    recipe.treat = TreatSpec()
    recipe.normalise = NormaliseSpec(method: .minMax(lower: 1, upper: 100))
    var spec = UncertaintySpec(target: nil)
    spec.winmax = [1, 2, 3, 4, 5]
    spec.normalisations = [.minMax(lower: 1, upper: 100), .zScore(mean: 10, sd: 2)]
    spec.weights = .init(factor: 0.25, levels: [2], sets: nil)
    spec.aggregations = [.arithmetic, .geometric]
    // Median of three runs: the machine is shared and single runs move by 30%.
    var runs: [(total: Double, replications: Double, ranks: Double)] = []
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        let r = try UncertaintyAnalysis.run(inputs, recipe: recipe, spec: spec, seed: 1, replications: 1...10_000)
        let middle = DispatchTime.now().uptimeNanoseconds
        _ = UncertaintyAnalysis.rankStats(r)
        let end = DispatchTime.now().uptimeNanoseconds
        runs.append((Double(end - start) / 1e9, Double(middle - start) / 1e9, Double(end - middle) / 1e9))
    }
    let m = runs.sorted { $0.total < $1.total }[1]
    print(String(format: "Synthetic 200 units x 100 indicators x 10,000 replications (with rank statistics): median %.3f s over 3 runs "
                 + "(%.1f µs per replication: replications %.3f s, rank statistics %.3f s; target 0.2 s)",
                 m.total, m.total / 10_000 * 1e6, m.replications, m.ranks))
}
