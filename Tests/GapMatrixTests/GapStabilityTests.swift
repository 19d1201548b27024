import Testing
@testable import GapMatrix

/// Gap stability (docs/METHODS.md section 9): the assessment choices of an uncertainty run
/// (role cut-offs, one indicator left out, relative thresholds) replayed on the gap matrix, on a
/// hand-made study whose every answer is worked out in the comments, and the fast class replay
/// held to the full assessment on the default study.
@Suite struct GapStabilityTests {
    // T1: p1 policy with relative thresholds (green at q0.75, red at q0.25), o1 outcome.
    // T2: p2, its only policy indicator, and o2 outcome. T3: c1, an outcome for origins only.
    static let framework = """
        levels: [Indicator, Theme, Index]
        themes:
          - {code: I, name: Index}
          - {code: T1, name: Labour, parent: I}
          - {code: T2, name: Rights, parent: I}
          - {code: T3, name: Remittances, parent: I}
        indicators:
          - {code: p1, name: Agreements, type: policy, theme: T1, optimum: 100, lower_bound: 0, relative: {green: 0.75, red: 0.25}}
          - {code: o1, name: Enrolment, type: outcome, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: p2, name: Ratifications, type: policy, theme: T2, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: o2, name: Participation, type: outcome, theme: T2, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: c1, name: Cost to, role: origin, theme: T3, optimum: 100, lower_bound: 0, green: 80, red: 20}
        context:
          - {code: emig, name: Emigrant stock, unit: people}
        """
    // p1 of A-E is 10, 20, 30, 40, 50: type-7 quantiles q0.25 = 20 (red), q0.75 = 40 (green),
    // so C (30) sits on the midpoint: yellow, and T1 (p1 yellow, o1 green) is no gap. Shifted
    // by +0.1 (stricter): red q0.35 = 24, green q0.85 = 44, midpoint 34: C is orange, a policy
    // gap. A and B stay red (policy gaps), D turns from green to yellow and E stays green (no
    // gap either way). F has no p1: T1 coverage 1/2, a data gap either way.
    // T2: A's p2 is 10 (red), its only policy indicator: a policy gap; with p2 left out, T2 is
    // o2 alone (green): no gap.
    // T3: F has 1.1 million emigrants, an origin under the cut-off of 1 million; scaled by 1.2
    // (1.2 million) F has no role, c1 no longer applies and T3 has nothing to judge: its outcome
    // gap (c1 = 10, red) becomes a data gap. A-E (2 million) stay origins, c1 green.
    static let values: String = {
        var rows = ["unit,year,indicator,value"]
        let v: [(String, [String: Double])] = [
            ("A", ["p1": 10, "o1": 90, "p2": 10, "o2": 90, "c1": 90, "emig": 2_000_000]),
            ("B", ["p1": 20, "o1": 90, "p2": 90, "o2": 90, "c1": 90, "emig": 2_000_000]),
            ("C", ["p1": 30, "o1": 90, "p2": 90, "o2": 90, "c1": 90, "emig": 2_000_000]),
            ("D", ["p1": 40, "o1": 90, "p2": 90, "o2": 90, "c1": 90, "emig": 2_000_000]),
            ("E", ["p1": 50, "o1": 90, "p2": 90, "o2": 90, "c1": 90, "emig": 2_000_000]),
            ("F", ["o1": 90, "p2": 90, "o2": 90, "c1": 10, "emig": 1_100_000]),
        ]
        for (u, m) in v { for (k, x) in m.sorted(by: { $0.key < $1.key }) { rows.append("\(u),2020,\(k),\(x)") } }
        return rows.joined(separator: "\n") + "\n"
    }()

    static func study(uncertainty: String) -> String {
        temporaryFolder(["framework.yaml": framework, "values.csv": values,
                         "units.csv": "unit,name\nA,A\nB,B\nC,C\nD,D\nE,E\nF,F\n",
                         "study.yaml": """
                            name: Gap stability test
                            data: {format: tidy, values: values.csv, framework: framework.yaml, units: units.csv}
                            reference_year: 2020
                            recipe: {normalise: {method: bounds}}
                            ratings: {}
                            roles:
                              origin:
                                - {variable: emig, at_least: 1000000}
                              unassigned: none
                            gaps: {sufficiency: 0.667}
                            uncertainty:
                            \(uncertainty.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                            """]) + "/study.yaml"
    }

