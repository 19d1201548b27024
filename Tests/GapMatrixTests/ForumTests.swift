import Testing
@testable import GapMatrix

@Suite struct ForumTests {
    static let recommendations = """
        recommendations:
          - id: R1
            meeting: Brussels 2007
            year: 2007
            document_type: chair summary
            kind: policy
            author: chair
            status: non-binding
            text: Lower the cost of sending remittances.
            locator: {document: Report of the first meeting, section: RT 2.1, url: "https://example.org/r"}
            themes: [RT2]
            gcm: [20]
          - id: R2
            meeting: Brussels 2007
            year: 2007
            document_type: web summary
            kind: process
            author: ""
            text: Name national focal points.
            locator: {document: Operating modalities}
            themes: []
          - id: R3
            meeting: Manila 2008
            year: 2008
            document_type: chair summary
            kind: policy
            text: Protect domestic workers.
            locator: {document: Chair's summary}
            themes: [RT1, RT3]
        """

    static let register = """
        meetings:
          - {name: Brussels 2007, year: 2007}
          - {name: Manila 2008, year: 2008}
          - {name: Athens 2009, year: 2009}
        actions:
          - id: A1
            recommendations: [R1]
            action: A price database.
            due: Manila 2008
            status: under way
            evidence:
              - {text: Launched, locator: {document: Press release}}
          - id: A2
            recommendations: [R1, R3]
            action: A study.
            due: Athens 2009
            status: proposed
            evidence:
              - {text: Announced, locator: {document: Minutes}}
          - id: A3
            recommendations: [R2]
            action: A network.
            status: unknown
        """

    func load() throws -> ([Recommendation], FollowUpRegister) {
        let recs = try RecommendationFile.read(temporaryFile("recs.yaml", Self.recommendations), themes: ["RT1", "RT2", "RT3"])
        let reg = try FollowUpFile.read(temporaryFile("fu.yaml", Self.register), recommendations: Set(recs.map(\.id)))
        return (recs, reg)
    }

    @Test func registersReadWithSilentSourcesLeftEmpty() throws {
        let (recs, reg) = try load()
        #expect(recs.map(\.id) == ["R1", "R2", "R3"])
        #expect(recs[0].author == "chair" && recs[1].author == nil && recs[1].kind == .process)
        #expect(recs[0].locator.url == "https://example.org/r" && recs[0].gcm == [20])
        #expect(reg.meetings.map(\.year) == [2007, 2008, 2009])
        #expect(reg.actions.map(\.status) == [.underWay, .proposed, .unknown])
    }

    @Test func followUpAtManilaByHand() throws {
        let (recs, reg) = try load()
        // RT2 has two indicators: I1 missing for 5 of 10 units, I2 for none; RT1 one, missing for 2.
        let r = try FollowUpReport.build(meeting: "Manila 2008", recommendations: recs, register: reg,
                                         missing: ["I1": (5, 10), "I2": (0, 10), "I3": (2, 10)],
                                         themeIndicators: ["RT1": ["I3"], "RT2": ["I1", "I2"], "RT3": []])
        // Made by Manila 2008: all three; R1 has A1 and A2, R2 has A3, R3 has A2.
        #expect(r.entries.map { $0.actions.map(\.id) } == [["A1", "A2"], ["A3"], ["A2"]])
        #expect(r.withoutAction.isEmpty)
        // A1 was due at Manila and is still under way: overdue. A2 is due at Athens: not yet.
        #expect(r.overdue.map(\.id) == ["A1"])
        #expect(r.statusUnknown.map(\.id) == ["A3"])
        // Research needs: policy recommendations only (R2 is about process); I2 has no gap.
        #expect(r.researchNeeds.map { "\($0.theme) \($0.indicator) \($0.missing)/\($0.units) \($0.recommendations)" }
                == ["RT1 I3 2/10 [\"R3\"]", "RT2 I1 5/10 [\"R1\"]"])
    }

    @Test func followUpAtBrusselsLeavesLaterRecommendationsOut() throws {
        let (recs, reg) = try load()
        let r = try FollowUpReport.build(meeting: "Brussels 2007", recommendations: recs, register: reg, missing: [:], themeIndicators: [:])
        #expect(r.entries.map(\.recommendation.id) == ["R1", "R2"])
        #expect(r.overdue.isEmpty)
        #expect(throws: GapMatrixError.self) {
            try FollowUpReport.build(meeting: "Rome 2030", recommendations: recs, register: reg, missing: [:], themeIndicators: [:])
        }
    }

    @Test func badEntriesNameTheirLineAndField() throws {
        func fails(_ recText: String, field: String) {
            let e = #expect(throws: GapMatrixError.self) {
                try RecommendationFile.read(temporaryFile("bad.yaml", recText), themes: ["RT1"])
            }
            #expect(e?.field?.hasSuffix(".\(field)") == true && e?.line != nil)
        }
        let base = Self.recommendations.components(separatedBy: "\n  - id: R2")[0].replacingOccurrences(of: "[RT2]", with: "[RT1]")
        fails(base.replacingOccurrences(of: "status: non-binding", with: "status: binding"), field: "status")
        fails(base.replacingOccurrences(of: "kind: policy", with: "kind: law"), field: "kind")
        fails(base.replacingOccurrences(of: "themes: [RT1]", with: "themes: []"), field: "themes")
        fails(base.replacingOccurrences(of: "gcm: [20]", with: "gcm: [24]"), field: "gcm")
        fails(base.replacingOccurrences(of: "url: \"https://example.org/r\"", with: "url: example.org"), field: "url")
        let recs = try RecommendationFile.read(temporaryFile("r.yaml", Self.recommendations), themes: ["RT1", "RT2", "RT3"])
        func registerFails(_ text: String, field: String) {
            let e = #expect(throws: GapMatrixError.self) {
                try FollowUpFile.read(temporaryFile("fu.yaml", text), recommendations: Set(recs.map(\.id)))
            }
            #expect(e?.field?.hasSuffix(".\(field)") == true)
        }
        registerFails(Self.register.replacingOccurrences(of: "[R1, R3]", with: "[R9]"), field: "recommendations")
        registerFails(Self.register.replacingOccurrences(of: "due: Athens 2009", with: "due: Rome 2030"), field: "due")
        registerFails(Self.register.replacingOccurrences(of: "status: proposed", with: "status: late"), field: "status")
        registerFails(Self.register.replacingOccurrences(of: "status: unknown", with: "status: done"), field: "evidence")
        registerFails(Self.register.replacingOccurrences(of: "{name: Athens 2009, year: 2009}", with: "{name: Athens 2009, year: 2006}"), field: "year")
    }
}
