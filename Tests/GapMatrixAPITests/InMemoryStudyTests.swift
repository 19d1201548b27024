import Foundation
import GapMatrix
import GapMatrixReports
import Testing

/// A program that uses GapMatrix as a library: a study built in code, end to end, through the
/// public API only (no @testable import), so this target fails to build if the surface shrinks.
@Suite struct InMemoryStudyTests {
    /// Four countries, two themes: T1 = {i1, i2}, T2 = {i3}; i3 is lower-is-better.
    static func inputs() throws -> StudyInputs {
        func indicator(_ code: String, _ theme: String, direction: Double = 1, optimum: Double, lower: Double,
                       green: Double, red: Double) -> FrameworkNode {
            var n = FrameworkNode(code: code, name: code, kind: .indicator, level: 1, parent: theme, weight: 1, direction: direction)
            n.rating = RatingBounds(optimum: optimum, lowerBound: lower, green: green, red: red)
            n.type = .policy  // a policy indicator: a red or orange theme is a policy gap
            return n
        }
        let framework = try Framework.validated([
            FrameworkNode(code: "Index", name: "Index", kind: .aggregate, level: 3, parent: nil, weight: 1),
            FrameworkNode(code: "T1", name: "Theme one", kind: .aggregate, level: 2, parent: "Index", weight: 1),
            FrameworkNode(code: "T2", name: "Theme two", kind: .aggregate, level: 2, parent: "Index", weight: 1),
            indicator("i1", "T1", optimum: 100, lower: 0, green: 80, red: 40),
            indicator("i2", "T1", optimum: 10, lower: 0, green: 8, red: 4),
            indicator("i3", "T2", direction: -1, optimum: 0, lower: 20, green: 3, red: 5),
        ], levelNames: ["Indicator", "Theme", "Index"])
        let codes = ["A", "B", "C", "D"]
        let units = UnitTable(codes: codes, names: ["A": "Aland", "B": "Bland", "C": "Cland", "D": "Dland"],
                              groups: [:], groupColumns: [], denominators: Dataset(units: codes, columns: []))
        // Column by column (i1, i2, i3), units A-D in each.
        let raw = Dataset(units: codes, columns: ["i1", "i2", "i3"],
                          values: [90, 60, 30, .nan, 9, 5, 2, 6, 2, 4, 10, 1])
        return StudyInputs(framework: framework, units: units, raw: raw, referenceYear: 2020)
    }

    static func study() -> Study {
        var recipe = Recipe()
        recipe.normalise = NormaliseSpec(method: .bounds)
        return Study(name: "Built in code", recipe: recipe, referenceYear: 2020, ratings: RatingsSpec())
    }

    @Test func scoresAndColoursByHand() throws {
        let results = try StudyResults.compute(Self.study(), try Self.inputs(), registries: .init(), parts: [.ratings])
        let aggregated = results.build.aggregated
        // Bounds scores: i1 = x; i2 = 10 x; i3 = 100 (20 - x) / 20. T1 is the mean of what is present.
        #expect(aggregated.value(unit: "A", column: "T1") == 90)
        #expect(aggregated.value(unit: "B", column: "T1") == 55)
        #expect(aggregated.value(unit: "D", column: "T1") == 60)
        #expect(aggregated.value(unit: "C", column: "T2") == 50)
        #expect(aggregated.value(unit: "B", column: "Index") == 67.5)
        let a = try #require(results.assessment)
        func colour(_ u: String, _ t: String) -> Colour? { a.themes.first { $0.unit == u && $0.theme == t }?.colour.value }
        // T1: A green and green; B yellow (60 at the midpoint) and orange (5 below 6): mean 1.5, yellow;
        // C red and red; D only i2 rated (6 at the midpoint): yellow.
        #expect([colour("A", "T1"), colour("B", "T1"), colour("C", "T1"), colour("D", "T1")] == [.green, .yellow, .red, .yellow])
        // T2 takes i3's colour: 2 <= 3 green, 4 at the midpoint yellow, 10 >= 5 red, 1 green.
        #expect([colour("A", "T2"), colour("B", "T2"), colour("C", "T2"), colour("D", "T2")] == [.green, .yellow, .red, .green])
    }

    @Test func registriesBuiltInCodeFeedTheGapMatrixAndReports() throws {
        let practice = Practice(id: "P1", title: "A practice", countries: ["C"], themes: ["T1"],
                                evaluation: .init(level: .impact, year: 2019, reference: "An evaluation"),
                                sources: ["A source"])
        let results = try StudyResults.compute(Self.study(), try Self.inputs(), registries: .init(practices: [practice]),
                                               parts: [.gaps, .learning])
        let gaps = try #require(results.gaps)
        // C is red on T1 with an evaluated practice; B is yellow on T1 with none on record: an evidence gap.
        #expect(gaps.cell("C", "T1")?.gapClass == .policyEvaluated)
        #expect(gaps.cell("B", "T1")?.gapClass == .evidenceGap)
        let names = ReportFiles.render(results).map(\.name)
        #expect(names.contains("gap_matrix.csv") && names.contains("indicators.csv"))
        let book = try XLSXWriter.render(ReportWorkbook.build(results, files: ReportFiles.render(results)))
        #expect(book.starts(with: [0x50, 0x4B]))  // a zip
    }

    @Test func aStudyBuiltInCodeHasNoFilesToLoad() {
        #expect(throws: GapMatrixError.self) { try Self.study().loadInputs() }
    }
}
