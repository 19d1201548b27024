/// What the pipeline did to each unit x indicator cell, looked up from a build's stages and
/// step records, so ratings describe the recipe that ran rather than the raw data.
struct StepRecords {
    let normalised: Dataset
    private let normalisedUnits: [String: Int]
    private let imputedCells: Set<String>
    private let treatedCells: Set<String>
    private let screened: Set<String>

    init(_ build: Build) {
        normalised = build.normalised
        normalisedUnits = Dictionary(uniqueKeysWithValues: build.normalised.units.enumerated().map { ($1, $0) })
        imputedCells = Set(build.imputedPoints.map { Self.key($0.unit, $0.indicator) })
        treatedCells = Set(build.treatment.points.map { Self.key($0.unit, $0.indicator) })
        screened = Set(build.screening.filter { !$0.included }.map(\.unit))
    }

    /// The normalised value; NaN for a unit screening removed or an indicator not in the stage.
    func score(unit: String, indicator: String) -> Double {
        guard let u = normalisedUnits[unit], let c = normalised.columnIndex(indicator) else { return .nan }
        return normalised[unit: u, column: c]
    }

    func imputed(unit: String, indicator: String) -> Bool { imputedCells.contains(Self.key(unit, indicator)) }
    func treated(unit: String, indicator: String) -> Bool { treatedCells.contains(Self.key(unit, indicator)) }
    func screenedOut(_ unit: String) -> Bool { screened.contains(unit) }

    private static func key(_ unit: String, _ indicator: String) -> String { unit + "\u{1}" + indicator }
}
