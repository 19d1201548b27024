import Testing
@testable import GapMatrix

/// Every method enum's names, and every uncertain parameter's study-file and design-table
/// forms, survive a round trip for every case.
@Suite struct MethodNamesTests {
    /// Each kind has one entry; study and COINr names are unique and read back to their kind.
    func roundTrip<K: Hashable & CaseIterable>(_ names: MethodNames<K>, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(names.entries.map(\.kind).count == K.allCases.count, sourceLocation: sourceLocation)
        #expect(Set(names.entries.map(\.kind)) == Set(K.allCases), sourceLocation: sourceLocation)
        #expect(Set(names.entries.map(\.study)).count == names.entries.count, sourceLocation: sourceLocation)
        #expect(Set(names.entries.map(\.coinr)).count == names.entries.count, sourceLocation: sourceLocation)
        for k in K.allCases {
            #expect(names.kind(study: names.study(k)) == k, sourceLocation: sourceLocation)
            #expect(names.kind(coinr: names.coinr(k)) == k, sourceLocation: sourceLocation)
            #expect(names.kind(study: names.coinr(k)) == k, sourceLocation: sourceLocation)
        }
        #expect(names.kind(study: "nonsense") == nil && names.kind(coinr: "nonsense") == nil, sourceLocation: sourceLocation)
    }