    static let plain = "inputs:\n  - {parameter: weights, noise: 0.25, levels: [1, 2]}\nreplications: 20\nseed: 7"

    static func results(_ uncertainty: String = plain) throws -> StudyResults {
        let s = try Study.read(study(uncertainty: uncertainty))
        let inputs = try s.loadInputs()
        try s.check(inputs)
        return try StudyResults.load(s, inputs, parts: [.gaps, .uncertainty])
    }

    static func replayer(_ r: StudyResults) throws -> GapClassReplayer {
        let a = try #require(r.assessment)
        return GapClassReplayer(inputs: try r.study.loadInputs(), recipe: r.study.recipe, roles: r.study.roles,
                                scope: try r.study.loadScope(r.inputs), ratings: a.spec, sufficiency: a.sufficiency,
                                practices: r.practices, units: a.units.map(\.unit), themes: a.themeCodes)
    }

    /// Rows that set the assessment choices given, one row each.
    static func rows(_ values: [(String, DesignValue)]...) -> [DesignRow] {
        values.enumerated().map { i, v in
            var row = DesignRow(id: "r_\(i + 1)")
            for (id, value) in v { row[id] = value }
            return row
        }
    }

    @Test func theNominalClassesAreTheGapMatrix() throws {
        let r = try Self.results()
        let g = try #require(r.gaps)
        #expect(g.cell("C", "T1")?.gapClass == .evidenceGap)   // green, no evaluated practice on record
        #expect(g.cell("A", "T2")?.gapClass == .policyNoPractice)
        #expect(g.cell("F", "T3")?.gapClass == .outcomeGap)
        #expect(g.cell("F", "T1")?.gapClass == .dataGap)
        var replayer = try Self.replayer(r)
        #expect(try replayer.classes(.none) == g.cells.map(\.gapClass))
        // Weights alone change no class: every cell keeps it in every replication.
        let s = try #require(r.gapStability)
        #expect(s.replications == 20 && s.cells.count == 18)
        #expect(s.cells.allSatisfy { $0.sameShare == 1 && $0.mostFrequentOther == nil && !$0.isUnstable })
    }

    /// Two shift values, half the replications each: C's T1 flips in exactly half.
    @Test func aCellOnARelativeThresholdFlipsInTheShareOfReplicationsThatShiftIt() throws {
        let r = try Self.results()
        var replayer = try Self.replayer(r)
        let design = (0..<10).flatMap { _ in Self.rows([("ratings.relative_shift", .number(0))], [("ratings.relative_shift", .number(0.1))]) }
        let s = try GapStability.run(&replayer, nominal: r.gaps!, rows: design)
        let c = try #require(s.cells.first { $0.unit == "C" && $0.theme == "T1" })
        #expect(c.nominal == .evidenceGap && c.sameShare == 0.5)
        #expect(c.mostFrequentOther?.gapClass == .policyNoPractice && c.mostFrequentOther?.count == 10)
        #expect(c.isUnstable)
        // D turns yellow but stays an evidence gap; nothing else moves.
        #expect(s.cells.filter { $0.sameShare < 1 }.map { "\($0.unit)|\($0.theme)" } == ["C|T1"])
        // The counts add up to the replications in every cell.
        #expect(s.cells.allSatisfy { $0.counts.reduce(0, +) == 20 })
        #expect(KnowledgeGapMatrix.GapClass.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
    }

