import Foundation
import Testing
@testable import GapMatrix

/// The bilateral labour agreements (Chilton and Woda): the reader, the type rule, the crosswalk to
/// the UN Network's areas and the free-movement table.
@Suite struct AgreementTests {
    static let folder = Repo.path("Datasets/migration-development-extra/bilateral_labour_agreements")
    static let known: Set<String> = {
        let t = try! CSVTable.read(Repo.path("Datasets/migration-development/countries.csv"))
        let c = try! t.column("iso3")
        return Set(t.rows.map { $0.fields[c] })
    }()
    static let real = try! AgreementFile.read(list: folder + "/bla_agreements.csv", provisions: folder + "/bla_provisions.csv", known: known)
    static let crosswalk = try! AgreementFile.crosswalk(folder + "/un_network_bla_crosswalk.csv")

    /// The values of the crosswalk's variables for three real coded texts, copied from
    /// bla_provisions.csv (treatyID 175: United Kingdom for North Borneo and the Philippines, 1955;
    /// 827: Australia and Korea, working holiday, 1995; 101: Spain and Colombia, 2001).
    static let handCoded: [String: [String: String]] = [
        "175": ["prot_equal": "0", "prot_women": "0", "prot_women_det": "0", "prot_other": "0", "labor_union_join": "0", "passport": "0",
                "disputes_emp_mig": "0", "intl_instr": "0", "recruit_cost_mig": "1", "recruit_auth": "1.0", "migrant_info": "0",
                "info_dissem": "0", "perm_resid": "0", "contract_renewal": "1", "social_security": "1", "contract_req": "1",
                "contract_standard": "1", "contract_terms": "1", "wage_prot": "0", "housing_req": "1", "housing_cond": "1",
                "housing_monitor": "1", "work_monitor": "0", "joint_commit": "0", "govt_agencies": "1", "info_exch": "0",
                "labor_union_orig": "0", "labor_union_dest": "0", "emp_orgs": "0", "ngos": "0", "credentials": "0", "mig_human_cap": "0",
                "remittances": "1", "reintegration": "0"],
        "827": Dictionary(uniqueKeysWithValues: ["prot_equal", "prot_women", "prot_women_det", "prot_other", "labor_union_join", "passport",
                "disputes_emp_mig", "intl_instr", "recruit_cost_mig", "migrant_info", "info_dissem", "perm_resid", "contract_renewal",
                "social_security", "contract_req", "contract_standard", "contract_terms", "wage_prot", "housing_req", "housing_cond",
                "housing_monitor", "work_monitor", "joint_commit", "govt_agencies", "info_exch", "labor_union_orig", "labor_union_dest",
                "emp_orgs", "ngos", "credentials", "mig_human_cap", "remittances", "reintegration"].map { ($0, "0") } + [("recruit_auth", "0.0")]),
        "101": ["prot_equal": "1", "prot_women": "0", "prot_women_det": "0", "prot_other": "0", "labor_union_join": "0", "passport": "0",
                "disputes_emp_mig": "0", "intl_instr": "1", "recruit_cost_mig": "1", "recruit_auth": "1.0", "migrant_info": "0",
                "info_dissem": "0", "perm_resid": "0", "contract_renewal": "0", "social_security": "1", "contract_req": "1",
                "contract_standard": "0", "contract_terms": "0", "wage_prot": "0", "housing_req": "0", "housing_cond": "0",
                "housing_monitor": "0", "work_monitor": "0", "joint_commit": "1", "govt_agencies": "1", "info_exch": "1",
                "labor_union_orig": "0", "labor_union_dest": "0", "emp_orgs": "0", "ngos": "0", "credentials": "0", "mig_human_cap": "1",
                "remittances": "0", "reintegration": "1"],
    ]

