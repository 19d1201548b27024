import Foundation
import Testing
@testable import GapMatrix

/// Roles, the four cell states, policy versus outcome gaps, mirror indicators and peer rules on
/// a hand-made study of seven units and two themes. Every answer is worked out in the comments.
@Suite struct RolesAndStatesTests {
    // T1 (roles: both): p1 policy, o1 and o2 outcomes; higher is better, green 80, red 20.
    // T2 mirrors one item for each side: the cost of sending money to the country (origins) and
    // from it (destinations); lower is better, optimum 0, lower bound 20, green 3, red 5.
    static let framework = """
        levels: [Indicator, Theme, Index]
        themes:
          - {code: I, name: Index}
          - {code: T1, name: Labour, parent: I}
          - {code: T2, name: Remittances, parent: I}
        indicators:
          - {code: p1, name: Agreements, type: policy, producer: ILO, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: o1, name: Enrolment, type: outcome, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: o2, name: Participation, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: cto, name: Cost to, unit: "%", role: origin, theme: T2, direction: -1, optimum: 0, lower_bound: 20, green: 3, red: 5}
          - {code: cfrom, name: Cost from, unit: "%", role: destination, theme: T2, direction: -1, optimum: 0, lower_bound: 20, green: 3, red: 5}
        context:
          - {code: emig, name: Emigrant stock, unit: people}
          - {code: emig_pct, name: Emigrants, unit: "% of population"}
          - {code: imm, name: Immigrant stock, unit: people}
        """
    // Roles (origin: emig >= 1 million or emig_pct >= 5; destination: imm >= 1 million):
    // AAA origin (absolute), BBB origin (share), CCC destination, DDD both, EEE none,
    // FFF origin (absolute), GGG origin (share).
    static let values: String = {
        var rows = ["unit,year,indicator,value"]
        let v: [(String, [String: Double])] = [
            // T1 policy green, outcomes red -> outcome gap. T2 cost to 7 red -> outcome gap; the
            // cost from (2) is observed but not applicable to an origin.
            ("AAA", ["p1": 90, "o1": 10, "o2": 15, "cto": 7, "cfrom": 2, "emig": 5_600_000, "emig_pct": 2, "imm": 200_000]),
            // T1 policy red -> policy gap, no practice. T2 green.
            ("BBB", ["p1": 10, "o1": 90, "o2": 85, "cto": 2.5, "emig": 300_000, "emig_pct": 12, "imm": 50_000]),
            // T1 all green. T2: cost to not applicable, cost from out of scope -> nothing to judge.
            ("CCC", ["p1": 85, "o1": 90, "o2": 95, "emig": 100_000, "emig_pct": 1, "imm": 3_000_000]),
            // T1 only p1 (green): coverage 1/3, a data gap that must never lead. T2 1/2 -> data gap.
            ("DDD", ["p1": 90, "cto": 2, "emig": 2_000_000, "emig_pct": 6, "imm": 1_500_000]),
            // T1 green; no role, so T2 has nothing that applies and EEE is nobody's peer.
            ("EEE", ["p1": 95, "o1": 95, "o2": 90, "emig": 10_000, "emig_pct": 0.5, "imm": 20_000]),
            ("FFF", ["p1": 85, "o1": 88, "o2": 92, "cto": 2.8, "emig": 1_200_000, "emig_pct": 3, "imm": 100_000]),
            // T1 green; T2 cost to 6 red -> outcome gap.
            ("GGG", ["p1": 95, "o1": 95, "o2": 95, "cto": 6, "emig": 50_000, "emig_pct": 8, "imm": 10_000]),
        ]
        for (u, m) in v { for (k, x) in m.sorted(by: { $0.key < $1.key }) { rows.append("\(u),2020,\(k),\(x)") } }
        return rows.joined(separator: "\n") + "\n"
    }()
    static let units = "unit,name,region\nAAA,A,North\nBBB,B,North\nCCC,C,North\nDDD,D,South\nEEE,E,South\nFFF,F,North\nGGG,G,South\n"
    static let scope = "indicator_code,iso3,state,reason\ncfrom,CCC,out_of_scope,RPW prices 48 sending markets; not one of them\n"
    /// AAA and GGG are linked by 50,000 migrants: a corridor tie.
    static let migrants = "iso3,partner_iso3,year,value\nAAA,GGG,2020,50000\n"