    @Test func leavingOutTheOnlyPolicyIndicatorTurnsAPolicyGapIntoAnotherClass() throws {
        let r = try Self.results()
        var replayer = try Self.replayer(r)
        let units = replayer.units, themes = replayer.themes
        let classes = try replayer.classes(AssessmentVariation(excluded: "p2"))
        #expect(classes[units.firstIndex(of: "A")! * themes.count + themes.firstIndex(of: "T2")!] == .evidenceGap)
        // One replication in four leaves p2 out.
        let design = Self.rows([("exclude.indicator", .exclusion("p2"))], [("exclude.indicator", .exclusion(nil))],
                               [("exclude.indicator", .exclusion("o1"))], [])
        let s = try GapStability.run(&replayer, nominal: r.gaps!, rows: design)
        let a = try #require(s.cells.first { $0.unit == "A" && $0.theme == "T2" })
        #expect(a.count(.policyNoPractice) == 3 && a.count(.evidenceGap) == 1 && a.sameShare == 0.75 && a.isUnstable)
        // Leaving out o1 makes F's T1 rest on p1 alone, which F lacks: still a data gap.
        #expect(s.cells.first { $0.unit == "F" && $0.theme == "T1" }?.sameShare == 1)
    }

    @Test func aRoleScaleThatRemovesARoleChangesApplicability() throws {
        let r = try Self.results()
        var replayer = try Self.replayer(r)
        let units = replayer.units, themes = replayer.themes
        let at = { (u: String, t: String) in units.firstIndex(of: u)! * themes.count + themes.firstIndex(of: t)! }
        #expect(try replayer.classes(AssessmentVariation(roleScale: 1.09))[at("F", "T3")] == .outcomeGap)
        #expect(try replayer.classes(AssessmentVariation(roleScale: 1.2))[at("F", "T3")] == .dataGap)
        // The full assessment agrees: c1 is not applicable to F under the scaled rules.
        let inputs = try r.study.loadInputs()
        let roles = RoleAssignment.compute(r.study.roles!.scaled(by: 1.2), inputs)
        #expect(roles.roles("F").isEmpty && roles.roles("A") == [.origin])
        let masked = inputs.keepingApplicable(roles)
        let a = Assessment.evaluate(masked, build: try Regenerate.run(masked, recipe: r.study.recipe), spec: r.assessment!.spec,
                                    roles: roles, sufficiency: r.assessment!.sufficiency)
        #expect(a.cells.first { $0.unit == "F" && $0.indicator == "c1" }?.state == .notApplicable)
    }

    /// The study's own run with every assessment choice drawn: the shares are the shares of
    /// the drawn rows that make the choice, the counts add up, and the same seed gives the same bytes.
    @Test func aRecordedRunCountsTheClassesOfItsOwnRows() throws {
        let spec = """
            inputs:
              - {parameter: weights, noise: 0.25, levels: [1, 2]}
              - {parameter: roles.scale, values: [1, 1.2]}
              - {parameter: exclude.indicator, values: scored}
              - {parameter: ratings.relative_shift, values: [0, 0.1]}
            replications: 400
            seed: 11
            """
        let r = try Self.results(spec)
        let s = try #require(r.gapStability)
        let rows = try #require(r.uncertainty?.run.rows)
        #expect(rows.count == 400 && s.cells.allSatisfy { $0.replications == 400 })
        let variations = rows.map(\.assessmentVariation)
        // F's T3 is an outcome gap unless the cut-off is scaled by 1.2 or c1 is left out (then a data gap).
        let f = try #require(s.cells.first { $0.unit == "F" && $0.theme == "T3" })
        #expect(f.count(.outcomeGap) == variations.filter { $0.roleScale == 1 && $0.excluded != "c1" }.count)
        #expect(f.count(.dataGap) == 400 - f.count(.outcomeGap))
        // C's T1 is a policy gap when p1 is shifted and counts (neither p1 nor o1 left out: without
        // o1, T1 is p1 alone; without p1, o1 green).
        let c = try #require(s.cells.first { $0.unit == "C" && $0.theme == "T1" })
        #expect(c.count(.policyNoPractice) == variations.filter { $0.relativeShift == 0.1 && $0.excluded != "p1" }.count)
        // Each of the six choices of exclusion (none or one of five) is drawn about as often.
        #expect(Set(variations.map(\.excluded)).count == 6)
        #expect(Set(variations.map(\.roleScale)) == [1, 1.2])
        let again = try Self.results(spec)
        #expect(again.gapStability!.cells == s.cells)
    }

