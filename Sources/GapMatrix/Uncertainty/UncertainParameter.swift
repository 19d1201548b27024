/// One uncertain parameter, described once: its id in study files, how it reads its
/// distribution there, how a drawn value changes a recipe, its design-table columns, which stage
/// of the pipeline it changes, and how it is checked against a study and described in notes.
///
/// `UncertainParameter.all` lists them in pipeline order, and everything that deals with
/// uncertain inputs iterates that list: the study-file reader, the draws (one uniform number per
/// declared input, in this order, so the order fixes which numbers feed which input), the
/// recipe a design row gives, design tables read and written, the replayer's caching, notes.
/// Adding an uncertain input is one entry in `UncertainParameters.swift`.
///
/// A class, so that iterating the list per replication passes one reference per parameter
/// instead of copying its closures.
public final class UncertainParameter: Sendable {
    /// The first pipeline stage whose data the parameter changes (what the replayer recomputes).
    public enum Stage: Int, Sendable, Comparable {
        /// Denominate, impute, screen.
        case front, treat, normalise, weights, aggregate
        /// The assessment that follows the pipeline: roles, which indicators count, relative
        /// thresholds, hence colours and gap classes (`AssessmentVariation`). Such a parameter
        /// leaves the recipe, and so the scores a replayer returns, unchanged.
        case assessment
        public static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    /// As the study file names it, e.g. `treat.skew`.
    public let id: String
    public let stage: Stage
    /// Its columns in a design table, by COINr's names where COINr has the parameter.
    public let columns: [String]
    /// Whether its columns belong to COINr's design layout (always written) or are written only
    /// when some row varies the parameter.
    public let inCOINrLayout: Bool
    /// Its distribution, from its entry under `uncertainty.inputs` (keys besides `parameter`).
    let read: @Sendable (YAMLMap) throws -> UncertainInput
    /// Sets a drawn value in an assessment variation (assessment-stage parameters only).
    let adjust: @Sendable (DesignValue, inout AssessmentVariation) -> Void
    /// Sets a drawn value in a recipe; the lookup gives a weight set's weights by number.
    let apply: @Sendable (DesignValue, inout Recipe, _ weightSet: (Int) throws -> [String: Double]) throws -> Void
    /// Its value from the fields of its columns in one design row (nil: `NA`, the study's own).
    let decode: @Sendable ([String]) throws -> DesignValue?
    /// Its cells in a design row.
    let encode: @Sendable (DesignValue?) -> [DesignCell]
    /// Fails when the input names something the study does not have.
    let check: @Sendable (UncertainInput, Study, StudyInputs) throws -> Void
    /// The input in a phrase, for notes under plots (numbers written by the given formatter).
    let phrase: @Sendable (UncertainInput, _ number: (Double) -> String) -> String

    init(id: String, stage: Stage, columns: [String], inCOINrLayout: Bool,
         read: @escaping @Sendable (YAMLMap) throws -> UncertainInput,
         apply: @escaping @Sendable (DesignValue, inout Recipe, _ weightSet: (Int) throws -> [String: Double]) throws -> Void,
         decode: @escaping @Sendable ([String]) throws -> DesignValue?, encode: @escaping @Sendable (DesignValue?) -> [DesignCell],
         check: @escaping @Sendable (UncertainInput, Study, StudyInputs) throws -> Void,
         phrase: @escaping @Sendable (UncertainInput, _ number: (Double) -> String) -> String,
         adjust: @escaping @Sendable (DesignValue, inout AssessmentVariation) -> Void = { _, _ in }) {
        self.adjust = adjust
        self.id = id
        self.stage = stage
        self.columns = columns
        self.inCOINrLayout = inCOINrLayout
        self.read = read
        self.apply = apply
        self.decode = decode
        self.encode = encode
        self.check = check
        self.phrase = phrase
    }

    /// Position in `all`.
    public static func index(_ id: String) -> Int? { positions[id] }
    public static func named(_ id: String) -> UncertainParameter? { index(id).map { all[$0] } }
    private static let positions = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.id, $0) })

    /// Its cells in a design row holding `value` (nil: the study's own).
    public func cells(_ value: DesignValue?) -> [DesignCell] { encode(value) }

    /// The parameter's input in a phrase.
    public func describe(_ input: UncertainInput, number: (Double) -> String) -> String { phrase(input, number) }
}

/// A value one design row gives one uncertain parameter.
public enum DesignValue: Sendable, Hashable {
    case imputation(ImputeSpec)
    /// A threshold.
    case number(Double)
    /// A count, e.g. winmax.
    case whole(Int)
    case normalisation(Normalisation)
    /// The number of a weight set.
    case weightSet(Int)
    case aggregation(Aggregation)
    /// The indicator an assessment leaves out (nil: none).
    case exclusion(String?)

    public var imputation: ImputeSpec? { if case let .imputation(v) = self { v } else { nil } }
    public var number: Double? { if case let .number(v) = self { v } else { nil } }
    public var whole: Int? { if case let .whole(v) = self { v } else { nil } }
    public var normalisation: Normalisation? { if case let .normalisation(v) = self { v } else { nil } }
    public var weightSet: Int? { if case let .weightSet(v) = self { v } else { nil } }
    public var aggregation: Aggregation? { if case let .aggregation(v) = self { v } else { nil } }
    /// The excluded indicator's code, `.some(nil)` for "none", nil for another kind of value.
    public var exclusion: String?? { if case let .exclusion(v) = self { .some(v) } else { nil } }
}

/// How one uncertain input varies, as its study declares it.
public enum UncertainInput: Sendable, Equatable {
    /// One of these values, each as likely.
    case choices([DesignValue])
    /// A number from a distribution (a threshold).
    case number(UncertaintySpec.Distribution)
    /// The weights perturbed by noise (a fresh set per replication or one of pre-drawn sets).
    case weights(UncertaintySpec.WeightNoise)
    /// No indicator or one of the framework's scored indicators, each as likely (`values:
    /// scored` of `exclude.indicator`): `resolved` turns it into choices once the framework is known.
    case scoredIndicators

    /// The input with `scoredIndicators` spelt out for framework `f`.
    func resolved(_ f: Framework) -> UncertainInput {
        guard case .scoredIndicators = self else { return self }
        return .choices([.exclusion(nil)] + f.indicators.map { .exclusion($0) })
    }

    /// The value at `u` in [0, 1) (the inverse distribution function, so uniform and
    /// quasi-random points both map onto it); weights are drawn apart (`UncertaintySpec.row`).
    func value(_ u: Double) -> DesignValue {
        switch self {
        case let .choices(v): v[min(v.count - 1, Int(u * Double(v.count)))]
        case let .number(d): .number(d.value(u))
        case .weights: preconditionFailure("weights are drawn as sets")
        case .scoredIndicators: preconditionFailure("resolved against the framework before drawing")
        }
    }

    /// Whether a value drawn from it never recurs (so data that depend on it are not worth keeping).
    var isContinuous: Bool {
        if case .number(.uniform) = self { return true }
        return false
    }
}

/// One cell of a design table: text is quoted, numbers are not; nil is written `NA`.
public enum DesignCell: Sendable, Equatable {
    case text(String?)
    case whole(Int?)
    case number(Double?)
}

/// A design-table cell that cannot be read: the column, what it held and what was expected.
struct CellProblem: Error {
    let column: String
    let found: String
    let expected: String
}
