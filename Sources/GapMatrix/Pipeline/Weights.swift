/// Resolves a recipe's weight choice into one weight per framework node.
///
/// `resolve(_:framework:normalised:)` is the one resolver: `Regenerate`, the replayer and the
/// uncertainty design all go through it (or through `nominal`, its value on the nominal build),
/// so PCA weights are never mistaken for the framework's.
public enum Weights {
    /// The weights a recipe aggregates `normalised` with: PCA reads the normalised data, every
    /// other choice ignores them.
    public static func resolve(_ spec: WeightSpec, framework: Framework, normalised: Dataset) throws -> [String: Double] {
        let w = try fixed(spec, framework: framework)
        return spec == .pca ? try pca(w, normalised: normalised, framework: framework) : w
    }

    /// The weights of the recipe's nominal build: what a weight set read from a file falls back
    /// on for the codes it leaves out, and what uncertainty analysis perturbs (for `pca`, the
    /// loadings on the nominal normalised data).
    public static func nominal(_ inputs: StudyInputs, recipe: Recipe) throws -> [String: Double] {
        recipe.weights == .pca ? try Regenerate.run(inputs, recipe: recipe).weights : try fixed(recipe.weights, framework: inputs.framework)
    }

    /// The weights of a choice that needs no data; for `pca`, those of the nodes PCA leaves alone
    /// (the framework's).
    static func fixed(_ spec: WeightSpec, framework: Framework) throws -> [String: Double] {
        var w: [String: Double] = [:]
        for n in framework.nodes { w[n.code] = n.weight }
        switch spec {
        case .framework, .pca:
            break
        case .equal:
            for n in framework.nodes { w[n.code] = 1 }
        case let .explicit(given):
            for (code, value) in given {
                guard framework.node(code) != nil else {
                    throw GapMatrixError(.badData, field: code, found: "a weight for '\(code)', which is not in the framework",
                                         expected: "weights for framework codes only")
                }
                guard value.isFinite, value >= 0 else {
                    throw GapMatrixError(.badData, field: code, found: "weight \(value) for '\(code)'",
                                         expected: "a weight that is zero or positive")
                }
                w[code] = value
            }
            for a in framework.aggregates where framework.children(of: a).allSatisfy({ w[$0.code] == 0 }) {
                throw GapMatrixError(.badData, field: a, found: "all weights zero under '\(a)'",
                                     expected: "at least one positive weight among its children")
            }
        }
        return w
    }

    /// PCA weights for every aggregate whose children are indicators, from the normalised data;
    /// a theme where the components cannot be computed keeps its weights.
    public static func pca(_ base: [String: Double], normalised: Dataset, framework: Framework) throws -> [String: Double] {
        var out = base
        for a in framework.aggregates {
            let children = framework.children(of: a)
            guard children.count >= 2, children.allSatisfy({ $0.kind == .indicator }) else { continue }
            let columns = children.compactMap { normalised.columnIndex($0.code) }.map { normalised.column($0) }
            guard columns.count == children.count, let pc = try Audit.firstComponent(columns) else { continue }
            for (c, l) in zip(children, pc.loadings) { out[c.code] = l * l }
        }
        return out
    }
}
