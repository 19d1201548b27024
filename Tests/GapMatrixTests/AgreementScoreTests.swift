import Foundation
import Testing
@testable import GapMatrix

/// Agreement scores, the country roll-up by period and the corridor partnership-gap matrix on the real data.
@Suite struct AgreementScoreTests {
    static let units: [String] = {
        let t = try! CSVTable.read(Repo.path("Datasets/migration-development/countries.csv"))
        let c = try! t.column("iso3"), m = try! t.column("is_un_member")
        return t.rows.filter { $0.fields[m] == "True" }.map { $0.fields[c] }
    }()
    static let data: AgreementData = {
        let folder = Repo.path("Datasets/migration-development-extra/bilateral_labour_agreements")
        var spec = AgreementSpec(list: folder + "/bla_agreements.csv", provisions: folder + "/bla_provisions.csv",
                                 crosswalk: folder + "/un_network_bla_crosswalk.csv")
        spec.minMigrants = 100_000
        return AgreementData(spec: spec, agreements: AgreementTests.real, crosswalk: AgreementTests.crosswalk,
                             freeMovement: try! FreeMovement.read(Repo.path("Datasets/migration-development-extra/free_movement_regimes/free_movement_membership.csv"),
                                                                  known: AgreementTests.known),
                             migrants: try! BilateralFile.latest(Repo.path("Datasets/migration-development/migrant_stock_bilateral.csv"), known: AgreementTests.known))
    }()
    static let scores = AgreementScores.scores(data, assessment: nil, gaps: nil)

    /// Agreements, partners and coded agreements per period for the Philippines and Germany, counted
    /// here straight from the rows of bla_agreements.csv and bla_provisions.csv.
    @Test func countsPerCountryFromTheRawList() throws {
        let list = try CSVTable.read(Repo.path("Datasets/migration-development-extra/bilateral_labour_agreements/bla_agreements.csv"))
        let coded = try CSVTable.read(Repo.path("Datasets/migration-development-extra/bilateral_labour_agreements/bla_provisions.csv"))
        let codedIds = Set(coded.rows.map { $0.fields[0] })
        let (cid, cy, ca, cb) = (try list.column("treatyID"), try list.column("year"), try list.column("iso3_A"), try list.column("iso3_B"))
        let rollUp = AgreementScores.rollUp(Self.data, Self.scores, known: AgreementTests.known)
        for country in ["PHL", "DEU"] {
            var counts: [String: (n: Int, coded: Int, partners: Set<String>)] = [:]
            for r in list.rows where r.fields[ca] == country || r.fields[cb] == country {
                let y = Int(r.fields[cy])!
                let p = y == 9999 ? "year unknown" : y < 1990 ? "before 1990" : y < 2000 ? "1990-1999" : y < 2010 ? "2000-2009" : "2010-2020"
                let partner = r.fields[ca] == country ? r.fields[cb] : r.fields[ca]
                for key in [p, "all years"] {
                    var c = counts[key] ?? (0, 0, [])
                    c.n += 1
                    if codedIds.contains(r.fields[cid]) { c.coded += 1 }
                    c.partners.insert(partner)
                    counts[key] = c
                }
            }
            let rows = rollUp.filter { $0.country == country }
            #expect(Set(rows.map(\.period)) == Set(counts.keys), "\(country)")
            for row in rows {
                let c = try #require(counts[row.period])
                #expect(row.agreements.count == c.n && row.coded == c.coded && row.partners == c.partners.sorted(), "\(country) \(row.period)")
                #expect(row.byKind.reduce(0, +) == c.n)
            }
        }
        // The Philippines: 68 agreements in all (the list's PHL source alone adds 68 rows), none before 1950.
        #expect(rollUp.first { $0.country == "PHL" && $0.period == "all years" }!.agreements.count >= 68)
    }

    /// Coverage = mentioned / codable areas (10 with a variable); uncoded texts have none; evidence is none.
    @Test func coverageOverCodableAreas() throws {
        let i = try #require(Self.data.agreements.firstIndex { $0.id == "175" })
        let s = Self.scores[i]
        #expect(s.mentioned == 6 && s.codable == 10 && s.coverage == 60 && s.evidence == "none")
        let uncoded = try #require(Self.data.agreements.firstIndex { !$0.isCoded })
        #expect(Self.scores[uncoded].coverage == nil && Self.scores[uncoded].codable == 0)
        // Germany hosts more Poles than Poland hosts Germans: Germany is the inferred destination of DEU-POL agreements.
        let dp = try #require(Self.data.agreements.firstIndex { $0.parties == ["DEU", "POL"] })
        #expect(Self.scores[dp].roles == [.destination, .origin])
    }

    /// EU pairs are marked free movement, never listed as lacking an agreement; the list uses the
    /// exact words, and a pair with agreements is "agreement recorded".
    @Test func freeMovementPairsAreMarkedNotListed() throws {
        let m = PartnershipGaps.build(Self.data, Self.scores, units: Self.units, costs: nil)
        #expect(m.pairs.allSatisfy { $0.migrants >= 100_000 })
        let deuPol = try #require(m.pairs.first { $0.a == "DEU" && $0.b == "POL" })
        #expect(deuPol.status == .freeMovement && deuPol.regimes == ["EEA", "EU"] && !deuPol.agreements.isEmpty)
        let none = m.noneRecorded
        #expect(!none.contains { Self.data.freeMovement.regimes($0.a, $0.b, in: 2020).count > 0 })
        #expect(none.allSatisfy { $0.agreements.isEmpty && $0.since == nil && $0.areas.allSatisfy { $0 == .notCoded } })
        #expect(PartnershipGaps.noneRecorded(m.throughYear) == "none recorded to 2020")
        // Ranked by migrants, most first.
        #expect(zip(none, none.dropFirst()).allSatisfy { $0.migrants >= $1.migrants })
        // A pair of two EU members with no agreement at all is marked too, not listed.
        #expect(m.pairs.contains { $0.status == .freeMovement && $0.agreements.isEmpty })
    }

    /// The remittance list: coded agreements that do not mention remittances on a corridor above 5%.
    @Test func remittanceGapsOnCostlyCorridors() throws {
        let costs = try Corridors.load(Repo.path("Datasets/migration-development/remittance_corridor_costs.csv"), known: AgreementTests.known,
                                       spec: { var s = Corridors.Spec(); s.excludeNegative = true; return s }())
        let m = PartnershipGaps.build(Self.data, Self.scores, units: Self.units, costs: costs)
        // Thailand-Myanmar (838, 2003) does not mention remittances; sending from Thailand cost 12.33% in 2020Q3.
        let thaMmr = try #require(m.remittanceGaps.first { Self.data.agreements[$0.agreement].id == "838" })
        #expect(thaMmr.from == "THA" && thaMmr.to == "MMR" && thaMmr.period == "2020Q3" && abs(thaMmr.cost - 12.33) < 0.005)
        for g in m.remittanceGaps {
            #expect(g.cost > 5)
            let s = Self.scores[g.agreement]
            #expect(s.statuses[Partnership.areas.firstIndex(of: "savings_and_remittances")!] == .notMentioned)
            #expect(Set(Self.data.agreements[g.agreement].parties) == Set([g.from, g.to]))
        }
    }
}
