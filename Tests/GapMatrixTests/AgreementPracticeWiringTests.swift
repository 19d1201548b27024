import Testing
@testable import GapMatrix

/// Agreements counted as practice in a study's gap matrix (issue 16, item 4), on a study built
/// by hand: four countries, two policy themes, reference year 2020 and no window, so only
/// agreements signed in 2020 count.
@Suite struct AgreementPracticeWiringTests {
    static func inputs() throws -> StudyInputs {
        func indicator(_ code: String, _ theme: String, direction: Double = 1, optimum: Double, lower: Double,
                       green: Double, red: Double) -> FrameworkNode {
            var n = FrameworkNode(code: code, name: code, kind: .indicator, level: 1, parent: theme, weight: 1, direction: direction)
            n.rating = RatingBounds(optimum: optimum, lowerBound: lower, green: green, red: red)
            n.type = .policy
            return n
        }
        let framework = try Framework.validated([
            FrameworkNode(code: "Index", name: "Index", kind: .aggregate, level: 3, parent: nil, weight: 1),
            FrameworkNode(code: "T1", name: "Theme one", kind: .aggregate, level: 2, parent: "Index", weight: 1),
            FrameworkNode(code: "T2", name: "Theme two", kind: .aggregate, level: 2, parent: "Index", weight: 1),
            indicator("i1", "T1", optimum: 100, lower: 0, green: 80, red: 40),
            indicator("i2", "T1", optimum: 10, lower: 0, green: 8, red: 4),
            indicator("i3", "T2", direction: -1, optimum: 0, lower: 20, green: 3, red: 5),
        ], levelNames: ["Indicator", "Theme", "Index"])
        let codes = ["A", "B", "C", "D"]
        let units = UnitTable(codes: codes, names: ["A": "Aland", "B": "Bland", "C": "Cland", "D": "Dland"],
                              groups: [:], groupColumns: [], denominators: Dataset(units: codes, columns: []))
        // A green on both themes, C red on both (as in InMemoryStudyTests).
        let raw = Dataset(units: codes, columns: ["i1", "i2", "i3"], values: [90, 60, 30, .nan, 9, 5, 2, 6, 2, 4, 10, 1])
        return StudyInputs(framework: framework, units: units, raw: raw, referenceYear: 2020)
    }

    /// The study maps recruitment onto T1 only; remittances bear on no theme.
    static func study() -> Study {
        var recipe = Recipe()
        recipe.normalise = NormaliseSpec(method: .bounds)
        var s = Study(name: "Agreements as practice", recipe: recipe, referenceYear: 2020, ratings: RatingsSpec())
        var spec = AgreementSpec(list: "bla_agreements.csv", crosswalk: "crosswalk.csv")
        spec.practiceThemes = [(theme: "T1", areas: ["recruitment"])]
        s.agreements = spec
        return s
    }

    static let crosswalk = AgreementCrosswalk(areas: [
        .init(code: "recruitment", name: "Recruitment", variables: ["recruit_cost_mig", "recruit_auth"], reason: ""),
        .init(code: "savings_and_remittances", name: "Savings and remittances", variables: ["remittances"], reason: ""),
    ])

    static func results(_ agreements: [Agreement]) throws -> StudyResults {
        var r = StudyResults.Registries()
        r.agreements = AgreementData(spec: study().agreements!, agreements: agreements, crosswalk: crosswalk)
        return try StudyResults.compute(study(), try inputs(), registries: r, parts: [.gaps])
    }

    static func agreement(_ id: String, _ year: Int?, recruitment: String, remittances: String = "0") -> Agreement {
        Agreement(id: id, year: year, parties: ["A", "C"], partyNames: ["Aland", "Cland"], title: "Aland-Cland labour agreement",
                  kind: .labourAgreement, provisions: ["recruit_cost_mig": "0", "recruit_auth": recruitment, "remittances": remittances],
                  line: 2, provisionsLine: 3)
    }

    @Test func anAgreementInTheWindowMovesARedCellFromPToUAndNoCellWorse() throws {
        let before = try #require(try Self.results([]).gaps)
        let after = try Self.results([Self.agreement("7", 2020, recruitment: "1")])
        let gaps = try #require(after.gaps)
        #expect(before.cell("C", "T1")?.gapClass == .policyNoPractice)
        #expect(gaps.cell("C", "T1")?.gapClass == .policyUnevaluated)
        #expect(gaps.cell("C", "T1")?.practices == ["BLA-7"])
        // A is green on T1: an evidence gap before and after (an unevaluated practice is no evaluation).
        #expect(before.cell("A", "T1")?.gapClass == .evidenceGap && gaps.cell("A", "T1")?.gapClass == .evidenceGap)
        // T2 is not mapped: unchanged.
        #expect(gaps.cell("C", "T2")?.gapClass == .policyNoPractice)
        for c in gaps.cells {
            let old = try #require(before.cell(c.unit, c.theme))
            #expect(c.gapClass.isNoWorse(than: old.gapClass), "\(c.unit) \(c.theme)")
        }
        let p = try #require(after.practices.first)
        #expect(after.practices.count == 1 && p.origin == .agreements && p.countries == ["A", "C"] && p.themes == ["T1"])
        #expect(p.evaluation.level == .unknown && p.start == 2020)
        #expect(p.sources == ["Chilton and Woda (2022), Bilateral Labor Agreements data set, doi:10.7910/DVN/QWSLYI, treatyID 7 "
                              + "(bla_agreements.csv and its coded text)"])
        // Registry coverage counts it apart from the hand-coded registries.
        let a = try #require(after.assessment)
        let c = RegistryCoverage.compute(practices: after.practices, partnerships: [], themes: gaps.themes, units: a.units.map(\.unit),
                                         region: { _ in nil }, roles: { _ in [] })
        #expect(c.practices == 0 && c.agreementPractices == 1 && c.byTheme.map(\.count) == [0, 0])
        #expect(c.agreements.byTheme.map { "\($0.key) \($0.count)" } == ["T1 1", "T2 0"])
        #expect(c.sentence.contains("they hold 0 practices and 0 partnerships, naming 0 of 4 units;"))
        #expect(c.sentence.contains("Apart from them, 1 bilateral labour agreement from the agreements data counts as unevaluated practice"))
    }

    @Test func anAgreementOutsideTheWindowOrWithoutAMappedAreaAddsNothing() throws {
        let before = try #require(try Self.results([]).gaps)
        for agreements in [[Self.agreement("8", 2019, recruitment: "1")],            // signed before the window
                           [Self.agreement("9", nil, recruitment: "1")],             // year unknown
                           [Self.agreement("10", 2020, recruitment: "0", remittances: "1")]] {  // mentions only an unmapped area
            let r = try Self.results(agreements)
            #expect(r.practices.isEmpty)
            #expect(try #require(r.gaps).cells.map(\.gapClass) == before.cells.map(\.gapClass))
        }
    }
}
