/// One replication of a sensitivity design: the parameters COINr's `get_sensitivity` varies
/// in its vignette, and the screening and treatment thresholds, one value each (nil: the
/// study's own).
public struct DesignRow: Sendable, Equatable {
    public var id: String
    public var imputation: ImputeSpec?
    public var screenThreshold: Double?
    public var winmax: Int?
    public var skewThreshold: Double?
    public var kurtosisThreshold: Double?
    public var normalisation: Normalisation?
    public var weightSet: Int?
    public var aggregation: Aggregation?

    public init(id: String, imputation: ImputeSpec? = nil, screenThreshold: Double? = nil, winmax: Int? = nil,
                skewThreshold: Double? = nil, kurtosisThreshold: Double? = nil, normalisation: Normalisation? = nil,
                weightSet: Int? = nil, aggregation: Aggregation? = nil) {
        self.id = id
        self.imputation = imputation
        self.screenThreshold = screenThreshold
        self.winmax = winmax
        self.skewThreshold = skewThreshold
        self.kurtosisThreshold = kurtosisThreshold
        self.normalisation = normalisation
        self.weightSet = weightSet
        self.aggregation = aggregation
    }
}

/// Reads design tables and weight sets in COINr's layouts.
public enum DesignTable {
    /// `rep, Winmax, Normalisation, NormPara, WeightSet, Aggregation` (and `Imputation, ImputePara`,
    /// `ScreenThreshold`, `SkewThreshold`, `KurtThreshold` when those are uncertain); any of the
    /// parameter columns may be absent, then the study's own value is used.
    public static func read(_ path: String) throws -> [DesignRow] {
        let t = try CSVTable.read(path)
        let cRep = try t.column("rep")
        let cWin = t.optionalColumn("Winmax"), cNorm = t.optionalColumn("Normalisation")
        let cPara = t.optionalColumn("NormPara"), cSet = t.optionalColumn("WeightSet")
        let cAgg = t.optionalColumn("Aggregation")
        let cImp = t.optionalColumn("Imputation"), cImpPara = t.optionalColumn("ImputePara")
        let thresholds: [(Int?, String, WritableKeyPath<DesignRow, Double?>, (Double) -> Bool, String)] = [
            (t.optionalColumn("ScreenThreshold"), "ScreenThreshold", \.screenThreshold, { (0...1).contains($0) }, "a share between 0 and 1"),
            (t.optionalColumn("SkewThreshold"), "SkewThreshold", \.skewThreshold, { $0 > 0 }, "a skewness threshold above 0"),
            (t.optionalColumn("KurtThreshold"), "KurtThreshold", \.kurtosisThreshold, { $0 > 0 }, "a kurtosis threshold above 0"),
        ]
        if cNorm != nil && cPara == nil { _ = try t.column("NormPara") }
        if cImp != nil && cImpPara == nil { _ = try t.column("ImputePara") }
        var rows: [DesignRow] = []
        var seen: [String: Int] = [:]
        for r in t.rows {
            let id = r.fields[cRep]
            if let first = seen[id] {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "rep",
                                     found: "replication '\(id)' again (first on line \(first))", expected: "unique rep ids")
            }
            seen[id] = r.line
            var row = DesignRow(id: id)
            if let c = cImp, let p = cImpPara, r.fields[c] != "NA" {
                row.imputation = try imputation(r.fields[c], r.fields[p], file: path, line: r.line)
            }
            for (column, name, keyPath, valid, expected) in thresholds {
                guard let c = column, r.fields[c] != "NA" else { continue }
                guard let v = Double(r.fields[c]), v.isFinite, valid(v) else {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: name, found: "'\(r.fields[c])'", expected: expected)
                }
                row[keyPath: keyPath] = v
            }
            if let c = cWin, r.fields[c] != "NA" {
                guard let w = Int(r.fields[c]), w >= 0 else {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "Winmax", found: "'\(r.fields[c])'", expected: "a whole number of points, 0 or more")
                }
                row.winmax = w
            }
            if let c = cNorm, let p = cPara, r.fields[c] != "NA" {
                row.normalisation = try normalisation(r.fields[c], r.fields[p], file: path, line: r.line)
            }
            if let c = cSet, r.fields[c] != "NA" {
                guard let s = Int(r.fields[c]) else {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "WeightSet", found: "'\(r.fields[c])'", expected: "a weight set number")
                }
                row.weightSet = s
            }
            if let c = cAgg, r.fields[c] != "NA" {
                let text = r.fields[c]
                switch text {
                case "a_amean": row.aggregation = .arithmetic
                case "a_gmean": row.aggregation = .geometric
                case "a_hmean": row.aggregation = .harmonic
                default:
                    guard text.hasPrefix("a_genmean;"), let p = Double(text.dropFirst("a_genmean;".count)) else {
                        throw GapMatrixError(.badData, file: path, line: r.line, field: "Aggregation", found: "'\(text)'",
                                             expected: "a_amean, a_gmean, a_hmean or a_genmean;p")
                    }
                    row.aggregation = .generalised(p: p)
                }
            }
            rows.append(row)
        }
        return rows
    }

    static func normalisation(_ name: String, _ para: String, file: String, line: Int) throws -> Normalisation {
        let parts = para.split(separator: ";").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        func two() throws -> (Double, Double) {
            guard parts.count == 2, let a = parts[0], let b = parts[1] else {
                throw GapMatrixError(.badData, file: file, line: line, field: "NormPara", found: "'\(para)'", expected: "two numbers such as 1;100")
            }
            return (a, b)
        }
        switch name {
        case "n_minmax":
            let (l, u) = try two()
            guard l < u else { throw GapMatrixError(.badData, file: file, line: line, field: "NormPara", found: "'\(para)'", expected: "lower;upper with lower < upper") }
            return .minMax(lower: l, upper: u)
        case "n_zscore":
            let (m, s) = try two()
            guard s > 0 else { throw GapMatrixError(.badData, file: file, line: line, field: "NormPara", found: "'\(para)'", expected: "mean;sd with sd > 0") }
            return .zScore(mean: m, sd: s)
        case "n_rank": return .rank
        case "n_prank": return .percentileRank
        case "n_dist2max": return .distanceToMax
        case "n_fracmax": return .fractionOfMax
        case "n_dist2targ": return .distanceToTarget(capAtOne: para == "cap")
        case "n_goalposts":
            guard let scale = Double(para) else {
                throw GapMatrixError(.badData, file: file, line: line, field: "NormPara", found: "'\(para)'", expected: "the goalpost scale, e.g. 100")
            }
            return .goalposts(scale: scale)
        case "bounds": return .bounds
        case "none": return .none
        default:
            throw GapMatrixError(.badData, file: file, line: line, field: "Normalisation", found: "'\(name)'",
                                 expected: "n_minmax, n_zscore, n_rank, n_prank, n_dist2max, n_fracmax, n_dist2targ, n_goalposts, bounds or none")
        }
    }

    /// COINr's names for the imputation functions, by method.
    static let imputationNames: [(ImputeSpec.Method, String)] = [
        (.none, "none"), (.mean, "i_mean"), (.median, "i_median"), (.groupMean, "i_mean_grp"), (.groupMedian, "i_median_grp"),
    ]

    static func imputation(_ name: String, _ para: String, file: String, line: Int) throws -> ImputeSpec {
        guard let method = imputationNames.first(where: { $0.1 == name })?.0 else {
            throw GapMatrixError(.badData, file: file, line: line, field: "Imputation", found: "'\(name)'",
                                 expected: imputationNames.map(\.1).joined(separator: ", "))
        }
        var spec = ImputeSpec(method: method)
        for part in para == "NA" ? [] : para.split(separator: ";", omittingEmptySubsequences: false) {
            let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
            switch (kv.first, kv.count) {
            case ("group", 2) where !kv[1].isEmpty: spec.group = kv[1]
            case ("panel", 2) where ImputeSpec.PanelMethod(rawValue: kv[1]) != nil: spec.panel = ImputeSpec.PanelMethod(rawValue: kv[1])!
            default:
                throw GapMatrixError(.badData, file: file, line: line, field: "ImputePara", found: "'\(para)'",
                                     expected: "NA, group=<column>, panel=locf|nocb|linear, or both joined by ;")
            }
        }
        if (method == .groupMean || method == .groupMedian) && spec.group == nil {
            throw GapMatrixError(.badData, file: file, line: line, field: "ImputePara", found: "'\(para)' for \(name)",
                                 expected: "group=<column>")
        }
        return spec
    }

    /// The COINr-style name and `ImputePara` of an imputation, as `read` parses them.
    public static func coinrName(_ i: ImputeSpec) -> (String, String) {
        let name = imputationNames.first { $0.0 == i.method }!.1
        var para: [String] = []
        if let g = i.group { para.append("group=\(g)") }
        if i.panel != .none { para.append("panel=\(i.panel.rawValue)") }
        return (name, para.isEmpty ? "NA" : para.joined(separator: ";"))
    }

    /// The COINr-style name and `NormPara` of a normalisation, as `read` parses them.
    public static func coinrName(_ n: Normalisation) -> (String, String) {
        func f(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)" }
        switch n {
        case let .minMax(l, u): return ("n_minmax", "\(f(l));\(f(u))")
        case let .zScore(m, sd): return ("n_zscore", "\(f(m));\(f(sd))")
        case .rank: return ("n_rank", "NA")
        case .percentileRank: return ("n_prank", "NA")
        case .distanceToMax: return ("n_dist2max", "NA")
        case .fractionOfMax: return ("n_fracmax", "NA")
        case let .distanceToTarget(cap): return ("n_dist2targ", cap ? "cap" : "nocap")
        case let .goalposts(scale): return ("n_goalposts", f(scale))
        case .bounds: return ("bounds", "NA")
        case .none: return ("none", "NA")
        }
    }

    /// The COINr name of an aggregation.
    public static func coinrName(_ a: Aggregation) -> String {
        switch a {
        case .arithmetic: "a_amean"
        case .geometric: "a_gmean"
        case .harmonic: "a_hmean"
        case let .generalised(p): "a_genmean;\(p)"
        }
    }

    /// `WeightSet, iCode, Level, Weight`: numbered sets of node weights.
    public static func readWeightSets(_ path: String, framework: Framework) throws -> [Int: [String: Double]] {
        let t = try CSVTable.read(path)
        let cSet = try t.column("WeightSet"), cCode = try t.column("iCode"), cW = try t.column("Weight")
        var sets: [Int: [String: Double]] = [:]
        for r in t.rows {
            guard let s = Int(r.fields[cSet]) else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "WeightSet", found: "'\(r.fields[cSet])'", expected: "a weight set number")
            }
            let code = r.fields[cCode]
            guard framework.node(code) != nil else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "iCode", found: "'\(code)', which is not in the framework", expected: "a framework code")
            }
            let w = try t.number(r, cW)
            guard !w.isNaN, w >= 0 else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "Weight", found: "'\(r.fields[cW])'", expected: "a weight zero or above")
            }
            if sets[s]?[code] != nil {
                throw GapMatrixError(.badData, file: path, line: r.line, found: "weight set \(s) gives '\(code)' twice", expected: "one weight per code and set")
            }
            sets[s, default: [:]][code] = w
        }
        for (s, w) in sets {
            for a in framework.aggregates where framework.children(of: a).allSatisfy({ (w[$0.code] ?? $0.weight) == 0 }) {
                throw GapMatrixError(.badData, file: path, found: "weight set \(s) has all weights zero under '\(a)'",
                                     expected: "at least one positive weight among its children")
            }
        }
        return sets
    }
}