    /// A run with the assessment choices still splits into shards that merge into the whole,
    /// and its design table reads back as drawn.
    @Test func shardsOfARunWithAssessmentChoicesMerge() throws {
        let r = try Self.results("inputs:\n  - {parameter: weights, noise: 0.25, levels: [1, 2]}\n  - {parameter: exclude.indicator, values: [none, p1, p2]}\n  - {parameter: roles.scale, uniform: [0.8, 1.2]}\nreplications: 12\nseed: 3")
        let inputs = r.inputs, spec = r.study.uncertainty!
        let whole = try UncertaintyAnalysis.run(inputs, recipe: r.study.recipe, spec: spec, seed: 3, replications: 1...12)
        let parts = try [1...5, 6...12].map { try UncertaintyAnalysis.run(inputs, recipe: r.study.recipe, spec: spec, seed: 3, replications: $0) }
        #expect(try UncertaintyAnalysis.merge(parts) == whole)
        #expect(whole.rows.contains { $0["exclude.indicator"] != nil && $0["roles.scale"] != nil })
        // Exclusion and role cut-offs leave the scores to the recipe.
        #expect(whole.rows.map(\.assessmentVariation).contains { $0.excluded != nil })
    }

    @Test func badAssessmentInputsAreRefused() throws {
        let unknown = try Study.read(Self.study(uncertainty: "inputs:\n  - {parameter: exclude.indicator, values: [none, zz]}"))
        let e = #expect(throws: GapMatrixError.self) { try unknown.check(try unknown.loadInputs()) }
        #expect(e?.found.contains("'zz', which is not an indicator") == true)
        #expect(throws: GapMatrixError.self) { try Study.read(Self.study(uncertainty: "inputs:\n  - {parameter: roles.scale, values: [0]}")) }
        #expect(throws: GapMatrixError.self) { try Study.read(Self.study(uncertainty: "inputs:\n  - {parameter: ratings.relative_shift, uniform: [-0.6, 0.1]}")) }
        #expect(throws: GapMatrixError.self) { try Study.read(Self.study(uncertainty: "inputs:\n  - {parameter: exclude.indicator, values: some}")) }
    }

    /// The fast replay equals the full assessment (roles from scaled rules, the inputs masked and
    /// rebuilt, the indicator left out, thresholds shifted, the gap matrix built) on the default study.
    @Test func theClassReplayIsTheFullAssessmentOnTheDefaultStudy() throws {
        let s = try Study.read(Repo.path("Datasets/gfmd-2007/study.yaml"))
        let inputs = try s.loadInputs()
        let r = try StudyResults.load(s, inputs, parts: [.gaps])
        let scope = try s.loadScope(inputs)
        var replayer = GapClassReplayer(inputs: inputs, recipe: s.recipe, roles: s.roles, scope: scope, ratings: s.ratings!,
                                        sufficiency: s.gaps.sufficiency, practices: r.practices,
                                        units: r.assessment!.units.map(\.unit), themes: r.assessment!.themeCodes)
        #expect(try replayer.classes(.none) == r.gaps!.cells.map(\.gapClass))
        let variations = [AssessmentVariation(roleScale: 0.8, excluded: "SI.RMT.COST.IB.ZS", relativeShift: 0.05),
                          AssessmentVariation(roleScale: 1.2, relativeShift: -0.05),
                          AssessmentVariation(roleScale: 0.93, excluded: "DERIVED.UNHR.CORE9.PCT", relativeShift: 0.031),
                          AssessmentVariation(excluded: "DERIVED.ICMW_C189.COUNT")]
        for v in variations {
            let roles = RoleAssignment.compute(s.roles!.scaled(by: v.roleScale), inputs)
            let masked = inputs.keepingApplicable(roles)
            let a = Assessment.evaluate(masked, build: try Regenerate.run(masked, recipe: s.recipe), spec: s.ratings!, roles: roles,
                                        scope: scope, sufficiency: s.gaps.sufficiency, excluding: Set([v.excluded].compactMap { $0 }),
                                        relativeShift: v.relativeShift)
            let full = KnowledgeGapMatrix.build(masked, assessment: a, practices: r.practices, spec: s.gaps)
            let fast = try replayer.classes(v)
            #expect(fast == full.cells.map(\.gapClass), "\(v)")
            #expect(fast != r.gaps!.cells.map(\.gapClass), "\(v) changes some class")
        }
    }
}
