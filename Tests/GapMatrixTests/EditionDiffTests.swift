import Testing
@testable import GapMatrix

@Suite struct EditionDiffTests {
    /// One theme T of one indicator i (green 80, red 40), four units; each edition gives values and years.
    static func results(_ values: [Double], years: [Double], reference: Int, code: String = "i") throws -> StudyResults {
        var i = FrameworkNode(code: code, name: code, kind: .indicator, level: 1, parent: "T", weight: 1)
        i.rating = RatingBounds(optimum: 100, lowerBound: 0, green: 80, red: 40)
        let f = try Framework.validated([
            FrameworkNode(code: "Index", name: "Index", kind: .aggregate, level: 3, parent: nil, weight: 1),
            FrameworkNode(code: "T", name: "T", kind: .aggregate, level: 2, parent: "Index", weight: 1), i,
        ])
        let codes = ["A", "B", "C", "D"]
        let units = UnitTable(codes: codes, names: [:], groups: [:], groupColumns: [], denominators: Dataset(units: codes, columns: []))
        let provenance = CellProvenance(years: Dataset(units: codes, columns: [code], values: years), sources: Array(repeating: "", count: 4),
                                        window: Window(years: 10), referenceYear: reference)
        let inputs = StudyInputs(framework: f, units: units, raw: Dataset(units: codes, columns: [code], values: values),
                                 referenceYear: reference, provenance: provenance)
        var recipe = Recipe()
        recipe.normalise = NormaliseSpec(method: .bounds)
        return try StudyResults.compute(Study(name: "t", recipe: recipe, referenceYear: reference, ratings: RatingsSpec()), inputs,
                                        registries: .init(), parts: [.ratings])
    }

    @Test func indicatorChangesTypedByHand() throws {
        // A: same value and year; B: a newer observation; C: the same year revised; D: new data.
        let before = try Self.results([90, 60, 30, .nan], years: [2015, 2015, 2015, .nan], reference: 2017)
        let after = try Self.results([90, 85, 35, 50], years: [2015, 2020, 2015, 2020], reference: 2022)
        let d = EditionDiff.compare(before: before, after: after, beforeLabel: "2017", afterLabel: "2022")
        #expect(d.indicators.map(\.kind) == [.unchanged, .realChange, .revision, .newData])
        // Without a band a change is flagged when the colour or class changes: B 60 (yellow, at the
        // midpoint) -> 85 (green) is; C 30 -> 35 stays red, within noise; D had no score before.
        #expect(d.themes.map(\.verdict) == [.unchanged, .beyondNoise, .withinNoise, .coverage])
        #expect(d.themes[1].colourBefore == .yellow && d.themes[1].colourAfter == .green)
    }

    @Test func bandsDecideWhatIsNoise() throws {
        let before = try Self.results([90, 60, 30, 20], years: [2015, 2015, 2015, 2015], reference: 2017)
        let after = try Self.results([90, 70, 35, 20], years: [2015, 2020, 2020, 2015], reference: 2022)
        // B's earlier score 60 is outside [65, 75]; C's 30 is inside [25, 40].
        let d = EditionDiff.compare(before: before, after: after, beforeLabel: "2017", afterLabel: "2022",
                                    bands: ["B": ["T": (65, 75)], "C": ["T": (25, 40)]])
        #expect(d.themes.map(\.verdict) == [.unchanged, .beyondNoise, .withinNoise, .unchanged])
    }

    /// The theme rests on another indicator in the later edition: a moved score is a framework
    /// change (not comparable), never a change beyond noise, even far outside the band.
    @Test func aThemeOnOtherIndicatorsIsAFrameworkChange() throws {
        let before = try Self.results([90, 60, 30, 20], years: [2020, 2020, 2020, 2020], reference: 2022, code: "i")
        let after = try Self.results([90, 85, 30, 20], years: [2020, 2020, 2020, 2020], reference: 2022, code: "j")
        let d = EditionDiff.compare(before: before, after: after, beforeLabel: "1", afterLabel: "2",
                                    bands: ["B": ["T": (80, 90)]])
        #expect(d.indicators.isEmpty)                       // no indicator in both editions
        #expect(d.themes.map(\.verdict) == [.unchanged, .framework, .unchanged, .unchanged])
        #expect(d.themes.filter(\.beyondNoise).isEmpty)
    }

    /// An edition compared with itself: every cell unchanged, nothing flagged, no kind of change.
    @Test func anEditionAgainstItselfIsEmpty() throws {
        let edition = try Self.results([90, 60, 30, .nan], years: [2015, 2018, 2020, .nan], reference: 2022)
        let d = EditionDiff.compare(before: edition, after: edition, beforeLabel: "a", afterLabel: "a")
        #expect(d.indicators.count == 4 && d.themes.count == 4)
        #expect(d.indicators.allSatisfy { $0.kind == .unchanged })
        #expect(d.themes.allSatisfy { $0.verdict == .unchanged && $0.kinds.isEmpty })
        #expect(d.snapshots.isEmpty && !d.themes.contains(where: \.changed))
    }

    @Test func methodChangeAndSnapshots() throws {
        let before = try Self.results([90, 60, 30, 20], years: [2020, 2020, 2020, 2020], reference: 2022)
        let after = before
        let cell = before.assessment!.cells[1]
        var recoloured = cell
        recoloured.colour = Rated(.green, "a new threshold")
        #expect(EditionDiff.classify(before: cell, after: recoloured, snapshot: false) == .methodChange)
        // Every value from one year: a snapshot, which says nothing about change.
        #expect(EditionDiff.singleSnapshots(before.inputs) == ["i"])
        let d = EditionDiff.compare(before: before, after: after, beforeLabel: "a", afterLabel: "b")
        #expect(d.indicators.allSatisfy { $0.kind == .snapshot } && d.snapshots == ["i"])
    }
}