    /// The crosswalk worked by hand: an area is mentioned when any of its variables is 1. 175 mentions
    /// recruitment (6a, 6b), status (20b renewal), social protection, contract (11a-c, 13a-c), governance (4)
    /// and remittances; 827 mentions nothing; 101 mentions rights (9, 1), recruitment, social protection,
    /// contract (11a), governance (2, 4, 5), skills (17) and reintegration. OSH has no variable: not coded.
    @Test func crosswalkByHandOnThreeCodedAgreements() throws {
        let m = "mentioned", n = "not mentioned", x = "not coded"
        let expected: [String: [String]] = [
            //       rights rec info status osh social contract gov skills remit return
            "175": [n, m, n, m, x, m, m, m, n, m, n],
            "827": [n, n, n, n, x, n, n, n, n, n, n],
            "101": [m, m, n, n, x, m, m, m, m, n, m],
        ]
        for (id, values) in Self.handCoded {
            let a = Agreement(id: id, year: 2000, parties: ["AAA", "BBB"], partyNames: ["A", "B"], provisions: values)
            #expect(Self.crosswalk.statuses(a).map(\.rawValue) == expected[id], "treatyID \(id)")
            // The same values are what the reader took from the file.
            let read = try #require(Self.real.first { $0.id == id })
            for (k, v) in values { #expect(read.provisions?[k] == v, "treatyID \(id) \(k)") }
            #expect(Self.crosswalk.statuses(read) == Self.crosswalk.statuses(a))
        }
        #expect(Self.real.first { $0.id == "827" }?.kind == .workingHoliday)
        #expect(Self.real.first { $0.id == "101" }?.kind == .labourAgreement)
    }

    /// Every agreement has a status for each of the eleven areas; uncoded texts are not coded
    /// everywhere, and an area without a variable is not coded for every agreement.
    @Test func notCodedIsNeverAbsent() {
        #expect(Self.real.count == 1222)
        #expect(Self.real.filter(\.isCoded).count == 570)
        for a in Self.real {
            let s = Self.crosswalk.statuses(a)
            #expect(s.count == Partnership.areas.count)
            if !a.isCoded { #expect(s.allSatisfy { $0 == .notCoded } && a.kind == .notCoded) }
            #expect(s[Partnership.areas.firstIndex(of: "occupational_safety_and_health")!] == .notCoded)
        }
        #expect(Self.crosswalk.codable.count == 10)
    }

    /// Type counts from the rule: past_bla_amend = 1 first, then the working-holiday title markers.
    @Test func typeRuleCounts() {
        let counts = Dictionary(grouping: Self.real, by: \.kind).mapValues(\.count)
        #expect(counts[.amendment] == 117)
        #expect(counts[.notCoded] == 652)
        #expect(counts[.workingHoliday] == 83 && counts[.labourAgreement] == 370)
        #expect(Agreement.kind(title: "Agreement on a Working Holiday Scheme", amendment: false) == .workingHoliday)
        #expect(Agreement.kind(title: "Agreement on a Working Holiday Scheme", amendment: true) == .amendment)
        #expect(Agreement.kind(title: "Agreement concerning seasonal workers", amendment: false) == .labourAgreement)
    }

    /// The destination is the party hosting more migrants born in the other; ties give no role.
    @Test func inferredRoles() {
        let a = Agreement(id: "1", year: 2000, parties: ["PHL", "SAU"], partyNames: ["", ""])
        let stocks = ["PHL>SAU": 900.0, "SAU>PHL": 10]
        #expect(a.inferredRoles { stocks[$0 + ">" + $1] } == [.origin, .destination])
        #expect(a.inferredRoles { _, _ in 5 } == [nil, nil])
        #expect(a.inferredRoles { _, _ in nil } == [nil, nil])
    }

    static let listHead = "treatyID,year,datesigned,ratified,countryA,iso3_A_source,iso3_A,countryB,iso3_B_source,iso3_B,copy_available,evidence_available,dataset_original\n"

    static func listError(_ body: String) -> GapMatrixError? {
        do {
            _ = try AgreementFile.read(list: temporaryFile("bla_agreements.csv", listHead + body), provisions: nil, known: known)
            return nil
        } catch { return error as? GapMatrixError }
    }

    @Test func unknownCountryCodeNamesFileLineAndField() throws {
        let e = try #require(Self.listError("1,1990,,,Spain,ESP,ESP,Atlantis,ATL,ATL,1,0,\n"))
        #expect(e.file?.hasSuffix("bla_agreements.csv") == true && e.line == 2 && e.field == "iso3_B")
        #expect(e.description.contains("unknown country code 'ATL' in treatyID 1"))
    }

    @Test func anAgreementWithOnePartyIsAnError() throws {
        let e = try #require(Self.listError("1,1990,,,Spain,ESP,ESP,Morocco,MAR,MAR,1,0,\n7,1991,,,Spain,ESP,ESP,,,,1,0,\n"))
        #expect(e.line == 3 && e.description.contains("1 party in treatyID 7") && e.description.contains("two different parties"))
        let same = try #require(Self.listError("8,1991,,,Spain,ESP,ESP,Spain,ESP,ESP,1,0,\n"))
        #expect(same.line == 2 && same.description.contains("the same party twice"))
    }

    @Test func aProvisionOutsideItsCodesIsAnError() throws {
        let list = temporaryFile("bla_agreements.csv", Self.listHead + "1,1990,,,Spain,ESP,ESP,Morocco,MAR,MAR,1,0,\n")
        let head = "treatyID,year,countryA,iso3_A,countryB,iso3_B,agreement_title,past_bla_amend,remittances,past_bla_ref\n"
        func error(_ row: String) -> GapMatrixError? {
            do { _ = try AgreementFile.read(list: list, provisions: temporaryFile("bla_provisions.csv", head + row), known: Self.known); return nil }
            catch { return error as? GapMatrixError }
        }
        let flag = try #require(error("1,1990,Spain,ESP,Morocco,MAR,Agreement,0,2,No prior BLA\n"))
        #expect(flag.file?.hasSuffix("bla_provisions.csv") == true && flag.line == 2 && flag.field == "remittances")
        #expect(flag.description.contains("'2' for treatyID 1, outside the codes of remittances") && flag.description.contains("0 or 1"))
        let category = try #require(error("1,1990,Spain,ESP,Morocco,MAR,Agreement,0,1,Two prior BLAs\n"))
        #expect(category.field == "past_bla_ref" && category.description.contains("One prior BLA"))
        let wrongParties = try #require(error("1,1990,Spain,ESP,Italy,ITA,Agreement,0,1,No prior BLA\n"))
        #expect(wrongParties.line == 2 && wrongParties.description.contains("the parties of the list"))
        #expect(error("1,1990,Spain,ESP,Morocco,MAR,Agreement,0,1,No prior BLA\n") == nil)
    }

    @Test func crosswalkErrors() throws {
        let head = "area_code,area_name,variables,reason\n"
        let e = try #require({ () -> GapMatrixError? in
            do { _ = try AgreementFile.crosswalk(temporaryFile("cw.csv", head + "rights,Rights,prot_equal;quota_num,why\n")); return nil }
            catch { return error as? GapMatrixError }
        }())
        #expect(e.line == 2 && e.description.contains("variable 'quota_num' for rights"))
    }