    static func study(unassigned: String = "none", index: String = "", scope: String = scope) -> String {
        temporaryFolder(["framework.yaml": framework, "values.csv": values, "units.csv": units, "scope.csv": scope,
                         "migrants.csv": migrants,
                         "study.yaml": """
                            name: Roles test
                            data: {format: tidy, values: values.csv, framework: framework.yaml, units: units.csv}
                            reference_year: 2020
                            recipe: {normalise: {method: bounds}}
                            ratings: {\(index)}
                            roles:
                              origin:
                                - {variable: emig, at_least: 1000000}
                                - {variable: emig_pct, at_least: 5}
                              destination:
                                - {variable: imm, at_least: 1000000}
                              unassigned: \(unassigned)
                            scope: scope.csv
                            gaps: {sufficiency: 0.667, k: 3, peer_groups: [region]}
                            ties: {migrant_stock: migrants.csv, min_migrants: 10000}
                            """]) + "/study.yaml"
    }

    static func results(unassigned: String = "none", index: String = "") throws -> StudyResults {
        let s = try Study.read(study(unassigned: unassigned, index: index))
        let inputs = try s.loadInputs()
        try s.check(inputs)
        return try StudyResults.load(s, inputs, parts: .learning)
    }

    static let built: StudyResults = try! results()

    @Test func rolesFromAbsoluteAndShareRules() throws {
        let roles = Self.built.assessment!.roles
        let want: [String: Set<Role>] = ["AAA": [.origin], "BBB": [.origin], "CCC": [.destination], "DDD": [.origin, .destination],
                                         "EEE": [], "FFF": [.origin], "GGG": [.origin]]
        for (u, r) in want { #expect(roles.roles(u) == r, "\(u)") }
        #expect(roles.units["EEE"]?.unassigned == true && roles.units["AAA"]?.unassigned == false)
        #expect(roles.units["AAA"]?.reason
                == "origin: Emigrant stock: 5.6 million people >= 1 million; destination: none (Immigrant stock: 200,000 people < 1 million)")
        #expect(roles.units["BBB"]?.reason.hasPrefix("origin: Emigrants: 12% of population >= 5%;") == true)
        #expect(roles.units["EEE"]?.reason.hasSuffix("no rule holds: assessed with no role") == true)
        // unassigned: both gives EEE both roles, and nobody else changes.
        let both = try Self.results(unassigned: "both").assessment!.roles
        #expect(both.roles("EEE") == [.origin, .destination] && both.units["EEE"]?.unassigned == true)
        #expect(both.roles("CCC") == [.destination])
    }

