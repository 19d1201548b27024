import Testing
@testable import GapMatrix

/// The first edition of the default study on the real data (kept in Datasets/gfmd-2007/first-edition,
/// with its index and quartile thresholds): every value traced back to its row in Datasets.
@Suite struct GFMDStudyTests {
    static let loaded: (Study, StudyInputs, Build, Assessment) = {
        let s = try! Study.read(Repo.path("Datasets/gfmd-2007/first-edition/study.yaml"))
        let inputs = try! s.loadInputs()
        let build = try! Regenerate.run(inputs, recipe: s.recipe)
        return (s, inputs, build, Assessment.evaluate(inputs, build: build, spec: s.ratings!, sufficiency: s.gaps.sufficiency))
    }()

    @Test func unitsAreTheUNMemberStates() {
        let inputs = Self.loaded.1
        #expect(inputs.raw.unitCount == 193)
        #expect(inputs.units.codes.contains("FRA") && !inputs.units.codes.contains("XKX"))
        #expect(inputs.units.groups["income_group"]?["NOR"] == "High income")
    }

    /// Samples every 11th cell and finds the row it names in the source files.
    @Test func sampledCellsEqualTheirRowsInDatasets() throws {
        var rows: [String: (value: Double, source: String)] = [:]
        for file in ["human_capital_labour.csv", "remittances.csv", "policy_governance.csv"] {
            let t = try CSVTable.read(Repo.path("Datasets/migration-development/" + file))
            let cu = try t.column("iso3"), cy = try t.column("year"), ci = try t.column("indicator_code")
            let cv = try t.column("value"), cs = try t.column("source")
            for r in t.rows { rows[r.fields[cu] + "|" + r.fields[cy] + "|" + r.fields[ci]] = (try t.number(r, cv), r.fields[cs]) }
        }
        let cells = Self.loaded.3.cells
        var checked = 0
        for cell in stride(from: 0, to: cells.count, by: 11).map({ cells[$0] }) where !cell.raw.isNaN {
            let year = try #require(cell.year)
            let row = try #require(rows["\(cell.unit)|\(year)|\(cell.indicator)"], "no row for \(cell.unit) \(year) \(cell.indicator)")
            #expect(row.value == cell.raw)
            #expect(row.source == cell.source)
            // Nothing newer inside the window was skipped.
            for later in stride(from: year + 1, through: 2022, by: 1) { #expect(rows["\(cell.unit)|\(later)|\(cell.indicator)"] == nil || rows["\(cell.unit)|\(later)|\(cell.indicator)"]!.value.isNaN) }
            checked += 1
        }
        #expect(checked > 50)
    }

    /// The shipped unit x indicator CSV (the second edition): each sampled row's value equals the Datasets row it names.
    @Test func reportRowsEqualTheirRowsInDatasets() throws {
        var rows: [String: Double] = [:]
        for file in ["migration-development/human_capital_labour.csv", "migration-development/remittances.csv",
                     "migration-development/policy_governance.csv", "migration-development/migration.csv",
                     "migration-development-extra/indicators_gfmd2.csv"] {
            let t = try CSVTable.read(Repo.path("Datasets/" + file))
            let cu = try t.column("iso3"), cy = try t.column("year"), ci = try t.column("indicator_code"), cv = try t.column("value")
            for r in t.rows { rows[r.fields[cu] + "|" + r.fields[cy] + "|" + r.fields[ci]] = try t.number(r, cv) }
        }
        let report = try CSVTable.read(Repo.path("Reports/gfmd-2007/indicators.csv"))
        let cu = try report.column("unit_code"), cy = try report.column("year"), ci = try report.column("indicator_code"), cv = try report.column("value")
        var checked = 0
        for r in stride(from: 0, to: report.rows.count, by: 13).map({ report.rows[$0] }) where !r.fields[cv].isEmpty {
            let want = try #require(rows[r.fields[cu] + "|" + r.fields[cy] + "|" + r.fields[ci]], "line \(r.line)")
            #expect(try report.number(r, cv) == want, "line \(r.line)")
            checked += 1
        }
        #expect(checked > 50)
    }

    /// The study opts in to the index; a unit needs every theme judged (coverage >= 0.667) and
    /// at most 20% of its indicators missing (the first edition's rule, which the study keeps).
    @Test func inclusionRuleWithholdsTheIndex() {
        let a = Self.loaded.3
        #expect(a.spec.index && a.spec.maxMissing == 0.2)
        let themes = Dictionary(grouping: a.themes, by: \.unit)
        for u in a.units {
            let judged = themes[u.unit]!.allSatisfy { $0.coverage >= 0.667 }
            #expect(u.included == (u.missingShare <= 0.2 && judged))
            #expect(u.indexScore.isNaN == !u.included)
        }
        // Chile and Uruguay miss only RT2 (one indicator): within 20% missing, but RT2 cannot be judged.
        for unit in ["CHL", "URY"] {
            let u = a.units.first { $0.unit == unit }!
            #expect(u.missingShare <= 0.2 && !u.included, "\(unit)")
            #expect(u.exclusion.hasPrefix("RT2 coverage 0/1 (0%) < 67%"), "\(unit): \(u.exclusion)")
        }
        let included = a.units.filter(\.included)
        #expect(Set(included.map(\.indexRank)).count > 1)
        #expect(included.map(\.indexRank).min() == 1)
    }

    @Test func costColourFollowsSDG10c() throws {
        let a = Self.loaded.3
        for c in a.cells where c.indicator == "SI.RMT.COST.IB.ZS" && !c.raw.isNaN {
            let want: Colour = c.raw <= 3 ? .green : c.raw >= 5 ? .red : c.raw <= 4 ? .yellow : .orange
            #expect(c.colour.value == want, "\(c.unit) \(c.raw)")
        }
    }

    @Test func frameworkQuartilesMatchTheData() throws {
        // green/red of the two labour indicators are type-7 quartiles of UN members' latest values 2012-2022.
        let inputs = Self.loaded.1
        for (code, green, red) in [("SL.UEM.TOTL.ZS", 0.25, 0.75), ("SL.TLF.CACT.FE.ZS", 0.75, 0.25)] {
            let c = inputs.raw.columnIndex(code)!
            let present = inputs.raw.column(c).filter { !$0.isNaN }
            let node = inputs.framework.node(code)!
            #expect(abs(GSL.quantile(present, green) - node.rating.green!) < 0.005, "\(code)")
            #expect(abs(GSL.quantile(present, red) - node.rating.red!) < 0.005, "\(code)")
        }
    }
}
