/// The uncertain parameters, in pipeline order (docs/METHODS.md section 9). The order is part of the
/// reproducibility contract: a replication's uniform numbers feed the declared inputs in this
/// order, and sensitivity indices are reported in it.
extension UncertainParameter {
    public static let all: [UncertainParameter] = [
        UncertainParameter(
            id: "impute", stage: .front, columns: ["Imputation", "ImputePara"], inCOINrLayout: false,
            read: { input in
                try input.onlyKeys(["parameter", "values"])
                let options = try input.mapList("values")
                guard !options.isEmpty else {
                    throw input.error("values", "an empty distribution", "a list of imputations such as [{method: mean}, {method: median}]")
                }
                return .choices(try options.map { .imputation(try RecipeFile.imputation($0)) })
            },
            apply: { v, r, _ in r.impute = v.imputation! },
            decode: { f in
                guard f[0] != "NA" else { return nil }
                do {
                    guard let spec = try ImputeSpec.coinr(f[0], para: f[1]) else {
                        throw CellProblem(column: "Imputation", found: "'\(f[0])'", expected: ImputeSpec.Method.names.coinrList)
                    }
                    return .imputation(spec)
                } catch let p as MethodProblem {
                    throw CellProblem(column: "ImputePara", found: "'\(f[1])' for \(f[0])", expected: p.expected)
                }
            },
            encode: { v in
                let (name, para) = v?.imputation?.coinr ?? ("NA", "NA")
                return [.text(name), .text(para)]
            },
            check: { input, _, inputs in
                guard case let .choices(values) = input else { return }
                for g in values.compactMap({ $0.imputation?.group }) where inputs.units.groups[g] == nil {
                    throw GapMatrixError(.badData, field: "uncertainty.inputs.impute.group", found: "group column '\(g)', which the data do not have",
                                         expected: inputs.units.groupColumns.isEmpty ? "a data set with group columns"
                                             : "one of: \(inputs.units.groupColumns.joined(separator: ", "))")
                }
            },
            phrase: { input, _ in "one of \(input.choiceCount) imputations" }),
        threshold("screen.threshold", stage: .front, column: "ScreenThreshold", valid: { (0...1).contains($0) },
                  many: "shares between 0 and 1", one: "a share between 0 and 1", label: "screening threshold",
                  apply: { t, r in
                      guard r.screen != nil else {
                          throw GapMatrixError(.badData, field: "ScreenThreshold", found: "a screening threshold, but the study does not screen units",
                                               expected: "a study whose recipe has a screen section")
                      }
                      r.screen!.threshold = t
                  },
                  check: { _, study, _ in
                      guard study.recipe.screen == nil else { return }
                      throw GapMatrixError(.badData, field: "uncertainty.inputs.screen.threshold",
                                           found: "an uncertain screening threshold, but the recipe does not screen units",
                                           expected: "a recipe.screen section, or no screen.threshold input")
                  }),
        UncertainParameter(
            id: "treat.winmax", stage: .treat, columns: ["Winmax"], inCOINrLayout: true,
            read: { input in
                try input.onlyKeys(["parameter", "values"])
                let values = try input.scalarList("values") ?? []
                let ints = values.compactMap(Int.init)
                guard !values.isEmpty, ints.count == values.count, ints.allSatisfy({ $0 >= 0 }) else {
                    throw input.error("values", values.isEmpty ? "an empty distribution" : "\(values)", "whole numbers 0 or more, e.g. [1, 2, 3, 4, 5]")
                }
                return .choices(ints.map(DesignValue.whole))
            },
            apply: { v, r, _ in try treated(&r, "Winmax", "a winmax") { $0.winmax = v.whole! } },
            decode: { f in
                guard f[0] != "NA" else { return nil }
                guard let w = Int(f[0]), w >= 0 else { throw CellProblem(column: "Winmax", found: "'\(f[0])'", expected: "a whole number of points, 0 or more") }
                return .whole(w)
            },
            encode: { [.whole($0?.whole)] },
            check: { _, study, _ in try needsTreatment("treat.winmax", study.recipe) },
            phrase: { input, _ in
                guard case let .choices(v) = input else { return "winmax" }
                return "winmax one of " + v.compactMap(\.whole).map(String.init).joined(separator: ", ")
            }),
        threshold("treat.skew", stage: .treat, column: "SkewThreshold", valid: { $0 > 0 },
                  many: "thresholds above 0, e.g. [1.5, 2, 2.5]", one: "a skewness threshold above 0", label: "skewness threshold",
                  apply: { t, r in try treated(&r, "SkewThreshold", "a skewness threshold") { $0.skewThreshold = t } },
                  check: { _, study, _ in try needsTreatment("treat.skew", study.recipe) }),
        threshold("treat.kurtosis", stage: .treat, column: "KurtThreshold", valid: { $0 > 0 },
                  many: "thresholds above 0, e.g. [3, 3.5, 4]", one: "a kurtosis threshold above 0", label: "kurtosis threshold",
                  apply: { t, r in try treated(&r, "KurtThreshold", "a kurtosis threshold") { $0.kurtosisThreshold = t } },
                  check: { _, study, _ in try needsTreatment("treat.kurtosis", study.recipe) }),
        UncertainParameter(
            id: "normalise", stage: .normalise, columns: ["Normalisation", "NormPara"], inCOINrLayout: true,
            read: { input in
                try input.onlyKeys(["parameter", "values"])
                let options = try input.mapList("values")
                guard !options.isEmpty else { throw input.error("values", "an empty distribution", "a list of normalisations") }
                return .choices(try options.map { o in
                    try o.onlyKeys(["method"] + Normalisation.parameterKeys)
                    return .normalisation(try Normalisation.read(o))
                })
            },
            apply: { v, r, _ in r.normalise.method = v.normalisation! },
            decode: { f in
                guard f[0] != "NA" else { return nil }
                do {
                    guard let n = try Normalisation.coinr(f[0], para: f[1]) else {
                        throw CellProblem(column: "Normalisation", found: "'\(f[0])'", expected: Normalisation.names.coinrList)
                    }
                    return .normalisation(n)
                } catch let p as MethodProblem {
                    throw CellProblem(column: "NormPara", found: "'\(f[1])'", expected: p.expected)
                }
            },
            encode: { v in
                let (name, para) = v?.normalisation?.coinr ?? ("NA", "NA")
                return [.text(name), .text(para)]
            },
            check: { _, _, _ in },
            phrase: { input, _ in "one of \(input.choiceCount) normalisations" }),
        UncertainParameter(
            id: "weights", stage: .weights, columns: ["WeightSet"], inCOINrLayout: true,
            read: { input in
                try input.onlyKeys(["parameter", "noise", "levels", "sets"])
                let factor = try input.double("noise")
                guard factor > 0, factor < 1 else { throw input.error("noise", "\(factor)", "a noise factor between 0 and 1, e.g. 0.25") }
                let levels = (try input.scalarList("levels") ?? []).compactMap(Int.init)
                guard !levels.isEmpty else { throw input.error("levels", "no levels", "the levels whose weights are perturbed, e.g. [2, 3]") }
                let sets = try input.optionalInt("sets")
                if let sets, sets < 1 { throw input.error("sets", "\(sets)", "at least one weight set") }
                return .weights(.init(factor: factor, levels: levels, sets: sets))
            },
            apply: { v, r, weightSet in r.weights = .explicit(try weightSet(v.weightSet!)) },
            decode: { f in
                guard f[0] != "NA" else { return nil }
                guard let s = Int(f[0]) else { throw CellProblem(column: "WeightSet", found: "'\(f[0])'", expected: "a weight set number") }
                return .weightSet(s)
            },
            encode: { [.whole($0?.weightSet)] },
            check: { input, _, inputs in
                guard case let .weights(w) = input else { return }
                for level in w.levels where !(1...inputs.framework.levelCount).contains(level) {
                    throw GapMatrixError(.badData, field: "uncertainty.inputs.weights.levels",
                                         found: "level \(level)", expected: "a level of the framework, 1 to \(inputs.framework.levelCount)")
                }
            },
            phrase: { input, _ in
                guard case let .weights(w) = input else { return "weights" }
                return "weights +-\(CFormat.fixed(100 * w.factor, 0))% at level" + (w.levels.count > 1 ? "s " : " ")
                    + w.levels.map(String.init).joined(separator: ", ")
            }),
        UncertainParameter(
            id: "aggregate.method", stage: .aggregate, columns: ["Aggregation"], inCOINrLayout: true,
            read: { input in
                try input.onlyKeys(["parameter", "values", "p"])
                let values = try input.scalarList("values") ?? []
                guard !values.isEmpty else { throw input.error("values", "an empty distribution", "a list such as [arithmetic, geometric]") }
                return .choices(try values.map { .aggregation(try RecipeFile.aggregation($0, p: try input.optionalDouble("p"), input, "values")) })
            },
            apply: { v, r, _ in r.aggregate.method = v.aggregation! },
            decode: { f in
                guard f[0] != "NA" else { return nil }
                guard let a = Aggregation.coinr(f[0]) else { throw CellProblem(column: "Aggregation", found: "'\(f[0])'", expected: Aggregation.coinrForms) }
                return .aggregation(a)
            },
            encode: { [.text($0?.aggregation?.coinr)] },
            check: { _, _, _ in },
            phrase: { input, _ in "one of \(input.choiceCount) aggregation methods" }),
    ] + assessmentParameters