    @Test func fourCellStatesKeptApart() {
        let a = Self.built.assessment!
        func state(_ u: String, _ i: String) -> CellState? { a.cells.first { $0.unit == u && $0.indicator == i }?.state }
        #expect(state("AAA", "cto") == .value)
        #expect(state("AAA", "cfrom") == .notApplicable)     // observed, but AAA is no destination
        #expect(state("CCC", "cfrom") == .outOfScope)
        #expect(state("CCC", "cto") == .notApplicable)
        #expect(state("DDD", "cfrom") == .missing)           // a destination, in scope, no value: a data gap
        #expect(state("DDD", "o1") == .missing)
        // 35 cells: T1 19 values + 2 missing; T2 5 values, 1 missing, 1 out of scope, 7 not applicable.
        #expect(a.counts == StateCounts(value: 24, missing: 3, outOfScope: 1, notApplicable: 7))
        let ccc = a.themes.first { $0.unit == "CCC" && $0.theme == "T2" }!
        #expect(ccc.counts == StateCounts(outOfScope: 1, notApplicable: 1) && !ccc.sufficient && ccc.coverage == 0)
        let ddd = a.themes.first { $0.unit == "DDD" && $0.theme == "T2" }!
        #expect(ddd.coverage == 0.5 && !ddd.sufficient)
        let aaa = a.themes.first { $0.unit == "AAA" && $0.theme == "T2" }!
        #expect(aaa.coverage == 1 && aaa.sufficient && aaa.colour.value == .red)
        // The value with its unit and the score apart: score = 100 (7 - 20) / (0 - 20) = 65.
        #expect(a.cells.first { $0.unit == "AAA" && $0.indicator == "cto" }?.colour.reason
                == "Cost to: 7% (score 65) red: at or above red threshold 5%")
        #expect(a.cells.first { $0.unit == "CCC" && $0.indicator == "cfrom" }?.colour.reason
                == "out of scope: RPW prices 48 sending markets; not one of them")
    }

    @Test func policyGapsOnlyFromPolicyIndicators() {
        let a = Self.built.assessment!, g = Self.built.gaps!
        // No practice registry: a yellow or green cell has no evaluated practice on record, an evidence gap.
        let want: [String: KnowledgeGapMatrix.GapClass] = [
            "AAA T1": .outcomeGap, "BBB T1": .policyNoPractice, "CCC T1": .evidenceGap, "DDD T1": .dataGap,
            "EEE T1": .evidenceGap, "FFF T1": .evidenceGap, "GGG T1": .evidenceGap,
            "AAA T2": .outcomeGap, "BBB T2": .evidenceGap, "CCC T2": .dataGap, "DDD T2": .dataGap,
            "EEE T2": .dataGap, "FFF T2": .evidenceGap, "GGG T2": .outcomeGap,
        ]
        #expect(g.cells.count == 14)
        for c in g.cells { #expect(c.gapClass == want["\(c.unit) \(c.theme)"], "\(c.unit) \(c.theme): \(c.reasons)") }
        // AAA T1: the theme is red (two worst outcomes red), yet its one policy indicator is green.
        let aaa = a.themes.first { $0.unit == "AAA" && $0.theme == "T1" }!
        #expect(aaa.colour.value == .red && aaa.policyColour.value == .green && aaa.outcomeColour.value == .red)
        #expect(g.cell("AAA", "T1")?.reasons
                == "outcome red (two worst red: Enrolment: 10 (score 10) red; Participation: 15 (score 15) red); policy green; no documented practice")
        #expect(g.cell("AAA", "T2")?.reasons.contains("no policy indicator") == true)
        let bbb = a.themes.first { $0.unit == "BBB" && $0.theme == "T1" }!
        #expect(bbb.policyColour.value == .red && bbb.outcomeColour.value == .green)
        #expect(g.cell("CCC", "T2")?.reasons == "no indicator applies in scope: Cost to not applicable, Cost from out of scope")
        #expect(g.cell("DDD", "T1")?.reasons == "coverage 1/3 (33%) < 67%: Enrolment missing, Participation missing")
        #expect(KnowledgeGapMatrix.GapClass.outcomeGap.symbol == "O")
    }

    /// One theme, one item per side: origins are judged on the cost to them, destinations on
    /// the cost from them, and a unit with both roles on both.
    @Test func roleMirrorPairOnOneTheme() {
        let a = Self.built.assessment!
        func t2(_ u: String) -> Assessment.ThemeCell { a.themes.first { $0.unit == u && $0.theme == "T2" }! }
        #expect(t2("BBB").counts == StateCounts(value: 1, notApplicable: 1) && t2("BBB").colour.value == .green)
        #expect(t2("GGG").colour.value == .red)
        #expect(t2("DDD").counts == StateCounts(value: 1, missing: 1))
        #expect(t2("EEE").counts == StateCounts(notApplicable: 2))
        // AAA's observed cost from (2%, score 90) does not apply to an origin: it enters no score,
        // so T2 scores the cost to alone (65), as the colour rates it alone.
        #expect(t2("AAA").score == 65)
        #expect(a.cells.first { $0.unit == "AAA" && $0.indicator == "cfrom" }?.raw.isNaN == true)
    }

    @Test func dataGapCellsNeverLeadNorServeAsPeers() {
        let l = Self.built.learning!
        // T1 scores: GGG 95, EEE 93.33, CCC 90, FFF 88.33; DDD (90 on its one indicator) is a data gap.
        #expect(l.leaders.filter { $0.theme == "T1" }.map(\.unit) == ["GGG", "EEE", "CCC", "FFF"])
        #expect(!l.leaders.contains { $0.unit == "DDD" })
        #expect(!l.matches.contains { $0.peer == "DDD" })
    }

    @Test func peersShareARoleAndCorridorTiesComeFirst() {
        let l = Self.built.learning!
        func peers(_ u: String, _ t: String) -> [String] { l.matches.filter { $0.unit == u && $0.theme == t }.map(\.peer) }
        // AAA (origin) T1: CCC is a destination and EEE has no role; GGG is tied to AAA by a
        // corridor and comes before FFF, which shares AAA's region.
        #expect(peers("AAA", "T1") == ["GGG", "FFF"])
        // BBB (origin) T1: no tie; FFF shares the region.
        #expect(peers("BBB", "T1") == ["FFF", "GGG"])
        // AAA T2: green origins with sufficient coverage, both in AAA's region: by code.
        #expect(peers("AAA", "T2") == ["BBB", "FFF"])
        #expect(peers("GGG", "T2") == ["BBB", "FFF"])
        #expect(l.matches.count == 8)
        let tied = l.matches.first { $0.unit == "AAA" && $0.peer == "GGG" }!
        #expect(tied.tie == "corridor tie: 50,000 migrants")
        #expect(tied.explanation.hasPrefix("corridor tie: 50,000 migrants; both origin; no shared group"))
        #expect(l.distinctPeers == ["T1": 2, "T2": 2])
    }

    @Test func indexIsOptInAndNeedsEveryThemeJudged() throws {
        #expect(Self.built.assessment!.units.allSatisfy { !$0.included && $0.indexScore.isNaN && $0.exclusion.isEmpty })
        let a = try Self.results(index: "index: true").assessment!
        #expect(a.units.filter(\.included).map(\.unit) == ["AAA", "BBB", "FFF", "GGG"])
        #expect(a.units.first { $0.unit == "CCC" }?.exclusion == "T2: nothing applies in scope")
        #expect(a.units.first { $0.unit == "DDD" }?.exclusion == "T1 coverage 1/3 (33%) < 67%; T2 coverage 1/2 (50%) < 67%")
        #expect(throws: GapMatrixError.self) { try Study.read(Self.study(index: "max_missing: 0.2")) }
    }

    @Test func scopeFileErrorsAreLocated() {
        func error(_ rows: String) -> GapMatrixError? {
            #expect(throws: GapMatrixError.self) {
                let s = try Study.read(Self.study(scope: "indicator_code,iso3,state,reason\n" + rows))
                _ = try StudyResults.load(s, try s.loadInputs(), parts: .ratings)
            }
        }
        let unknown = error("cfrom,CCC,out_of_scope,ok\nzz,CCC,out_of_scope,why\n")
        #expect(unknown?.line == 3 && unknown?.field == "indicator_code")
        #expect(unknown?.file?.hasSuffix("scope.csv") == true)
        #expect(error("cfrom,ZZZ,out_of_scope,why\n")?.field == "iso3")
        let state = error("cfrom,CCC,missing,why\n")
        #expect(state?.field == "state" && state?.description.contains("out_of_scope") == true)
        #expect(error("cfrom,CCC,out_of_scope,\n")?.field == "reason")
        let twice = error("cfrom,CCC,out_of_scope,a\ncfrom,CCC,out_of_scope,b\n")
        #expect(twice?.line == 3 && twice?.description.contains("first on line 2") == true)
        #expect(error("cfrom,CCC,out_of_scope\n") != nil)   // a ragged row
    }

    @Test func roleRulesAreChecked() {
        func error(_ roles: String) -> GapMatrixError? {
            let folder = temporaryFolder(["study.yaml": "data: {format: coinr, idata: a.csv, imeta: b.csv}\nroles:\n" + roles])
            return #expect(throws: GapMatrixError.self) { try Study.read(folder + "/study.yaml") }
        }
        #expect(error("  origin:\n    - {variable: v, at_least: 1, at_most: 2}\n")?.field?.contains("at_") == true)
        #expect(error("  origin:\n    - {variable: v, at_least: 1}\n  unassigned: maybe\n")?.description.contains("both or none") == true)
        #expect(error("  unassigned: both\n") != nil)
    }

    @Test func relativeThresholdsAreQuantilesOfTheUnits() throws {
        let x: [Double] = [1, 2, 3, 4, 5, .nan]
        // type 7 on 1..5: q0.75 = 4, q0.25 = 2.
        let r = try #require(RatingBounds(relative: RelativeThresholds(green: 0.75, red: 0.25)).thresholds(values: x))
        #expect(r.green == 4 && r.red == 2)
        let published = try #require(RatingBounds(green: 9, red: 1, relative: nil).thresholds(values: x))
        #expect(published.green == 9 && published.red == 1)
        #expect(RatingBounds().thresholds(values: x) == nil)
        func read(_ indicator: String) throws -> FrameworkFile.Contents {
            try FrameworkFile.read(temporaryFile("framework.yaml", """
                themes:
                  - {code: I}
                indicators:
                  - \(indicator)
                """))
        }
        let f = try read("{code: a, theme: I, type: policy, role: origin, producer: ILO, relative: {green: 0.25, red: 0.75}, direction: -1}")
        let n = try #require(f.framework.node("a"))
        #expect(n.type == .policy && n.role == .origin && n.producer == "ILO")
        #expect(n.rating.relative == RelativeThresholds(green: 0.25, red: 0.75))
        #expect(try read("{code: a, theme: I}").framework.node("a")?.type == .outcome)
        #expect(try read("{code: a, theme: I}").framework.node("a")?.role == .both)
        #expect(throws: GapMatrixError.self) { try read("{code: a, theme: I, relative: {green: 0.25, red: 0.75}}") }  // wrong side
        #expect(throws: GapMatrixError.self) { try read("{code: a, theme: I, green: 3, red: 1, relative: {green: 0.75, red: 0.25}}") }
        #expect(throws: GapMatrixError.self) { try read("{code: a, theme: I, type: context}") }
        #expect(throws: GapMatrixError.self) { try read("{code: a, theme: I, role: transit}") }
    }

    /// Relative thresholds resolve on the study's units when the study runs.
    @Test func relativeThresholdsRateTheCells() throws {
        let framework = Self.framework.replacingOccurrences(
            of: "{code: o2, name: Participation, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}",
            with: "{code: o2, name: Participation, theme: T1, optimum: 100, lower_bound: 0, relative: {green: 0.75, red: 0.25}}")
        let folder = temporaryFolder(["framework.yaml": framework, "values.csv": Self.values, "units.csv": Self.units,
                                      "study.yaml": """
                                        data: {format: tidy, values: values.csv, framework: framework.yaml, units: units.csv}
                                        reference_year: 2020
                                        recipe: {normalise: {method: bounds}}
                                        ratings: {}
                                        """])
        let s = try Study.read(folder + "/study.yaml")
        let inputs = try s.loadInputs()
        let a = try StudyResults.load(s, inputs, parts: .ratings).assessment!
        // o2 over six units: 15, 85, 95, 90, 92, 95 -> sorted 15 85 90 92 95 95; type 7:
        // q0.25 at 1.25 -> 85 + 0.25 * 5 = 86.25; q0.75 at 3.75 -> 92 + 0.75 * 3 = 94.25.
        let b = try #require(a.bounds.first { $0.code == "o2" })
        #expect(b.green == 94.25 && b.red == 86.25 && b.relative?.green == 0.75)
        // EEE's 90 lies between red 86.25 and green 94.25, below the midpoint 90.25: orange.
        #expect(a.cells.first { $0.unit == "EEE" && $0.indicator == "o2" }?.colour.value == .orange)
    }
}

