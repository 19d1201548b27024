/// A design row applied to a recipe gives a recipe: replaying a row means regenerating that
/// recipe (`Replayer` does so with cached stages, and a test holds it to `Regenerate.run`).
///
/// Each value a row gives replaces the one recipe field it names, and nothing else changes:
/// - an imputation replaces `impute`; a screening threshold replaces `screen.threshold` (the
///   basis stays); winmax and the skewness and kurtosis thresholds replace those of `treat`
///   (skipped indicators stay). A recipe without a `screen` or `treat` section has nothing to
///   vary: such a row is an error, never a silent switch-on of the step.
/// - a normalisation replaces `normalise.method`; per-indicator overrides stay.
/// - a weight set is a full weight vector in framework node order and becomes explicit
///   weights. With `weights: pca` the sets are drawn around the nominal build's PCA weights
///   (`Weights.nominal`), so the noise perturbs PCA; a row without a weight set keeps `pca`,
///   and its replication recomputes PCA on its own normalised data, as `Regenerate` does.
/// - an aggregation replaces `aggregate.method`; per-level methods stay (a level the recipe
///   aggregates its own way keeps its method) and so does the minimum share.
extension Recipe {
    public func applying(_ row: DesignRow, weightSets: [Int: [Double]], framework: Framework) throws -> Recipe {
        var r = try applyingChoices(row)
        if let s = row.weightSet {
            r.weights = .explicit(framework.weightDictionary(try DesignRow.weightSet(s, in: weightSets, row: row.id)))
        }
        return r
    }

    /// The row applied, except its weight set (which the replayer resolves by number).
    func applyingChoices(_ row: DesignRow) throws -> Recipe {
        var r = self
        if let i = row.imputation { r.impute = i }
        if let t = row.screenThreshold {
            guard r.screen != nil else {
                throw GapMatrixError(.badData, field: "ScreenThreshold", found: "a screening threshold, but the study does not screen units",
                                     expected: "a study whose recipe has a screen section")
            }
            r.screen!.threshold = t
        }
        let treatment: [(Any?, String, String)] = [(row.winmax, "Winmax", "a winmax"), (row.skewThreshold, "SkewThreshold", "a skewness threshold"),
                                                    (row.kurtosisThreshold, "KurtThreshold", "a kurtosis threshold")]
        if r.treat == nil, let (_, column, what) = treatment.first(where: { $0.0 != nil }) {
            throw GapMatrixError(.badData, field: column, found: "\(what), but the study does not treat outliers",
                                 expected: "a study whose recipe has a treat section")
        }
        if let w = row.winmax { r.treat!.winmax = w }
        if let s = row.skewThreshold { r.treat!.skewThreshold = s }
        if let k = row.kurtosisThreshold { r.treat!.kurtosisThreshold = k }
        if let n = row.normalisation { r.normalise.method = n }
        if let a = row.aggregation { r.aggregate.method = a }
        return r
    }
}

extension DesignRow {
    /// Weight set `number`, or an error naming the replication.
    static func weightSet(_ number: Int, in sets: [Int: [Double]], row id: String) throws -> [Double] {
        guard let w = sets[number] else {
            throw GapMatrixError(.badData, field: "WeightSet", found: "weight set \(number) in replication \(id), which the weight sets do not contain",
                                 expected: "a weight set number present in the weight-set file")
        }
        return w
    }
}