    /// The choices that change the assessment, not the recipe (`Stage.assessment`,
    /// `AssessmentVariation`): they leave scores alone and move roles, which indicators count
    /// and relative thresholds, hence colours and gap classes (`GapStability`).
    private static let assessmentParameters: [UncertainParameter] = [
        // Roles come first: they decide which cells apply before anything is rated.
        threshold("roles.scale", stage: .assessment, column: "RoleScale", valid: { $0 > 0 && $0.isFinite },
                  many: "factors above 0, e.g. [0.8, 1.2]", one: "a factor above 0", label: "role cut-offs times",
                  check: { _, study, _ in
                      try needsAssessment("roles.scale", study)
                      guard study.roles == nil else { return }
                      throw GapMatrixError(.badData, field: "uncertainty.inputs.roles.scale", found: "uncertain role cut-offs, but the study has no roles: section",
                                           expected: "role rules under roles:, or no roles.scale input")
                  },
                  adjust: { t, a in a.roleScale = t }),
        UncertainParameter(
            id: "exclude.indicator", stage: .assessment, columns: ["ExcludedIndicator"], inCOINrLayout: false,
            read: { input in
                try input.onlyKeys(["parameter", "values"])
                if let s = input.scalar("values") {
                    guard s == "scored" else { throw input.error("values", "'\(s)'", "scored, or a list such as [none, CODE1, CODE2]") }
                    return .scoredIndicators
                }
                let values = try input.scalarList("values") ?? []
                guard !values.isEmpty else { throw input.error("values", "an empty distribution", "scored, or a list such as [none, CODE1, CODE2]") }
                return .choices(values.map { .exclusion($0 == "none" ? nil : $0) })
            },
            apply: { _, _, _ in },
            decode: { f in
                guard f[0] != "NA" else { return nil }
                return .exclusion(f[0] == "none" ? nil : f[0])
            },
            encode: { v in
                guard let e = v?.exclusion else { return [.text(nil)] }
                return [.text(e ?? "none")]
            },
            check: { input, study, inputs in
                try needsAssessment("exclude.indicator", study)
                guard case let .choices(values) = input else { return }
                let codes = Set(inputs.framework.indicators)
                for case let .exclusion(code?) in values where !codes.contains(code) {
                    throw GapMatrixError(.badData, field: "uncertainty.inputs.exclude.indicator", found: "'\(code)', which is not an indicator of the framework",
                                         expected: "none or scored indicator codes")
                }
            },
            phrase: { input, _ in
                if case .scoredIndicators = input { return "one scored indicator left out at random, or none" }
                return "one of \(input.choiceCount) exclusions"
            },
            adjust: { v, a in a.excluded = v.exclusion ?? nil }),
        threshold("ratings.relative_shift", stage: .assessment, column: "RelativeShift", valid: { abs($0) < 0.5 },
                  many: "quantile shifts between -0.5 and 0.5, e.g. [-0.05, 0.05]", one: "a quantile shift between -0.5 and 0.5",
                  label: "relative-threshold quantiles shifted (+ stricter)",
                  check: { _, study, inputs in
                      try needsAssessment("ratings.relative_shift", study)
                      guard !inputs.framework.nodes.contains(where: { $0.rating.relative != nil }) else { return }
                      throw GapMatrixError(.badData, field: "uncertainty.inputs.ratings.relative_shift",
                                           found: "uncertain relative thresholds, but no indicator of the framework has relative thresholds",
                                           expected: "an indicator with relative: {green, red}, or no ratings.relative_shift input")
                  },
                  adjust: { t, a in a.relativeShift = t }),
    ]

