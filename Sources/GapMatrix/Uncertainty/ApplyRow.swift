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
        var r = self
        for (i, p) in UncertainParameter.all.enumerated() {
            guard let v = row.values[i] else { continue }
            try p.apply(v, &r) { framework.weightDictionary(try DesignRow.weightSet($0, in: weightSets, row: row.id)) }
        }
        return r
    }

    /// The row applied, except its weight set (which the replayer resolves by number).
    func applyingChoices(_ row: DesignRow) throws -> Recipe {
        var r = self
        let all = UncertainParameter.all
        for i in row.values.indices {
            guard let v = row.values[i], all[i].stage != .weights else { continue }
            try all[i].apply(v, &r) { _ in preconditionFailure("weights are applied by the caller") }
        }
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
