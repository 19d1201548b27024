import Testing
@testable import GapMatrix

@Suite struct PartnershipTests {
    static func partnership(_ items: [String: Partnership.Item], parties: [(String, Partnership.Role)] = [("BBB", .origin), ("AAA", .destination)],
                            level: Practice.EvaluationLevel = .unknown) -> Partnership {
        Partnership(id: "X", name: "X", kind: .memorandum, parties: parties.map { .init(country: $0.0, role: $0.1) }, start: nil, end: nil,
                    themes: ["T1", "T2"], gcm: [], sdg: [], items: items, evaluation: .init(level: level, year: nil, reference: nil), sources: ["s"])
    }

    /// Complete 1 + partial 0.5 + absent 0, eight unknown: 100 x 1.5 / 11; unknowns and the absent item are gaps.
    @Test func itemCoverageCountsUnknownsAsGaps() {
        let p = Self.partnership(["rights": .complete, "recruitment": .partial, "information": .absent], level: .monitoring)
        let s = PartnershipScores.score(p, assessment: nil, gaps: nil, ties: nil)
        #expect(abs(s.coverage - 150.0 / 11) < 1e-12)
        #expect(s.knownItems == 3)
        #expect(s.gaps.count == 9 && s.gaps.contains("information") && !s.gaps.contains("rights"))
        #expect(abs(s.evidence - 100.0 / 3) < 1e-12)
    }

    /// On the hand-made gap study: BBB has a policy gap on T1 where AAA is green; on T2 BBB is green
    /// and AAA has an evidence gap (not a policy gap), so only one pair complements.
    @Test func complementarityAndCorridorWeightForAHandMadePair() {
        let (_, a, _, g) = GapMatrixTests.built
        let ties = Opportunities.Ties(migrants: ["BBB>AAA": (2019, 1200), "AAA>BBB": (2019, 300)],
                                      remittances: ["AAA>BBB": (2010, 4.5), "BBB>AAA": (2010, 1)], minMigrants: 0, minRemittances: 0)
        let s = PartnershipScores.score(Self.partnership([:]), assessment: a, gaps: g, ties: ties)
        #expect(s.complementarity.map { "\($0.theme) \($0.gap)<-\($0.strength)" } == ["T1 BBB<-AAA"])
        // Origin BBB -> destination AAA migrants; remittances from the destination back to the origin.
        #expect(s.migrants == 1200 && s.remittances == 4.5)
        let both = PartnershipScores.score(Self.partnership([:], parties: [("BBB", .both), ("AAA", .both)]), assessment: a, gaps: g, ties: ties)
        #expect(both.migrants == 1500 && both.remittances == 5.5)
    }

    @Test func registryErrors() {
        let head = "partnerships:\n"
        func error(_ body: String) -> GapMatrixError? {
            #expect(throws: GapMatrixError.self) {
                _ = try PartnershipFile.read(temporaryFile("p.yaml", head + body), known: ["AAA", "BBB"], themes: ["T1"])
            }
        }
        let good = "  - {id: A, name: A, type: multilateral, parties: [{country: AAA}, {country: BBB}], sources: [s]}\n"
        #expect(error(good.replacingOccurrences(of: "BBB}", with: "ZZZ}"))?.description.contains("unknown country code 'ZZZ'") == true)
        #expect(error("  - {id: A, name: A, type: multilateral, parties: [{country: AAA}], sources: [s]}\n")?.description.contains("1 party") == true)
        #expect(error(good.replacingOccurrences(of: ", sources", with: ", items: {rights: yes}, sources"))?.description.contains("'yes' for rights") == true)
        #expect(error(good.replacingOccurrences(of: ", sources", with: ", items: {wages: partial}, sources"))?.description.contains("unknown key 'wages'") == true)
        #expect(error(good.replacingOccurrences(of: "multilateral", with: "treaty"))?.field == "partnerships[1].type")
        let dup = error(good + good)
        #expect(dup?.line == 3)
        #expect(error(good.replacingOccurrences(of: ", sources: [s]", with: ""))?.description.contains("no source") == true)
        #expect((try? PartnershipFile.read(temporaryFile("p.yaml", head + good), known: ["AAA", "BBB"], themes: ["T1"]))?.count == 1)
    }
}
