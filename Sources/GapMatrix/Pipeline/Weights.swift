/// Resolves a recipe's weight choice into one weight per framework node.
public enum Weights {
    public static func resolve(_ spec: WeightSpec, framework: Framework) throws -> [String: Double] {
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
