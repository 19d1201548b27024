import Testing
@testable import GapMatrix

/// Two frameworks over the same five indicators, a crosswalk between them, an objective no
/// indicator measures and a registry matched by tag: every expected answer is worked out by hand
/// in the comments (issue 19).
@Suite struct CrosswalkTests {
    // Indicators a-e: higher is better, optimum 100, lower bound 0, green 80, red 20.
    static func indicator(_ code: String, _ theme: String) -> String {
        "  - {code: \(code), name: Item \(code), theme: \(theme), optimum: 100, lower_bound: 0, green: 80, red: 20}"
    }
    // First framework: X = {a, b}, Y = {c, d}.
    static let first = """
        levels: [Indicator, Theme, Index]
        themes:
          - {code: I, name: Index}
          - {code: X, name: Labour, parent: I}
          - {code: Y, name: Money, parent: I}
        indicators:
        \(indicator("a", "X"))
        \(indicator("b", "X"))
        \(indicator("c", "Y"))
        \(indicator("d", "Y"))
        """
    // Second framework: R1 = {O1: a, O2: c, e}, R2 = {O3: nothing (declared empty), O4: b}.
    static let second = """
        levels: [Indicator, Objective, Round table, Compact]
        themes:
          - {code: C, name: Compact}
          - {code: R1, name: Round one, parent: C, gcm: [1, 2]}
          - {code: R2, name: Round two, parent: C, gcm: [3, 4]}
          - {code: O1, name: One, parent: R1, gcm: [1]}
          - {code: O2, name: Two, parent: R1, gcm: [2]}
          - {code: O3, name: Three, parent: R2, gcm: [3], empty: true}
          - {code: O4, name: Four, parent: R2, gcm: [4]}
        indicators:
        \(indicator("a", "O1"))
        \(indicator("c", "O2"))
        \(indicator("e", "O2"))
        \(indicator("b", "O4"))
        """
    // AAA: a G, b R, c G, d G, e G. BBB: a missing, b G, c R, d R, e G.
    static let values = """
        unit,year,indicator,value
        AAA,2020,a,90
        AAA,2020,b,10
        AAA,2020,c,90
        AAA,2020,d,90
        AAA,2020,e,90
        BBB,2020,b,90
        BBB,2020,c,10
        BBB,2020,d,10
        BBB,2020,e,90

        """
    static let units = "unit,name\nAAA,A\nBBB,B\n"
    // Written for the first framework (theme X) and tagged with objective 3 of the second.
    static let practices = """
        practices:
          - id: P1
            title: A practice
            countries: [AAA]
            themes: [X]
            gcm: [3]
            sources: ["a citable report"]
        """
    static let sessions = "session,title,date\n1,Rights,2017-05-08\n2,Drivers,2017-05-22\n"
    static let sessionThemes = "session,theme\n1,O1\n1,O2\n"

    static func folder(index: Bool = false) -> String {
        func study(_ framework: String, extra: String) -> String {
            """
            name: \(framework)
            data: {format: tidy, values: values.csv, framework: \(framework).yaml, units: units.csv, other_indicators: ignore}
            reference_year: 2020
            recipe: {normalise: {method: bounds}}
            ratings: {index: \(index)}
            practices: practices.yaml
            \(extra)
            """
        }
        return temporaryFolder([
            "first.yaml": first, "second.yaml": second, "values.csv": values, "units.csv": units,
            "practices.yaml": practices, "sessions.csv": sessions, "session_themes.csv": sessionThemes,
            "a.yaml": study("first", extra: ""),
            "b.yaml": study("second", extra: """
                registry_themes: gcm
                views:
                  - {name: Sessions, file: sessions.csv, id: session, label: title}
                  - {name: Sessions mapped, file: sessions.csv, id: session, label: title, themes: session_themes.csv}
                """),
        ])
    }

    static func results(_ path: String) throws -> StudyResults {
        let s = try Study.read(path)
        let inputs = try s.loadInputs()
        try s.check(inputs)
        return try StudyResults.load(s, inputs, parts: [.gaps, .partnerships])
    }

    static let dir = folder()
    static let a = try! results(dir + "/a.yaml")
    static let b = try! results(dir + "/b.yaml")

    @Test func linksByHand() {
        let cw = Crosswalk(Self.a.inputs.framework, Self.b.inputs.framework)
        // Themes top level first: the second framework's round tables, then its objectives.
        #expect(cw.aThemes == ["X", "Y"])
        #expect(cw.bThemes == ["R1", "R2", "O1", "O2", "O3", "O4"])
        let got = cw.links.map { "\($0.a)>\($0.b):\($0.shared.joined(separator: "+")) \($0.shared.count)/\($0.bCount)" }
        #expect(got == ["X>R1:a 1/3", "X>R2:b 1/1", "X>O1:a 1/1", "X>O4:b 1/1", "Y>R1:c 1/3", "Y>O2:c 1/2"])
        #expect(cw.onlyA == ["d"] && cw.onlyB == ["e"])
        #expect(cw.sharedIndicators == ["a", "b", "c"])
        #expect(cw.placement("b") == ("X", "O4"))
    }