    private static func needsAssessment(_ id: String, _ study: Study) throws {
        guard study.ratings == nil else { return }
        throw GapMatrixError(.badData, field: "uncertainty.inputs.\(id)", found: "an uncertain assessment choice, but the study has no ratings: section",
                             expected: "a study with ratings, or no \(id) input")
    }

    /// A numeric threshold: `values: [...]` or `uniform: [low, high]` in the study file, one
    /// number column in a design table.
    static func threshold(_ id: String, stage: Stage, column: String, valid: @escaping @Sendable (Double) -> Bool, many: String, one: String,
                          label: String, apply: @escaping @Sendable (Double, inout Recipe) throws -> Void = { _, _ in },
                          check: @escaping @Sendable (UncertainInput, Study, StudyInputs) throws -> Void,
                          adjust: @escaping @Sendable (Double, inout AssessmentVariation) -> Void = { _, _ in }) -> UncertainParameter {
        UncertainParameter(
            id: id, stage: stage, columns: [column], inCOINrLayout: false,
            read: { .number(try UncertaintySpec.distribution($0, valid: valid, expected: many)) },
            apply: { v, r, _ in try apply(v.number!, &r) },
            decode: { f in
                guard f[0] != "NA" else { return nil }
                guard let v = Double(f[0]), v.isFinite, valid(v) else { throw CellProblem(column: column, found: "'\(f[0])'", expected: one) }
                return .number(v)
            },
            encode: { [.number($0?.number)] },
            check: check,
            phrase: { input, number in
                guard case let .number(d) = input else { return label }
                switch d {
                case let .values(v): return label + " one of " + v.map(number).joined(separator: ", ")
                case let .uniform(a, b): return label + " from \(number(a)) to \(number(b))"
                }
            },
            adjust: { v, a in adjust(v.number!, &a) })
    }

    /// Changes the recipe's treatment, which must exist: a row never switches treatment on.
    private static func treated(_ r: inout Recipe, _ column: String, _ what: String, _ change: (inout TreatSpec) -> Void) throws {
        guard r.treat != nil else {
            throw GapMatrixError(.badData, field: column, found: "\(what), but the study does not treat outliers",
                                 expected: "a study whose recipe has a treat section")
        }
        change(&r.treat!)
    }

    private static func needsTreatment(_ id: String, _ recipe: Recipe) throws {
        guard recipe.treat == nil else { return }
        throw GapMatrixError(.badData, field: "uncertainty.inputs.\(id)", found: "an uncertain treatment parameter, but the recipe does not treat outliers",
                             expected: "a recipe.treat section, or no \(id) input")
    }
}

extension UncertainInput {
    var choiceCount: Int {
        if case let .choices(v) = self { return v.count }
        return 0
    }
}
