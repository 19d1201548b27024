import Testing
@testable import GapMatrix

/// SDG 10.c.1 benchmarks on the real Remittance Prices Worldwide file, worked out by hand for
/// Singapore to India (35 periods: 2011Q1, 2011Q3, 2012Q1, 2012Q3, then every quarter to 2020Q3).
@Suite struct CorridorTests {
    static let analysis: Corridors.Analysis = {
        var spec = Corridors.Spec()
        spec.excludeNegative = true
        let known = GFMDStudyTests.loaded.1.units.knownCodes
        return try! Corridors.load(Repo.path("Datasets/migration-development/remittance_corridor_costs.csv"), known: known, spec: spec)
    }()

    @Test func singaporeToIndia() throws {
        let rows = Self.analysis.rows.filter { $0.from == "SGP" && $0.to == "IND" }
        #expect(rows.count == 35)
        let last = try #require(rows.last)
        #expect(last.period == "2020Q3")
        #expect(last.cost == 1.7740741)
        #expect(abs(last.gapToTarget - (1.7740741 - 3)) < 1e-12)
        #expect(!last.aboveCeiling)
        #expect(last.firstPeriod == "2011Q1")
        #expect(abs(last.changeSinceFirst - (1.7740741 - 8.1637497)) < 1e-12)
        #expect(abs(last.changeSinceBaseline! - (1.7740741 - 3.9337499)) < 1e-12)   // 2015Q1
        // Above 5% in 2011Q1 (8.16), 2013Q3 (5.007), 2014Q2 (5.146), 2015Q3 (5.685).
        #expect(last.shareAbove == 4.0 / 35)
        #expect(rows.first!.aboveCeiling)
    }

    /// South Africa to China: 18 quarters from 2016Q2, every one above 5%, none in 2015.
    @Test func southAfricaToChina() throws {
        let rows = Self.analysis.rows.filter { $0.from == "ZAF" && $0.to == "CHN" }
        #expect(rows.count == 18)
        let last = try #require(rows.last)
        #expect(last.period == "2020Q3" && last.cost == 25.542)
        #expect(abs(last.gapToTarget - 22.542) < 1e-12)
        #expect(abs(last.changeSinceFirst - (25.542 - 21.153749)) < 1e-12)
        #expect(last.changeSinceBaseline == nil)
        #expect(last.shareAbove == 1)
        let sending = try #require(Self.analysis.countries.first { $0.country == "ZAF" && $0.role == "sending" })
        #expect(sending.corridors >= 1 && sending.meanCost > 5)
    }

    @Test func latestPeriodAndNegativeCosts() {
        let a = Self.analysis
        #expect(a.latestPeriod == "2020Q3")
        #expect(a.latest.first.map { "\($0.from)>\($0.to)" } == "ZAF>CHN")
        #expect(zip(a.latest, a.latest.dropFirst()).allSatisfy { $0.cost >= $1.cost })
        #expect(a.excluded.map(\.line) == [2927, 3790, 4369, 7957, 9194])
        let y2020 = a.byYear.first { $0.year == 2020 }!
        #expect(y2020.corridors == 363 && y2020.above == 237)
    }

    @Test func ceilingOperatorIsConfigurable() {
        var spec = Corridors.Spec()
        let at5 = Corridors.Observation(from: "AAA", to: "BBB", period: "2020Q1", year: 2020, cost: 5, line: 2)
        #expect(Corridors.analyse([at5], spec: spec).rows[0].aboveCeiling == false)
        spec.ceilingInclusive = true
        #expect(Corridors.analyse([at5], spec: spec).rows[0].aboveCeiling == true)
    }

    @Test func badCorridorFiles() {
        let header = "iso3,country,partner_iso3,year,indicator_code,value,unit,source,period\n"
        func error(_ row: String, exclude: Bool = false) -> GapMatrixError? {
            #expect(throws: GapMatrixError.self) {
                _ = try BilateralFile.costs(temporaryFile("costs.csv", header + row), known: ["SGP", "IND"], excludeNegative: exclude)
            }
        }
        let negative = error("SGP,Singapore,IND,2014,ATCR.CORR,-2.5,%,s,2014Q2\n")
        #expect(negative?.line == 2 && negative?.field == "value")
        let period = error("SGP,Singapore,IND,2014,ATCR.CORR,2.5,%,s,2014-H1\n")
        #expect(period?.field == "period" && period?.description.contains("2014Q1") == true)
        #expect(error("SGP,Singapore,IND,2014,ATCR.CORR,2.5,%,s,2015Q1\n")?.field == "period")   // quarter of another year
        #expect(error("SGP,Singapore,XXX,2014,ATCR.CORR,2.5,%,s,2014Q1\n")?.description.contains("unknown country code 'XXX'") == true)
        // A set-aside negative cost still counts as the corridor's cost for that period: a second one is a duplicate.
        let twice = error("SGP,Singapore,IND,2014,ATCR.CORR,2.5,%,s,2014Q2\nSGP,Singapore,IND,2014,ATCR.CORR,-1,%,s,2014Q2\n", exclude: true)
        #expect(twice?.line == 3 && twice?.description.contains("first on line 2") == true)
    }
}

/// Opportunities on the hand-made gap study: BBB (policy gap on T1) and AAA (green) are linked
/// by 50,000 migrants; DDD (gap) and EEE (green) by 20,000; CCC and EEE by remittances only.
@Suite struct OpportunityTests {
    @Test func rankedByTheTieBetweenGapAndStrength() {
        let (_, a, p, g) = GapMatrixTests.built
        let ties = Opportunities.Ties(
            migrants: ["BBB>AAA": (2019, 50_000), "DDD>EEE": (2019, 15_000), "EEE>DDD": (2019, 5_000), "DDD>AAA": (2019, 500)],
            remittances: ["EEE>CCC": (2010, 25)], minMigrants: 10_000, minRemittances: 10)
        let link = Partnership(id: "L", name: "L", kind: .memorandum, parties: [.init(country: "BBB", role: .origin), .init(country: "AAA", role: .destination)],
                               start: nil, end: nil, themes: ["T1"], gcm: [], sdg: [], items: [:],
                               evaluation: .init(level: .unknown, year: nil, reference: nil), sources: ["s"])
        let ops = Opportunities.find(a, g, ties: ties, practices: p, partnerships: [link])
        let t1 = ops.filter { $0.theme == "T1" }.map { "\($0.rank) \($0.gapUnit)>\($0.strengthUnit)" }
        #expect(t1 == ["1 BBB>AAA", "2 DDD>EEE"])     // DDD>AAA (500) is below the threshold
        let t2 = ops.filter { $0.theme == "T2" }.map { "\($0.rank) \($0.gapUnit)>\($0.strengthUnit)" }
        #expect(t2 == ["1 CCC>EEE"])                  // remittances of 25 US$ million clear the 10 threshold
        let d = ops.first { $0.gapUnit == "DDD" }!
        #expect(d.migrants == 20_000 && d.migrantsOut == 15_000 && d.migrantsIn == 5_000)
        #expect(ops.first { $0.gapUnit == "BBB" }!.sharedPractices.isEmpty)
        #expect(ops.first { $0.gapUnit == "BBB" }!.sharedPartnerships == ["L"])   // the existing partnership is shown
        #expect(ops.first { $0.gapUnit == "DDD" }!.sharedPartnerships.isEmpty)
    }
}
