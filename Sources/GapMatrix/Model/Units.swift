/// The things being scored (countries, regions, corridors) and what is known about them
/// besides their indicators: names, group memberships, denominators.
public struct UnitTable: Sendable, Equatable {
    /// Unit codes, sorted: COINr orders every data set by `uCode`, and so do we.
    public let codes: [String]
    public let names: [String: String]
    /// Group column name -> (unit code -> group label). A missing label is absent.
    public let groups: [String: [String: String]]
    /// Group column names in input order.
    public let groupColumns: [String]
    /// Denominator values: unit x denominator code.
    public let denominators: Dataset

    public init(codes: [String], names: [String: String], groups: [String: [String: String]],
                groupColumns: [String], denominators: Dataset) {
        self.codes = codes
        self.names = names
        self.groups = groups
        self.groupColumns = groupColumns
        self.denominators = denominators
    }

    public func name(_ code: String) -> String { names[code] ?? code }
}

/// Everything a study's recipe runs on, read from its input files once.
///
/// Kept apart from the recipe (`Recipe`) so that a sensitivity analysis can regenerate the
/// same inputs many times with changed parameters without reading a file again.
public struct StudyInputs: Sendable {
    public let framework: Framework
    public let units: UnitTable
    /// Raw indicator values: units (sorted) x framework indicators.
    public let raw: Dataset
    /// For panels: the raw values of every year, when the input had more than one.
    public let panel: Panel?
    /// The year `raw` holds, when the input had years.
    public let referenceYear: Int?

    public init(framework: Framework, units: UnitTable, raw: Dataset, panel: Panel? = nil,
                referenceYear: Int? = nil) {
        self.framework = framework
        self.units = units
        self.raw = raw
        self.panel = panel
        self.referenceYear = referenceYear
    }
}

/// Indicator values over several years: one unit x indicator dataset per year.
public struct Panel: Sendable {
    public let years: [Int]
    public let slices: [Dataset]

    public init(years: [Int], slices: [Dataset]) {
        self.years = years
        self.slices = slices
    }
}
