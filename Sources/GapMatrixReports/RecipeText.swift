import Foundation
import GapMatrix

/// The recipe that ran, in words: every document that states how scores were made builds its
/// sentences here from the `Recipe` value (and the build's step records), so the text cannot
/// say "no imputation" while the pipeline imputed.
enum RecipeText {
    /// How indicators become scores and scores are combined, as one clause list for the methods
    /// note, e.g. "bounds normalisation s = ...; theme score = mean of its indicators' scores; ...".
    static func scores(_ build: Build, _ f: Framework) -> String {
        var text = normalisation(build.recipe.normalise.method, long: true)
        let overrides = build.recipe.normalise.overrides.sorted { $0.key < $1.key }
        if !overrides.isEmpty {
            text += " (" + overrides.map { "\($0.key): \(normalisation($0.value, long: true))" }.joined(separator: ", ") + ")"
        }
        return text + "; " + aggregation(build, f)
    }

    /// Short form for a dashboard's intro, e.g. "Index scores 0-100 (bounds normalisation, arithmetic means)".
    static func indexScores(_ r: Recipe) -> String {
        let range: String = switch r.normalise.method {
        case .bounds: " 0-100"
        case let .minMax(l, u): " \(Bounds.fmt(l))-\(Bounds.fmt(u))"
        default: ""
        }
        let methods = Set([r.aggregate.method] + r.aggregate.perLevel.values).map(aggregationName).sorted()
        return "Index scores\(range) (\(normalisation(r.normalise.method, long: false))\(r.normalise.overrides.isEmpty ? "" : " with overrides"), "
            + methods.joined(separator: " and ") + " means)"
    }

    /// The steps before normalisation, one sentence each, with what they did in this build.
    static func steps(_ build: Build) -> [String] {
        let r = build.recipe
        var out: [String] = []
        if r.denominate {
            out.append("Indicators with a denominator are divided by it (\(build.denomination.pairs.count) indicators).")
        }
        out.append(imputation(r.impute, points: build.imputedPoints.count))
        if let s = r.screen {
            let dropped = build.screening.filter { !$0.included }.count
            let basis = s.basis == .missing ? "" : " or with a share of non-zero values below \(percent(s.nonZeroThreshold)) among the values present"
            out.append("Units with fewer than \(percent(s.threshold)) of their indicators available\(basis) are screened out "
                       + "(\(dropped) of \(build.screening.count) units).")
        }
        if let t = r.treat {
            let treated = build.treatment.details.filter { $0.winsorised != nil || $0.logTransformed }.count
            out.append("Outliers: an indicator with absolute skew of at least \(Bounds.fmt(t.skewThreshold)) and kurtosis of at "
                       + "least \(Bounds.fmt(t.kurtosisThreshold)) has up to \(t.winmax) extreme points winsorised, or is "
                       + "log-transformed when that is not enough (\(treated) indicators treated, \(build.treatment.points.count) points"
                       + (t.skip.isEmpty ? "" : "; not treated: \(t.skip.sorted().joined(separator: ", "))") + ").")
        }
        return out
    }

    static func imputation(_ i: ImputeSpec, points: Int) -> String {
        guard i.method != .none || i.panel != .none else { return "No imputation: a missing value stays missing." }
        var how: [String] = []
        switch i.panel {
        case .none: break
        case .locf: how.append("the unit's latest earlier value")
        case .nocb: how.append("the unit's next later value")
        case .linear: how.append("linear interpolation between the unit's nearest earlier and later values")
        }
        switch i.method {
        case .none: break
        case .mean: how.append("the indicator's mean over units")
        case .median: how.append("the indicator's median over units")
        case .groupMean: how.append("the indicator's mean over the unit's \(i.group ?? "group") group")
        case .groupMedian: how.append("the indicator's median over the unit's \(i.group ?? "group") group")
        }
        return "Imputation: a missing value is filled with " + how.joined(separator: ", then ")
            + " (\(points) values imputed; they are scored and flagged as imputed)."
    }

    static func normalisation(_ n: Normalisation, long: Bool) -> String {
        switch n {
        case .bounds: long ? "bounds normalisation s = clamp(100 (x - LB) / (OPT - LB), 0, 100)" : "bounds normalisation"
        case let .minMax(l, u): "min-max normalisation" + (long ? " onto [\(Bounds.fmt(l)), \(Bounds.fmt(u))]" : "")
        case let .zScore(m, sd): "z-scores" + (long ? " with mean \(Bounds.fmt(m)) and standard deviation \(Bounds.fmt(sd))" : "")
        case .rank: "rank normalisation (1 = lowest)"
        case .percentileRank: "percentile ranks"
        case let .goalposts(scale): "goalposts from the framework, truncated, times \(Bounds.fmt(scale))"
        case let .distanceToTarget(cap): "distance to the framework's target" + (cap ? ", capped at 1" : "")
        case .distanceToMax: "distance to the maximum"
        case .fractionOfMax: "fraction of the maximum"
        case .none: "no normalisation (direction applied)"
        }
    }

    static func aggregationName(_ a: Aggregation) -> String {
        switch a {
        case .arithmetic: "arithmetic"
        case .geometric: "geometric"
        case .harmonic: "harmonic"
        case let .generalised(p): "generalised (p = \(Bounds.fmt(p)))"
        }
    }

    /// Level by level: "theme score = mean of its indicators' scores; index = mean of the theme
    /// scores" for a three-level framework with equal arithmetic weights.
    static func aggregation(_ build: Build, _ f: Framework) -> String {
        let r = build.recipe
        let weighting: String = switch r.weights {
        case .framework: "the framework's weights"
        case .equal: "equal weights"
        case .explicit: "the study's weights"
        case .pca: "PCA weights for indicators and the framework's above"
        }
        func mean(_ level: Int) -> String {
            let m = r.aggregate.method(forLevel: level)
            let name = m == .arithmetic ? "" : aggregationName(m) + " "
            let aggregates = f.aggregates.filter { f.node($0)!.level == level }
            let equal = aggregates.allSatisfy { code in Set(f.children(of: code).map { build.weights[$0.code] ?? .nan }).count <= 1 }
            return equal ? "\(name)mean" : "\(name)weighted mean (\(weighting))"
        }
        var text: String
        if f.levelCount == 3 {
            text = "theme score = \(mean(2)) of its indicators' scores; index = \(mean(3)) of the theme scores"
        } else {
            text = (2...max(2, f.levelCount)).map { "level \($0) = \(mean($0)) of its children's scores" }.joined(separator: "; ")
        }
        if r.aggregate.minShare > 0 {
            text += "; an aggregate needs at least \(percent(r.aggregate.minShare)) of its children"
        }
        return text
    }

    static func percent(_ x: Double) -> String { String(Int((x * 100).rounded())) + "%" }
}
