/// Typed views of the registry's parameters, for code and tests that name a parameter they
/// know. They add nothing: each reads or writes the generic storage that everything else
/// iterates (`UncertaintySpec.inputs`, `DesignRow.values`), so a new parameter needs none.
extension UncertaintySpec {
    public init(target: String? = nil, imputations: [ImputeSpec]? = nil, winmax: [Int]? = nil,
                normalisations: [Normalisation]? = nil, weights: WeightNoise? = nil, aggregations: [Aggregation]? = nil) {
        self.init(target: target)
        self.imputations = imputations
        self.winmax = winmax
        self.normalisations = normalisations
        self.weights = weights
        self.aggregations = aggregations
    }

    private func choices<T>(_ id: String, _ value: (DesignValue) -> T?) -> [T]? {
        guard case let .choices(v) = inputs[id] else { return nil }
        return v.compactMap(value)
    }

    private func number(_ id: String) -> Distribution? {
        guard case let .number(d) = inputs[id] else { return nil }
        return d
    }

    public var imputations: [ImputeSpec]? {
        get { choices("impute", \.imputation) }
        set { inputs["impute"] = newValue.map { .choices($0.map(DesignValue.imputation)) } }
    }
    public var screenThreshold: Distribution? {
        get { number("screen.threshold") }
        set { inputs["screen.threshold"] = newValue.map(UncertainInput.number) }
    }
    public var winmax: [Int]? {
        get { choices("treat.winmax", \.whole) }
        set { inputs["treat.winmax"] = newValue.map { .choices($0.map(DesignValue.whole)) } }
    }
    public var skewThreshold: Distribution? {
        get { number("treat.skew") }
        set { inputs["treat.skew"] = newValue.map(UncertainInput.number) }
    }
    public var kurtosisThreshold: Distribution? {
        get { number("treat.kurtosis") }
        set { inputs["treat.kurtosis"] = newValue.map(UncertainInput.number) }
    }
    public var normalisations: [Normalisation]? {
        get { choices("normalise", \.normalisation) }
        set { inputs["normalise"] = newValue.map { .choices($0.map(DesignValue.normalisation)) } }
    }
    public var weights: WeightNoise? {
        get {
            guard case let .weights(w) = inputs["weights"] else { return nil }
            return w
        }
        set { inputs["weights"] = newValue.map(UncertainInput.weights) }
    }
    public var aggregations: [Aggregation]? {
        get { choices("aggregate.method", \.aggregation) }
        set { inputs["aggregate.method"] = newValue.map { .choices($0.map(DesignValue.aggregation)) } }
    }
}

extension DesignRow {
    public init(id: String, imputation: ImputeSpec? = nil, screenThreshold: Double? = nil, winmax: Int? = nil,
                skewThreshold: Double? = nil, kurtosisThreshold: Double? = nil, normalisation: Normalisation? = nil,
                weightSet: Int? = nil, aggregation: Aggregation? = nil) {
        self.init(id: id)
        self["impute"] = imputation.map(DesignValue.imputation)
        self["screen.threshold"] = screenThreshold.map(DesignValue.number)
        self["treat.winmax"] = winmax.map(DesignValue.whole)
        self["treat.skew"] = skewThreshold.map(DesignValue.number)
        self["treat.kurtosis"] = kurtosisThreshold.map(DesignValue.number)
        self["normalise"] = normalisation.map(DesignValue.normalisation)
        self["weights"] = weightSet.map(DesignValue.weightSet)
        self["aggregate.method"] = aggregation.map(DesignValue.aggregation)
    }

    public var imputation: ImputeSpec? { self["impute"]?.imputation }
    public var screenThreshold: Double? { self["screen.threshold"]?.number }
    public var winmax: Int? { self["treat.winmax"]?.whole }
    public var skewThreshold: Double? { self["treat.skew"]?.number }
    public var kurtosisThreshold: Double? { self["treat.kurtosis"]?.number }
    public var normalisation: Normalisation? { self["normalise"]?.normalisation }
    public var weightSet: Int? { self["weights"]?.weightSet }
    public var aggregation: Aggregation? { self["aggregate.method"]?.aggregation }
}