/// Imputation fills missing cells only: a cell the unit's role does not apply to, or one outside
/// the source's scope, is not missing and stays empty (and no imputed point is recorded for it).
@Suite struct ImputationKeepsStatesApartTests {
    @Test func notApplicableAndOutOfScopeCellsAreNotImputed() throws {
        let dir = RolesAndStatesTests.study()
        let text = try String(contentsOfFile: dir, encoding: .utf8)
            .replacingOccurrences(of: "recipe: {normalise: {method: bounds}}",
                                  with: "recipe: {normalise: {method: bounds}, impute: {method: mean}}")
        try text.write(toFile: dir, atomically: true, encoding: .utf8)
        let s = try Study.read(dir)
        let inputs = try s.loadInputs()
        let r = try StudyResults.load(s, inputs, parts: .ratings)
        let b = r.build
        func imputed(_ u: String, _ i: String) -> Double {
            b.imputed[unit: b.imputed.units.firstIndex(of: u)!, column: b.imputed.columns.firstIndex(of: i)!]
        }
        // Missing cells are filled with the mean of the values that apply:
        // o1 over AAA 10, BBB 90, CCC 90, EEE 95, FFF 88, GGG 95 -> 468 / 6 = 78.
        #expect(imputed("DDD", "o1") == 78)
        // cfrom applies to destinations only (CCC, DDD); CCC is out of scope, DDD missing, and
        // AAA's observed 2 is masked as not applicable: no value applies, so nothing is filled.
        #expect(imputed("DDD", "cfrom").isNaN)
        #expect(imputed("CCC", "cfrom").isNaN)                      // out of scope
        #expect(imputed("CCC", "cto").isNaN && imputed("EEE", "cto").isNaN)  // not applicable
        // cto over the origins AAA 7, BBB 2.5, DDD 2, FFF 2.8, GGG 6: nothing missing among them.
        let points = Set(b.imputedPoints.map { $0.indicator + "|" + $0.unit })
        #expect(points.contains("o1|DDD") && points.contains("o2|DDD"))
        #expect(!points.contains { $0.hasPrefix("cto|") || $0.hasPrefix("cfrom|") })
        // The states themselves are unchanged by imputation.
        let a = r.assessment!
        #expect(a.cells.first { $0.unit == "CCC" && $0.indicator == "cfrom" }?.state == .outOfScope)
        #expect(a.cells.first { $0.unit == "CCC" && $0.indicator == "cto" }?.state == .notApplicable)
    }
}