    @Test func verdictsByHand() throws {
        let cw = Crosswalk(Self.a.inputs.framework, Self.b.inputs.framework)
        func verdicts(_ unit: String) -> [String] {
            CrosswalkComparison(cw, unit: unit, a: Self.a.gaps!, b: Self.b.gaps!).pairs
                .map { "\($0.link.a)>\($0.link.b) \($0.a.colour.rawValue)/\($0.b.colour.rawValue) \($0.verdict.rawValue)" }
        }
        // AAA: X = two worst b red (0) and a green (3), mean 1.5: yellow; Y green. R1 = {a, c, e} green;
        // R2 = {b} red (O3 adds nothing); O1 green, O2 green, O4 red.
        #expect(verdicts("AAA") == ["X>R1 yellow/green differ", "X>R2 yellow/red disagree", "X>O1 yellow/green differ",
                                    "X>O4 yellow/red disagree", "Y>R1 green/green agree", "Y>O2 green/green agree"])
        // BBB: X has b only, 1 of 2 < 2/3: a data gap (its colour, green, is not judged). Y red. R1 = {c R, e G}
        // with a missing, 2 of 3: yellow; R2 = {b} green; O1 (a missing) a data gap; O2 yellow; O4 green.
        #expect(verdicts("BBB") == ["X>R1 green/yellow one side only", "X>R2 green/green one side only",
                                    "X>O1 green/grey neither judged", "X>O4 green/green one side only",
                                    "Y>R1 red/yellow disagree", "Y>O2 red/yellow disagree"])
        let cmp = CrosswalkComparison(cw, unit: "AAA", a: Self.a.gaps!, b: Self.b.gaps!)
        #expect(cmp.disagreements.map(\.link.b) == ["R2", "O4"])
    }

    @Test func emptyObjectiveIsADataGapEverywhere() throws {
        let f = Self.b.inputs.framework
        #expect(f.node("O3")?.declaredEmpty == true && f.node("O3")?.level == 2)
        #expect(f.unmeasuredReason("O3") == "no indicator measures this objective")
        #expect(f.unmeasuredReason("O4") == nil && f.unmeasuredReason("R2") == nil)
        let g = Self.b.gaps!
        for u in ["AAA", "BBB"] {
            let c = try #require(g.cell(u, "O3"))
            #expect(c.gapClass == .dataGap && c.reasons == "no indicator measures this objective")
            let t = try #require(Self.b.assessment!.themes.first { $0.unit == u && $0.theme == "O3" })
            #expect(t.colour == Rated(.grey, "no indicator measures this objective") && t.score.isNaN && !t.sufficient)
        }
        // R2's score is O4's alone: b = 10 on 0-100 bounds scores 10 for AAA (90 for BBB).
        #expect(Self.b.build.aggregated.value(unit: "AAA", column: "R2") == 10)
        #expect(Self.b.build.aggregated.value(unit: "BBB", column: "R2") == 90)
        // With the index: AAA is held back by nothing (O3 is the framework's gap, not AAA's); BBB by O1.
        let indexed = try Self.results(Self.folder(index: true) + "/b.yaml").assessment!.units
        #expect(indexed.first { $0.unit == "AAA" }?.included == true)
        #expect(indexed.first { $0.unit == "BBB" }?.exclusion == "O1 coverage 0/1 (0%) < 67%")
    }

    @Test func childlessThemesNeedToBeDeclared() throws {
        let undeclared = Self.second.replacingOccurrences(of: ", empty: true", with: "")
        let e1 = #expect(throws: GapMatrixError.self) { try FrameworkFile.read(temporaryFile("f.yaml", undeclared)) }
        #expect(e1?.found == "theme 'O3' with no children")
        let withChild = Self.second + "\n" + Self.indicator("z", "O3")
        let e2 = #expect(throws: GapMatrixError.self) { try FrameworkFile.read(temporaryFile("f.yaml", withChild)) }
        #expect(e2?.found == "theme 'O3' declared empty with 1 children")
    }

    @Test func coverageAndRegistriesByTag() {
        // P1 names theme X of the first framework and objective 3: the second study reads it as R2 and O3.
        #expect(Self.b.practices.map(\.themes) == [["R2", "O3"]])
        #expect(Self.a.practices.map(\.themes) == [["X"]])
        let cov = FrameworkCoverage(Self.b.inputs.framework, practices: Self.b.practices, partnerships: Self.b.partnerships)
        #expect(cov.levelName == "Objective")
        #expect(cov.themes(in: .none).map(\.code) == ["O3"])
        #expect(cov.themes(in: .one).map(\.code) == ["O1", "O4"])
        #expect(cov.themes(in: .several).map(\.code) == ["O2"])
        #expect(cov.byParent.map { "\($0.parent) \($0.measured)/\($0.themes.count)" } == ["R1 2/2", "R2 1/2"])
        #expect(cov.withoutRegistryEntry.map(\.code) == ["O1", "O2", "O4"])
    }

    @Test func viewsListedOrMapped() throws {
        let views = Self.b.study.views
        #expect(views.map(\.name) == ["Sessions", "Sessions mapped"])
        let known = Set(Crosswalk.themes(Self.b.inputs.framework))
        let plain = try views[0].read(themes: known)
        #expect(plain.map(\.id) == ["1", "2"] && plain.map(\.label) == ["Rights", "Drivers"])
        #expect(plain.allSatisfy { $0.themes == nil } && plain[0].fields.map(\.column) == ["date"])
        let mapped = try views[1].read(themes: known)
        #expect(mapped.map(\.themes) == [["O1", "O2"], []])
        #expect(throws: GapMatrixError.self) { try views[1].read(themes: ["X"]) }
    }
}
