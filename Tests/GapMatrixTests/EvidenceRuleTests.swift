import Testing
@testable import GapMatrix

/// Adding evidence never makes a cell's class worse (issue 16, item 4): checked over every
/// combination of the inputs the class depends on, and every set of up to three practices.
@Suite struct EvidenceRuleTests {
    typealias GapClass = KnowledgeGapMatrix.GapClass

    /// Every multiset of up to `size` evaluation levels (sorted, so each set once).
    static func practiceSets(upTo size: Int) -> [[Practice.EvaluationLevel]] {
        var sets: [[Practice.EvaluationLevel]] = [[]]
        var frontier: [[Practice.EvaluationLevel]] = [[]]
        let levels = Practice.EvaluationLevel.allCases
        for _ in 0..<size {
            frontier = frontier.flatMap { s in
                levels.indices.filter { i in s.last.map { levels.firstIndex(of: $0)! <= i } ?? true }.map { s + [levels[$0]] }
            }
            sets += frontier
        }
        return sets
    }

    static func gapClass(_ inputs: (Int, Bool, Colour, Colour, Colour), _ practices: [Practice.EvaluationLevel]) -> GapClass {
        KnowledgeGapMatrix.gapClass(assessable: inputs.0, sufficient: inputs.1, colour: inputs.2, policy: inputs.3, outcome: inputs.4,
                                    practices: practices.count, evaluated: practices.filter(\.isEvaluation).count)
    }

    @Test func theOrderOfClasses() {
        #expect(GapClass.allCases.sorted { $0.rank < $1.rank }.map(\.symbol) == ["D", "P", "U", "E", "O", "V", "."])
        #expect(GapClass.policyEvaluated.isNoWorse(than: .policyNoPractice) && !GapClass.evidenceGap.isNoWorse(than: .noGap))
    }

    @Test func addingOrRaisingEvidenceNeverWorsensAClass() {
        let sets = Self.practiceSets(upTo: 3)
        #expect(sets.count == 1 + 5 + 15 + 35)
        let levels = Practice.EvaluationLevel.allCases
        var inputs: [(Int, Bool, Colour, Colour, Colour)] = []
        for assessable in [0, 3] {
            for sufficient in [false, true] {
                for colour in Colour.allCases { for policy in Colour.allCases { for outcome in Colour.allCases {
                    inputs.append((assessable, sufficient, colour, policy, outcome))
                } } }
            }
        }
        var pairs = 0
        for input in inputs {
            for s in sets {
                let before = Self.gapClass(input, s)
                // One more practice, at any level.
                for l in levels {
                    let after = Self.gapClass(input, s + [l])
                    #expect(after.isNoWorse(than: before), "\(input) \(s.map(\.rawValue)) + \(l.rawValue): \(before.rawValue) -> \(after.rawValue)")
                    pairs += 1
                }
                // One practice's evaluation raised to any higher level.
                for (i, old) in s.enumerated() {
                    for l in levels where levels.firstIndex(of: l)! > levels.firstIndex(of: old)! {
                        var raised = s
                        raised[i] = l
                        let after = Self.gapClass(input, raised)
                        #expect(after.isNoWorse(than: before), "\(input) \(s.map(\.rawValue)) raise \(old.rawValue) -> \(l.rawValue)")
                        pairs += 1
                    }
                }
            }
        }
        #expect(inputs.count == 2 * 2 * 125 && pairs > 100_000)
    }

    /// The case the rule was written for: a yellow cell is an evidence gap with no practice and
    /// with an unevaluated one, and no gap once a practice is evaluated.
    @Test func aYellowCellByItsPractices() {
        let yellow = (3, true, Colour.yellow, Colour.yellow, Colour.green)
        #expect(Self.gapClass(yellow, []) == .evidenceGap)
        #expect(Self.gapClass(yellow, [.unknown]) == .evidenceGap)
        #expect(Self.gapClass(yellow, [.monitoring]) == .evidenceGap)
        #expect(Self.gapClass(yellow, [.monitoring, .impact]) == .noGap)
        let red = (3, true, Colour.red, Colour.red, Colour.green)
        #expect([[], [.none], [.independent]].map { Self.gapClass(red, $0) } == [.policyNoPractice, .policyUnevaluated, .policyEvaluated])
    }

    /// An agreement counts for a theme only if signed in the window and mentioning a mapped
    /// provision, and always as unevaluated.
    @Test func agreementsCountAsUnevaluatedPracticeInTheWindow() throws {
        let window = try #require(AgreementPractice.window(referenceYear: 2022, window: Window(years: 10)))
        #expect(window == 2012...2022)
        let map = ["recruitment": ["RT1"], "savings_and_remittances": ["RT2"], "rights": ["RT1", "RT3"]]
        func agreement(_ year: Int?, _ areas: Set<String>, parties: [String] = ["PHL", "SAU"]) -> AgreementPractice.Agreement {
            .init(id: "BLA-1", title: "PHL-SAU domestic workers", parties: parties, signed: year, mentioned: areas, source: "Chilton and Woda (2022)")
        }
        let themes: Set = ["RT1", "RT2", "RT3"], units: Set = ["PHL", "SAU"]
        let p = try #require(AgreementPractice.practice(agreement(2013, ["recruitment", "rights", "information"]), window: window,
                                                        themesByArea: map, themes: themes, units: units))
        #expect(p.themes == ["RT1", "RT3"] && p.countries == ["PHL", "SAU"] && !p.isEvaluated && p.evaluation.level == .unknown)
        #expect(p.start == 2013 && p.sources == ["Chilton and Woda (2022)"])
        // The window's ends count; a year outside it, an undated agreement, no mapped area or no party among the units do not.
        #expect(AgreementPractice.practice(agreement(2012, ["recruitment"]), window: window, themesByArea: map, themes: themes, units: units) != nil)
        #expect(AgreementPractice.practice(agreement(2022, ["recruitment"]), window: window, themesByArea: map, themes: themes, units: units) != nil)
        #expect(AgreementPractice.practice(agreement(2011, ["recruitment"]), window: window, themesByArea: map, themes: themes, units: units) == nil)
        #expect(AgreementPractice.practice(agreement(nil, ["recruitment"]), window: window, themesByArea: map, themes: themes, units: units) == nil)
        #expect(AgreementPractice.practice(agreement(2015, ["information"]), window: window, themesByArea: map, themes: themes, units: units) == nil)
        #expect(AgreementPractice.practice(agreement(2015, ["recruitment"], parties: ["XKX", "ZZZ"]), window: window, themesByArea: map,
                                           themes: themes, units: units) == nil)
        // Counted, it moves a policy gap from P to U and leaves a yellow cell an evidence gap: never worse.
        let red = (3, true, Colour.red, Colour.red, Colour.green), yellow = (3, true, Colour.yellow, Colour.yellow, Colour.green)
        #expect(Self.gapClass(red, [p.evaluation.level]) == .policyUnevaluated)
        #expect(Self.gapClass(yellow, [p.evaluation.level]) == .evidenceGap)
    }
}
