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

    /// Every code the units file lists, including units the study filters out (for checking
    /// codes in bilateral files, which name partners outside the study too).
    public let knownCodes: Set<String>

    public init(codes: [String], names: [String: String], groups: [String: [String: String]],
                groupColumns: [String], denominators: Dataset, knownCodes: Set<String>? = nil) {
        self.knownCodes = knownCodes ?? Set(codes)
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
    /// Year and source of every raw cell, when the input records them.
    public let provenance: CellProvenance?
    /// Context variables (kept for peer grouping, not scored): unit x code, with provenance.
    public let context: Dataset?
    public let contextProvenance: CellProvenance?
    /// What the framework file says about its codes, for methods notes.
    public let docs: FrameworkDocs
    /// Cells ("indicator|unit") that are empty because nothing is missing: the indicator does not
    /// apply to the unit's role, or the unit is outside the source's scope. Imputation leaves
    /// them empty; filling them would score a value that does not exist.
    public internal(set) var leftEmpty: Set<String> = []

    public init(framework: Framework, units: UnitTable, raw: Dataset, panel: Panel? = nil,
                referenceYear: Int? = nil, provenance: CellProvenance? = nil, context: Dataset? = nil,
                contextProvenance: CellProvenance? = nil, docs: FrameworkDocs = .init()) {
        self.contextProvenance = contextProvenance
        self.docs = docs
        self.framework = framework
        self.units = units
        self.raw = raw
        self.panel = panel
        self.referenceYear = referenceYear
        self.provenance = provenance
        self.context = context
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

/// The framework's prose: per-code notes and the indicators considered but left out.
public struct FrameworkDocs: Sendable {
    /// Free-text fields per code (name, rationale, justification, gcm, sdg, source, unit).
    public var notes: [String: [String: String]]
    /// Indicators considered and not used, with the reason.
    public var dropped: [(code: String, name: String, reason: String)]
    /// Context variable codes, in framework order.
    public var context: [String]

    public init(notes: [String: [String: String]] = [:], dropped: [(code: String, name: String, reason: String)] = [],
                context: [String] = []) {
        self.notes = notes
        self.dropped = dropped
        self.context = context
    }

    public func note(_ code: String, _ key: String) -> String? { notes[code]?[key] }
}
