extension Study {
    /// A study built in code rather than read from a file: its inputs are built in code too
    /// (`StudyInputs`), and `StudyResults.compute` runs it. Registries (practices, partnerships)
    /// are passed to `compute` directly, so the file fields stay empty.
    public init(name: String, recipe: Recipe = .init(), referenceYear: Int? = nil, ratings: RatingsSpec? = nil,
                gaps: GapSpec = .init(), uncertainty: UncertaintySpec? = nil) {
        self.init(file: "(in memory)", name: name, source: .inMemory, referenceYear: referenceYear, recipe: recipe,
                  ratings: ratings, practicesFile: nil, partnershipsFile: nil, gaps: gaps, uncertainty: uncertainty,
                  corridors: nil, ties: nil)
    }
}
