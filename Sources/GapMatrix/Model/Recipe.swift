/// The full recipe of a study: every parameter of every pipeline step.
///
/// A value, not a script: sensitivity analysis copies it, changes a field and regenerates,
/// in the spirit of COINr's `Regen`.
public struct Recipe: Sendable, Equatable {
    public var denominate: Bool = false
    public var impute: ImputeSpec = .init()
    public var screen: ScreenSpec? = nil
    public var treat: TreatSpec? = nil
    public var normalise: NormaliseSpec = .init()
    public var weights: WeightSpec = .framework
    public var aggregate: AggregateSpec = .init()

    public init() {}
}

extension Recipe {
    /// What the steps before treatment read (denominate, impute, screen). A caller that runs
    /// many recipes (the replayer) computes each stage once per distinct part.
    public struct FrontPart: Hashable, Sendable {
        public let denominate: Bool
        public let impute: ImputeSpec
        public let screen: ScreenSpec?
    }

    /// What the data up to treatment depend on.
    public struct TreatPart: Hashable, Sendable {
        public let front: FrontPart
        public let treat: TreatSpec?
    }

    /// What the normalised data depend on.
    public struct NormalisePart: Hashable, Sendable {
        public let treat: TreatPart
        public let normalise: NormaliseSpec
    }

    public var frontPart: FrontPart { FrontPart(denominate: denominate, impute: impute, screen: screen) }
    public var treatPart: TreatPart { TreatPart(front: frontPart, treat: treat) }
    public var normalisePart: NormalisePart { NormalisePart(treat: treatPart, normalise: normalise) }
}

public struct ImputeSpec: Sendable, Hashable {
    public enum Method: String, Sendable, CaseIterable {
        case none
        case mean
        case median
        case groupMean = "group_mean"
        case groupMedian = "group_median"
    }
    /// How a panel fills a unit's missing reference-year value from its other years.
    public enum PanelMethod: String, Sendable, CaseIterable {
        case none
        /// Last observation carried forward.
        case locf
        /// Next observation carried backward.
        case nocb
        /// Linear interpolation between the nearest earlier and later years.
        case linear
    }
    public var method: Method = .none
    public var group: String? = nil
    public var panel: PanelMethod = .none

    public init(method: Method = .none, group: String? = nil, panel: PanelMethod = .none) {
        self.method = method
        self.group = group
        self.panel = panel
    }
}

public struct ScreenSpec: Sendable, Hashable {
    public enum Basis: String, Sendable, CaseIterable {
        /// Availability counts missing values only (COINr's "byNA").
        case missing
        /// Zeros count as missing too (COINr's "byNAandZeros").
        case missingOrZero = "missing_or_zero"
    }
    /// COINr 1.1.14's `nonzero_thresh` default: a unit is low on non-zeros below 5%.
    public static let defaultNonZeroThreshold = 0.05

    public var threshold: Double
    public var basis: Basis = .missing
    /// Least share of non-zero values among those present (used with `missingOrZero`).
    public var nonZeroThreshold: Double = ScreenSpec.defaultNonZeroThreshold

    public init(threshold: Double, basis: Basis = .missing, nonZeroThreshold: Double = ScreenSpec.defaultNonZeroThreshold) {
        self.threshold = threshold
        self.basis = basis
        self.nonZeroThreshold = nonZeroThreshold
    }
}

public struct TreatSpec: Sendable, Hashable {
    public var winmax: Int = 5
    public var skewThreshold: Double = 2
    public var kurtosisThreshold: Double = 3.5
    /// Indicators left untreated.
    public var skip: Set<String> = []

    public init(winmax: Int = 5, skewThreshold: Double = 2, kurtosisThreshold: Double = 3.5,
                skip: Set<String> = []) {
        self.winmax = winmax
        self.skewThreshold = skewThreshold
        self.kurtosisThreshold = kurtosisThreshold
        self.skip = skip
    }
}

public struct NormaliseSpec: Sendable, Hashable {
    public var method: Normalisation = .minMax(lower: 0, upper: 100)
    public var overrides: [String: Normalisation] = [:]

    public init(method: Normalisation = .minMax(lower: 0, upper: 100),
                overrides: [String: Normalisation] = [:]) {
        self.method = method
        self.overrides = overrides
    }

    public func method(for code: String) -> Normalisation { overrides[code] ?? method }
}

public enum WeightSpec: Sendable, Hashable {
    /// The weights written in the framework.
    case framework
    /// Every child of a node weighs the same.
    case equal
    /// Explicit weights by node code; nodes not listed keep their framework weight.
    case explicit([String: Double])
    /// Indicators weighted by their squared loadings on the first principal component of their
    /// theme's normalised values; higher levels keep their framework weights.
    case pca
}

public struct AggregateSpec: Sendable, Hashable {
    public var method: Aggregation = .arithmetic
    /// Per target level (2 = first aggregates), overriding `method`.
    public var perLevel: [Int: Aggregation] = [:]
    /// Minimum share of a node's children that must be present; below it the result is missing.
    public var minShare: Double = 0

    public init(method: Aggregation = .arithmetic, perLevel: [Int: Aggregation] = [:], minShare: Double = 0) {
        self.method = method
        self.perLevel = perLevel
        self.minShare = minShare
    }

    public func method(forLevel level: Int) -> Aggregation { perLevel[level] ?? method }
}
