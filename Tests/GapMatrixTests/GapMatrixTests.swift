import Testing
@testable import GapMatrix

/// A hand-made study: five units, two themes, four practices. Every gap class and every peer
/// match below is worked out by hand in the comments.
@Suite struct GapMatrixTests {
    static let framework = """
        levels: [Indicator, Theme, Index]
        themes:
          - {code: I, name: Index}
          - {code: T1, name: Theme one, parent: I}
          - {code: T2, name: Theme two, parent: I}
        indicators:
          - {code: x1, name: X1, type: policy, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: x2, name: X2, type: policy, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: x3, name: X3, type: policy, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
          - {code: y1, name: Y1, type: policy, theme: T2, optimum: 100, lower_bound: 0, green: 80, red: 20}
        context:
          - {code: gdp, name: GDP per capita}
        """
    // AAA: T1 90, 85, 95 all green; y1 50 yellow (midpoint).
    // BBB: T1 10, 15 red + 90 -> two worst red -> red; y1 90 green.
    // CCC: T1 only x3 -> coverage 1/3 < 2/3 -> data gap; y1 10 red.
    // DDD: T1 10, 15, 90 -> red; y1 missing -> data gap.
    // EEE: T1 81, 82, 83 green; y1 85 green.
    static let values: String = {
        var rows = ["unit,year,indicator,value"]
        let v: [(String, [String: Double])] = [
            ("AAA", ["x1": 90, "x2": 85, "x3": 95, "y1": 50, "gdp": 50000]),
            ("BBB", ["x1": 10, "x2": 15, "x3": 90, "y1": 90, "gdp": 45000]),
            ("CCC", ["x3": 30, "y1": 10, "gdp": 2000]),
            ("DDD", ["x1": 10, "x2": 15, "x3": 90, "gdp": 1500]),
            ("EEE", ["x1": 81, "x2": 82, "x3": 83, "y1": 85, "gdp": 3000]),
        ]
        for (u, m) in v { for (k, x) in m.sorted(by: { $0.key < $1.key }) { rows.append("\(u),2020,\(k),\(x)") } }
        return rows.joined(separator: "\n") + "\n"
    }()
    static let units = "unit,name,region,income\nAAA,A,North,High\nBBB,B,North,High\nCCC,C,North,Low\nDDD,D,South,Low\nEEE,E,South,Low\n"
    static let practices = """
        practices:
          - {id: P1, title: One, countries: [BBB], themes: [T1], sources: [s], evaluation: {level: none}}
          - {id: P2, title: Two, countries: [AAA, EEE], themes: [T1], sources: [s], evaluation: {level: impact evaluation, year: 2019, reference: r}}
          - {id: P3, title: Three, countries: [AAA], themes: [T2], sources: [s], evaluation: {level: monitoring}}
          - {id: P4, title: Four, countries: [CCC], themes: [T2], sources: [s], evaluation: {level: independent evaluation, reference: r}}
        """

    static func study(practices: String = practices) -> String {
        temporaryFolder(["framework.yaml": framework, "values.csv": values, "units.csv": units, "practices.yaml": practices,
                         "study.yaml": """
                            name: Gaps test
                            data: {format: tidy, values: values.csv, framework: framework.yaml, units: units.csv}
                            reference_year: 2020
                            recipe: {normalise: {method: bounds}}
                            ratings: {index: true, max_missing: 0.2}
                            practices: practices.yaml
                            gaps: {sufficiency: 0.667, k: 2, similarity: [gdp], peer_groups: [region, income]}
                            """]) + "/study.yaml"
    }

    static let built: (StudyInputs, Assessment, [Practice], KnowledgeGapMatrix) = {
        let s = try! Study.read(study())
        let inputs = try! s.loadInputs()
        try! s.check(inputs)
        let a = Assessment.evaluate(inputs, build: try! Regenerate.run(inputs, recipe: s.recipe), spec: s.ratings!)
        let p = try! s.loadPractices(inputs)
        return (inputs, a, p, KnowledgeGapMatrix.build(inputs, assessment: a, practices: p, spec: s.gaps))
    }()

