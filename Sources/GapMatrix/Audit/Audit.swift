/// The statistical audit of a built index (docs/METHODS.md section 8; COINr's get_corr,
/// get_cronbach, get_PCA and get_denom_corr): correlations within and across levels,
/// Cronbach's alpha and principal components per theme, and the flags a reviewer checks first.
public struct Audit: Sendable {
    public struct Thresholds: Sendable, Equatable {
        public var collinearity = 0.9
        public var alpha = 0.7
        public var denominator = 0.6
        public init() {}
    }

    public struct Theme: Sendable {
        public var code: String
        public var children: [String]
        /// Cronbach's alpha of the children (pairwise covariances, as COINr); NaN with fewer than 2 children.
        public var alpha: Double
        /// Share of variance on the first principal component of the children's correlations.
        public var firstComponentShare: Double
        /// Loadings of the first component (sign chosen so they sum to a positive number).
        public var loadings: [Double]
        /// Units with every child present (the cases the principal components use).
        public var cases: Int
    }

    public struct Flag: Sendable, Equatable {
        public var kind: String
        public var theme: String
        public var a: String
        public var b: String
        public var value: Double
        public var threshold: Double
    }

    public let columns: [String]
    public let pearson: [[Double]]
    public let spearman: [[Double]]
    public let themes: [Theme]
    public let flags: [Flag]
    /// The JRC coherence checks of each theme (section 8.1), kept apart from the COINr flags above.
    public let coherence: Coherence

    public static func run(_ inputs: StudyInputs, build: Build, thresholds: Thresholds = .init()) throws -> Audit {
        let data = build.aggregated
        let cols = data.columns
        let columnData = (0..<cols.count).map { data.column($0) }
        var pearson = Array(repeating: Array(repeating: Double.nan, count: cols.count), count: cols.count)
        var spearman = pearson
        for i in cols.indices {
            for j in i..<cols.count {
                let (x, y) = pairwise(columnData[i], columnData[j])
                let p = x.count >= 3 ? GSL.pearson(x, y) : .nan
                let s = x.count >= 3 ? GSL.spearman(x, y) : .nan
                pearson[i][j] = p; pearson[j][i] = p
                spearman[i][j] = s; spearman[j][i] = s
            }
        }
        let f = inputs.framework
        var themes: [Theme] = []
        var flags: [Flag] = []
        let index = Dictionary(uniqueKeysWithValues: cols.enumerated().map { ($1, $0) })
        for code in f.aggregates {
            let children = f.children(of: code).map(\.code)
            let c = children.compactMap { index[$0] }
            let rows = completeCases(c.map { columnData[$0] })
            var alpha = Double.nan, share = Double.nan, loadings: [Double] = []
            if children.count >= 2 {
                alpha = cronbach(c.map { columnData[$0] })
                if rows.first.map({ $0.count >= 3 }) == true, let pc = try firstComponent(rows) { (share, loadings) = pc }
            }
            themes.append(Theme(code: code, children: children, alpha: alpha, firstComponentShare: share, loadings: loadings,
                                cases: rows.first?.count ?? 0))
            if !alpha.isNaN && alpha < thresholds.alpha {
                flags.append(Flag(kind: "low alpha", theme: code, a: code, b: "", value: alpha, threshold: thresholds.alpha))
            }
            for (x, ci) in zip(children, c) {
                for (y, cj) in zip(children, c) where ci < cj && abs(pearson[ci][cj]) >= thresholds.collinearity {
                    flags.append(Flag(kind: "collinear", theme: code, a: x, b: y, value: pearson[ci][cj], threshold: thresholds.collinearity))
                }
                if let p = index[code], pearson[ci][p] < 0 {
                    flags.append(Flag(kind: "negative with parent", theme: code, a: x, b: code, value: pearson[ci][p], threshold: 0))
                }
            }
        }
        let dens = inputs.units.denominators
        for (c, code) in build.raw.columns.enumerated() where dens.columnCount > 0 {
            let x = build.raw.column(c)
            for den in dens.columns {
                let dcol = build.raw.units.map { dens.value(unit: $0, column: den) ?? .nan }
                let (a, b) = pairwise(x, dcol)
                guard a.count >= 3 else { continue }
                let r = GSL.pearson(a, b)
                if abs(r) >= thresholds.denominator {
                    flags.append(Flag(kind: "denominator", theme: f.node(code)?.parent ?? "", a: code, b: den, value: r, threshold: thresholds.denominator))
                }
            }
        }
        return Audit(columns: cols, pearson: pearson, spearman: spearman, themes: themes, flags: flags,
                     coherence: Coherence.run(build, framework: f))
    }

    /// The pairs where both values are present (R's "pairwise.complete.obs").
    static func pairwise(_ x: [Double], _ y: [Double]) -> ([Double], [Double]) {
        var a: [Double] = [], b: [Double] = []
        for i in x.indices where !x[i].isNaN && !y[i].isNaN {
            a.append(x[i])
            b.append(y[i])
        }
        return (a, b)
    }

    /// The columns restricted to rows where every column is present.
    static func completeCases(_ columns: [[Double]]) -> [[Double]] {
        guard let n = columns.first?.count else { return [] }
        let keep = (0..<n).filter { r in columns.allSatisfy { !$0[r].isNaN } }
        return columns.map { c in keep.map { c[$0] } }
    }

    /// Cronbach's alpha as COINr's `get_cronbach` computes it: alpha = k^2 mean(off-diagonal covariances)
    /// / sum(all covariances), each covariance over the units where both items are present (R's
    /// "pairwise.complete.obs"; a pair with fewer than two such units is left out of both sums). On complete
    /// data this is k / (k - 1) (1 - sum of item variances / variance of the total).
    public static func cronbach(_ columns: [[Double]]) -> Double {
        let k = columns.count
        guard k >= 2 else { return .nan }
        var all = 0.0, diagonal = 0.0
        for i in 0..<k {
            for j in i..<k {
                let (x, y) = pairwise(columns[i], columns[j])
                guard x.count >= 2 else { continue }
                let c = GSL.covariance(x, y)
                if i == j { diagonal += c; all += c } else { all += 2 * c }
            }
        }
        let offDiagonalMean = (all - diagonal) / Double(k * (k - 1))
        return Double(k * k) * offDiagonalMean / all
    }

    /// First-component loadings and variance share of some columns (complete cases).
    public static func firstComponent(_ columns: [[Double]]) throws -> (share: Double, loadings: [Double])? {
        let rows = completeCases(columns)
        guard columns.count >= 2, let n = rows.first?.count, n >= 3 else { return nil }
        let corr = rows.indices.map { a in rows.indices.map { b in GSL.pearson(rows[a], rows[b]) } }
        guard corr.allSatisfy({ $0.allSatisfy { !$0.isNaN } }) else { return nil }
        let (values, vectors) = try GSL.symmetricEigen(corr)
        var loadings = vectors[0]
        if loadings.reduce(0, +) < 0 { loadings = loadings.map { -$0 } }
        return (values[0] / values.reduce(0, +), loadings)
    }

    /// Weights from the first principal component: squared loadings, which sum to one.
    public static func pcaWeights(_ theme: Theme) -> [String: Double] {
        guard !theme.loadings.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(theme.children, theme.loadings.map { $0 * $0 }))
    }
}