    /// Members in a year: from_year and to_year included; an empty to_year is still a member.
    @Test func freeMovementMembershipByYear() throws {
        let fm = try FreeMovement.read(Repo.path("Tests/Fixtures/free_movement/membership.csv"), known: ["AAA", "BBB", "CCC", "DDD", "EEE"])
        #expect(fm.regimes("AAA", "BBB", in: 2020) == ["EU_EEA"])
        #expect(fm.regimes("AAA", "BBB", in: 2003) == [])
        #expect(fm.regimes("AAA", "CCC", in: 2020) == ["EU_EEA"])
        #expect(fm.regimes("AAA", "CCC", in: 2021) == [])
        #expect(fm.regimes("DDD", "EEE", in: 2020) == [] && fm.regimes("DDD", "EEE", in: 1990) == ["ECOWAS"])
        #expect(fm.regimes("AAA", "DDD", in: 2020) == [])
        let repo = try FreeMovement.read(Repo.path("Datasets/migration-development-extra/free_movement_regimes/free_movement_membership.csv"), known: Self.known)
        #expect(repo.regimes("DEU", "POL", in: 2020) == ["EEA", "EU"] && repo.regimes("DEU", "NOR", in: 2020) == ["EEA"])
        #expect(repo.regimes("DEU", "CHE", in: 2020) == ["CH_EU_AFMP"] && repo.regimes("AUS", "NZL", in: 2020) == ["TTTA"])
        // The EU-Switzerland agreement joins each EU state to Switzerland only; POL from 2006.
        #expect(repo.regimes("POL", "CHE", in: 2005) == [] && repo.regimes("POL", "CHE", in: 2006) == ["CH_EU_AFMP"])
        // ECOWAS members are listed, but no source read gives the year free movement began: a
        // membership without a start year marks no pair.
        #expect(repo.memberships.contains { $0.regime == "ECOWAS" && $0.country == "NGA" && $0.from == nil })
        #expect(repo.regimes("GHA", "NGA", in: 2020) == [])
        #expect(repo.regimes("DEU", "TUR", in: 2020) == [])
    }

    @Test func freeMovementErrors() throws {
        let head = "regime_code,regime_name,iso3,from_year,to_year,source_id,locator,note\n"
        func error(_ body: String) -> GapMatrixError? {
            do { _ = try FreeMovement.read(temporaryFile("fm.csv", head + body), known: ["AAA", "BBB"]); return nil }
            catch { return error as? GapMatrixError }
        }
        let unknown = try #require(error("EU_EEA,EU,AAA,1958,,s,l,\nEU_EEA,EU,ZZZ,1973,,s,l,\n"))
        #expect(unknown.line == 3 && unknown.field == "iso3" && unknown.description.contains("unknown country code 'ZZZ'"))
        let backwards = try #require(error("EU_EEA,EU,AAA,1995,1990,s,l,\n"))
        #expect(backwards.line == 2 && backwards.field == "to_year" && backwards.description.contains("on or after from_year 1995"))
        let overlap = try #require(error("EU_EEA,EU,AAA,1958,2000,s,l,\nEU_EEA,EU,AAA,1999,,s,l,\n"))
        #expect(overlap.line == 3 && overlap.description.contains("overlapping line 2"))
        #expect(error("EU_EEA,EU,AAA,1958,1990,s,l,\nEU_EEA,EU,AAA,1995,,s,l,\n") == nil)
    }
}