    @Test func everyCellsGapClass() {
        let g = Self.built.3
        let want: [String: KnowledgeGapMatrix.GapClass] = [
            "AAA T1": .noGap, "AAA T2": .evidenceGap,
            // BBB T2 and EEE T2 are green with no practice: no evaluated practice on record, an evidence gap
            // like AAA T2's monitored one; AAA T1 and EEE T1 have P2's impact evaluation.
            "BBB T1": .policyUnevaluated, "BBB T2": .evidenceGap,
            "CCC T1": .dataGap, "CCC T2": .policyEvaluated,
            "DDD T1": .policyNoPractice, "DDD T2": .dataGap,
            "EEE T1": .noGap, "EEE T2": .evidenceGap,
        ]
        #expect(g.cells.count == 10)
        for c in g.cells { #expect(c.gapClass == want["\(c.unit) \(c.theme)"], "\(c.unit) \(c.theme): \(c.reasons)") }
        #expect(g.cell("CCC", "T1")?.reasons == "coverage 1/3 (33%) < 67%: X1 missing, X2 missing")
        #expect(g.cell("CCC", "T1")?.coverage == 1.0 / 3)
        #expect(g.cell("AAA", "T2")?.practices == ["P3"])
        #expect(g.cell("CCC", "T2")?.evaluatedPractices == 1)
    }

    /// What the registries cover, by hand: P1 (BBB, T1), P2 (AAA and EEE, T1), P3 (AAA, T2), P4 (CCC, T2);
    /// AAA, BBB and CCC are North, EEE South; without role rules every unit holds both roles.
    @Test func registryCoverageByThemeRegionAndRole() {
        let (inputs, a, p, g) = Self.built
        let c = RegistryCoverage.compute(practices: p, partnerships: [], themes: g.themes, units: a.units.map(\.unit),
                                         region: { inputs.units.groups["region"]?[$0] }, roles: { a.roles.roles($0) })
        #expect(c.practices == 4 && c.partnerships == 0 && c.units == 4 && c.unitsInStudy == 5)
        #expect(c.byTheme.map { "\($0.key) \($0.count)" } == ["T1 2", "T2 2"])
        #expect(c.byRegion.map { "\($0.key) \($0.count)" } == ["North 4", "South 1"])
        #expect(c.byRole.map { "\($0.key) \($0.count)" } == ["origin 4", "destination 4"])
        #expect(c.sentence.contains("they hold 4 practices and 0 partnerships, naming 4 of 5 units; entries by theme: T1 2, T2 2; "
                                    + "by region of their countries: North 4, South 1; by role of their countries: origin 4, destination 4"))
    }

    @Test func leadersAreGreenUnitsByScore() {
        let leaders = PeerLearning.leaders(Self.built.1, practices: Self.built.2)
        #expect(leaders.filter { $0.theme == "T1" }.map(\.unit) == ["AAA", "EEE"])   // 90, 82
        #expect(leaders.filter { $0.theme == "T2" }.map(\.unit) == ["BBB", "EEE"])   // 90, 85
        #expect(leaders.first { $0.unit == "AAA" && $0.theme == "T1" }?.practices == ["P2"])
    }

    @Test func peerMatchesBySharedGroupsThenDistance() {
        let (inputs, a, p, g) = Self.built
        let m = PeerLearning.matches(inputs, a, g, practices: p)
        func peers(_ u: String, _ t: String) -> [String] { m.filter { $0.unit == u && $0.theme == t }.map(\.peer) }
        // BBB T1: AAA shares region and income; EEE shares neither.
        #expect(peers("BBB", "T1") == ["AAA", "EEE"])
        // CCC T2: BBB shares the region, EEE the income group: a tie, broken by GDP (log 2000 is nearer log 3000).
        #expect(peers("CCC", "T2") == ["EEE", "BBB"])
        // DDD T1: EEE shares region and income.
        #expect(peers("DDD", "T1") == ["EEE", "AAA"])
        #expect(m.count == 6)
        let first = m.first { $0.unit == "BBB" && $0.peer == "AAA" }!
        // Context variables are named as the framework names them ("gdp" is "GDP per capita").
        #expect(first.explanation.hasPrefix("same region (North) and income (High); GDP per capita 45000 vs 50000"))
        #expect(first.explanation.hasSuffix("T1 score 90 vs 38.33 (+51.67); 1 documented practice there"))
    }

    @Test func registryErrorsAreLocated() throws {
        func error(_ practices: String) -> GapMatrixError? {
            #expect(throws: GapMatrixError.self) {
                let s = try Study.read(Self.study(practices: practices))
                _ = try s.loadPractices(try s.loadInputs())
            }
        }
        let unknownCountry = error("practices:\n  - {id: A, title: A, countries: [ZZZ], themes: [T1], sources: [s]}\n")
        #expect(unknownCountry?.line == 2)
        #expect(unknownCountry?.description.contains("unknown country code 'ZZZ'") == true)
        #expect(error("practices:\n  - {id: A, title: A, countries: [AAA], themes: [T9], sources: [s]}\n")?.description.contains("unknown theme 'T9'") == true)
        #expect(error("practices:\n  - {id: A, title: A, countries: [AAA], themes: [T1], gcm: [24], sources: [s]}\n")?.description.contains("GCM objective '24'") == true)
        #expect(error("practices:\n  - {id: A, title: A, countries: [AAA], themes: [T1], start: 2010, end: 2008, sources: [s]}\n")?.description.contains("end year 2008 before start year 2010") == true)
        #expect(error("practices:\n  - {id: A, title: A, countries: [AAA], themes: [T1]}\n")?.description.contains("no source") == true)
        let dup = error("practices:\n  - {id: A, title: A, countries: [AAA], themes: [T1], sources: [s]}\n  - {id: A, title: B, countries: [AAA], themes: [T1], sources: [s]}\n")
        #expect(dup?.line == 3)
        #expect(dup?.description.contains("first on line 2") == true)
    }

    /// Rows of the values and practice files in another order change nothing in the assessment.
    @Test func shuffledInputRowsGiveTheSameMatrix() throws {
        var rows = Self.values.split(separator: "\n").map(String.init)
        let header = rows.removeFirst()
        rows.reverse()
        rows.swapAt(0, rows.count / 2)
        let practiceLines = Self.practices.split(separator: "\n").map(String.init)
        let reordered = ([practiceLines[0]] + practiceLines.dropFirst().reversed()).joined(separator: "\n")
        let folder = temporaryFolder(["framework.yaml": Self.framework, "values.csv": ([header] + rows).joined(separator: "\n"),
                                      "units.csv": Self.units, "practices.yaml": reordered,
                                      "study.yaml": try String(contentsOfFile: Self.study(), encoding: .utf8)])
        let s = try Study.read(folder + "/study.yaml")
        let inputs = try s.loadInputs()
        let a = Assessment.evaluate(inputs, build: try Regenerate.run(inputs, recipe: s.recipe), spec: s.ratings!)
        let g = KnowledgeGapMatrix.build(inputs, assessment: a, practices: try s.loadPractices(inputs), spec: s.gaps)
        let ref = Self.built.3
        #expect(g.cells.map { "\($0.unit) \($0.theme) \($0.gapClass.rawValue) \($0.reasons) \($0.practices)" }
                == ref.cells.map { "\($0.unit) \($0.theme) \($0.gapClass.rawValue) \($0.reasons) \($0.practices)" })
    }
}