    @Test func everyCodecRoundTrips() {
        roundTrip(Normalisation.names)
        roundTrip(Aggregation.names)
        roundTrip(ImputeSpec.Method.names)
        roundTrip(ImputeSpec.PanelMethod.names)
        roundTrip(ScreenSpec.Basis.names)
        // Study names are the raw values the rest of the code and the reports print.
        for m in ImputeSpec.Method.allCases { #expect(ImputeSpec.Method.names.study(m) == m.rawValue) }
        for m in ImputeSpec.PanelMethod.allCases { #expect(ImputeSpec.PanelMethod.names.study(m) == m.rawValue) }
        for b in ScreenSpec.Basis.allCases { #expect(ScreenSpec.Basis.names.study(b) == b.rawValue) }
        #expect(ScreenSpec.Basis.names.coinr(.missingOrZero) == "byNAandZeros")
        #expect(Aggregation.names.kind(study: "generalized") == .generalised)
        #expect(Normalisation.names.studyList.hasSuffix(", bounds or none"))
    }

    @Test func normalisationsRoundTripThroughDesignTablesAndStudyFiles() throws {
        #expect(Set(Normalisation.examples.map(\.kind)) == Set(Normalisation.Kind.allCases))
        for n in Normalisation.examples {
            let (name, para) = n.coinr
            #expect(try Normalisation.coinr(name, para: para) == n, "\(name) \(para)")
        }
        #expect(Normalisation.minMax(lower: 1, upper: 100).coinr == ("n_minmax", "1;100"))
        #expect(Normalisation.zScore(mean: 10, sd: 2).coinr == ("n_zscore", "10;2"))
        // A study file names every kind by its study or COINr name.
        for k in Normalisation.Kind.allCases {
            for name in [Normalisation.names.study(k), Normalisation.names.coinr(k)] {
                let m = try YAMLMap.parse("method: \(name)\n", file: "x.yaml")
                #expect(try Normalisation.read(m).kind == k, "\(name)")
            }
        }
        let m = try YAMLMap.parse("method: zscore\nmean: 10\nsd: 2\n", file: "x.yaml")
        #expect(try Normalisation.read(m) == .zScore(mean: 10, sd: 2))
        #expect(throws: MethodProblem.self) { try Normalisation.coinr("n_minmax", para: "100;1") }
        #expect(try Normalisation.coinr("n_nope", para: "NA") == nil)
    }

    @Test func aggregationsAndImputationsRoundTrip() throws {
        #expect(Set(Aggregation.examples.map(\.kind)) == Set(Aggregation.Kind.allCases))
        for a in Aggregation.examples {
            #expect(Aggregation.coinr(a.coinr) == a, "\(a.coinr)")
            let p: Double? = if case let .generalised(p) = a { p } else { nil }
            #expect(try Aggregation.study(Aggregation.names.study(a.kind), p: p) == a)
        }
        #expect(Aggregation.generalised(p: 0.5).coinr == "a_genmean;0.5")
        #expect(Aggregation.coinr("a_amean;2") == nil && Aggregation.coinr("a_genmean") == nil)
        #expect(throws: MethodProblem.self) { try Aggregation.study("generalised", p: nil) }
        #expect(Set(ImputeSpec.examples.map(\.method)) == Set(ImputeSpec.Method.allCases))
        #expect(Set(ImputeSpec.examples.map(\.panel)) == Set(ImputeSpec.PanelMethod.allCases))
        for i in ImputeSpec.examples {
            let (name, para) = i.coinr
            #expect(try ImputeSpec.coinr(name, para: para) == i, "\(name) \(para)")
        }
        #expect(ImputeSpec(method: .groupMedian, group: "g", panel: .linear).coinr == ("i_median_grp", "group=g;panel=linear"))
    }

    /// One input of every parameter as a study file writes it, and a value a design row may hold.
    static let samples: [(id: String, yaml: String, value: DesignValue)] = [
        ("impute", "{parameter: impute, values: [{method: mean}, {method: group_median, group: G, panel: locf}]}",
         .imputation(ImputeSpec(method: .groupMedian, group: "G", panel: .locf))),
        ("screen.threshold", "{parameter: screen.threshold, uniform: [0.8, 0.95]}", .number(0.84040274289436645)),
        ("treat.winmax", "{parameter: treat.winmax, values: [1, 5]}", .whole(3)),
        ("treat.skew", "{parameter: treat.skew, values: [1.5, 2]}", .number(1.7712900573387742)),
        ("treat.kurtosis", "{parameter: treat.kurtosis, uniform: [3, 4]}", .number(3.75)),
        ("normalise", "{parameter: normalise, values: [{method: minmax, range: [1, 100]}, {method: zscore, mean: 10, sd: 2}]}",
         .normalisation(.zScore(mean: 10, sd: 2))),
        ("weights", "{parameter: weights, noise: 0.25, levels: [2, 3], sets: 100}", .weightSet(94)),
        ("aggregate.method", "{parameter: aggregate.method, values: [arithmetic, generalised], p: 0.5}", .aggregation(.generalised(p: 0.5))),
        ("roles.scale", "{parameter: roles.scale, uniform: [0.8, 1.2]}", .number(0.93)),
        ("exclude.indicator", "{parameter: exclude.indicator, values: scored}", .exclusion("p1")),
        ("ratings.relative_shift", "{parameter: ratings.relative_shift, values: [-0.05, 0.05]}", .number(0.05)),
    ]

    @Test func everyParameterReadsAndWritesItsForms() throws {
        #expect(Self.samples.map(\.id) == UncertainParameter.all.map(\.id))
        // Pipeline order; distinct ids and columns.
        #expect(UncertainParameter.all.map(\.stage) == UncertainParameter.all.map(\.stage).sorted())
        #expect(Set(UncertainParameter.all.flatMap(\.columns)).count == UncertainParameter.all.flatMap(\.columns).count)
        for (id, yaml, value) in Self.samples {
            let p = try #require(UncertainParameter.named(id))
            let study = try YAMLMap.parse("data: {format: coinr, idata: a.csv, imeta: b.csv}\nuncertainty:\n  inputs:\n    - \(yaml)\n", file: "s.yaml")
            let spec = try #require(try UncertaintySpec.parse(try study.optionalMap("uncertainty")))
            #expect(spec.declared == [id])
            // Cells as a design table holds them, read back.
            func fields(_ v: DesignValue?) -> [String] {
                p.cells(v).map { c in
                    switch c {
                    case let .text(t): t ?? "NA"
                    case let .whole(n): n.map(String.init) ?? "NA"
                    case let .number(x): x.map { "\($0)" } ?? "NA"
                    }
                }
            }
            #expect(fields(value).count == p.columns.count)
            #expect(try p.decode(fields(value)) == value, "\(id)")
            #expect(try p.decode(fields(nil)) == nil, "\(id)")
            // The drawn value applies to a recipe that has every step, or, for the assessment
            // choices, to the assessment and not the recipe.
            var recipe = Recipe()
            recipe.screen = ScreenSpec(threshold: 0.9)
            recipe.treat = TreatSpec()
            let before = recipe
            try p.apply(value, &recipe) { _ in ["a": 2] }
            var variation = AssessmentVariation.none
            p.adjust(value, &variation)
            #expect((recipe != before) == (p.stage != .assessment), "\(id)")
            #expect((variation != .none) == (p.stage == .assessment), "\(id)")
        }
    }
}
