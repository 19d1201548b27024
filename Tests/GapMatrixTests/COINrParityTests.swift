import Testing
@testable import GapMatrix

/// The ASEM example built by our engine against COINr 1.1.14's own outputs for
/// `build_example_coin()`, cell by cell.
@Suite struct COINrParityTests {
    static let tolerance = 1e-9

    @Test(arguments: Stage.allCases)
    func stageMatchesCOINr(_ stage: Stage) throws {
        let reference = try RTable(Repo.canonical + "/dset_\(stage.rawValue).csv")
        let ours = ASEM.build.dataset(stage)
        #expect(Set(ours.units) == Set(reference.order))
        #expect(Set(ours.columns) == Set(reference.header.dropFirst()))
        var worst = 0.0
        for unit in reference.order {
            for column in reference.header.dropFirst() {
                let want = NumberText.parse(reference.rows[unit]![column]!)!
                let got = try #require(ours.value(unit: unit, column: column))
                worst = max(worst, relativeDifference(want, got))
            }
        }
        #expect(worst <= Self.tolerance, "worst relative difference \(worst) in \(stage.rawValue)")
    }

    @Test func aggregateColumnsInCOINrsOrder() throws {
        let reference = try RTable(Repo.canonical + "/dset_Aggregated.csv")
        #expect(ASEM.build.aggregated.columns == Array(reference.header.dropFirst()))
        #expect(ASEM.build.aggregated.units == reference.order)
    }

    @Test func ranksMatchCOINr() throws {
        let reference = try RTable(Repo.canonical + "/ranks_Aggregated.csv")
        for unit in reference.order {
            for column in reference.header.dropFirst() {
                let want = Double(reference.rows[unit]![column]!)!
                #expect(ASEM.build.ranks.value(unit: unit, column: column) == want, "\(unit) \(column)")
            }
        }
    }

    @Test func imputedPointsMatchCOINr() throws {
        let t = try CSVTable.read(Repo.canonical + "/impute_points.csv")
        var want: [String: Double] = [:]
        for r in t.rows { want[r.fields[0] + "/" + r.fields[1]] = try t.number(r, 3) }
        let points = ASEM.build.imputedPoints
        #expect(points.count == want.count)
        for p in points {
            let w = try #require(want[p.unit + "/" + p.indicator], "unexpected imputed point \(p.unit) \(p.indicator)")
            #expect(relativeDifference(w, p.value) <= Self.tolerance)
            #expect(p.group == ASEM.loaded.1.units.groups["EurAsia_group"]![p.unit])
        }
    }

    @Test func treatedPointsMatchCOINr() throws {
        let t = try CSVTable.read(Repo.canonical + "/treat_winmax5_points_long.csv")
        #expect(ASEM.build.treatment.points.count == t.rows.count)
        for r in t.rows {
            let p = try #require(ASEM.build.treatment.points.first { $0.indicator == r.fields[0] && $0.unit == r.fields[1] })
            #expect(p.treatment == r.fields[2])
            #expect(relativeDifference(p.before, try t.number(r, 3)) <= Self.tolerance)
            #expect(relativeDifference(p.after, try t.number(r, 4)) <= Self.tolerance)
        }
    }

    @Test func treatmentDetailsMatchCOINr() throws {
        let reference = try RTable(Repo.canonical + "/treat_winmax5_details.csv")
        let details = Dictionary(uniqueKeysWithValues: ASEM.build.treatment.details.map { ($0.indicator, $0) })
        for code in reference.order {
            let row = reference.rows[code]!
            let d = try #require(details[code])
            #expect(d.before.pass == (row["check_SkewKurt0.Pass"] == "TRUE"))
            #expect(relativeDifference(d.before.skew, Double(row["check_SkewKurt0.Skew"]!)!) <= Self.tolerance)
            #expect(relativeDifference(d.before.kurtosis, Double(row["check_SkewKurt0.Kurt"]!)!) <= Self.tolerance)
            if row["winsorise.nwin"] == "NA" {
                #expect(d.winsorised == nil)
            } else {
                #expect(d.winsorised == Int(row["winsorise.nwin"]!))
                #expect(d.afterWinsorising?.pass == (row["check_SkewKurt1.Pass"] == "TRUE"))
                #expect(relativeDifference(d.afterWinsorising!.skew, Double(row["check_SkewKurt1.Skew"]!)!) <= Self.tolerance)
                #expect(relativeDifference(d.afterWinsorising!.kurtosis, Double(row["check_SkewKurt1.Kurt"]!)!) <= Self.tolerance)
            }
            #expect(!d.logTransformed)
        }
    }

    @Test func screeningMatchesCOINr() throws {
        let reference = try RTable(Repo.canonical + "/screen_summary.csv")
        for s in ASEM.build.screening {
            let row = try #require(reference.rows[s.unit])
            #expect(Int(row["N_missing"]!) == s.missing)
            #expect(Int(row["N_zero"]!) == s.zeros)
            #expect(relativeDifference(Double(row["Dat_Avail"]!)!, s.availability) <= Self.tolerance)
            #expect(relativeDifference(Double(row["Non_Zero"]!)!, s.nonZero) <= Self.tolerance)
            #expect((row["Included"] == "TRUE") == s.included)
        }
    }

    @Test func effectiveWeightsMatchCOINr() throws {
        let reference = try RTable(Repo.canonical + "/weights_effective.csv")
        #expect(reference.order.count == ASEM.loaded.1.framework.nodes.count)
        for code in reference.order {
            let want = Double(reference.rows[code]!["EffWeight"]!)!
            let got = try #require(ASEM.build.effectiveWeights[code])
            #expect(relativeDifference(want, got) <= Self.tolerance, "\(code)")
        }
    }

    /// Every replication of COINr's uncertainty analysis, replayed from its design.
    @Test func replayReproducesCOINrsHundredReplications() throws {
        let (study, inputs) = ASEM.loaded
        let design = try DesignTable.read(Repo.ua + "/sa_UA_N100_params.csv")
        let sets = try DesignTable.readWeightSets(Repo.ua + "/sa_noisy_weights.csv", framework: inputs.framework)
        #expect(design.count == 100)
        #expect(sets.count == 100)
        var replayer = try Replayer(inputs: inputs, recipe: study.recipe, weightSets: sets)
        let reference = try RTable(Repo.ua + "/sa_UA_N100_scores.csv")
        #expect(Set(replayer.units) == Set(reference.order))
        var worst = 0.0
        for row in design {
            let scores = try replayer.scores(row)
            for (u, unit) in replayer.units.enumerated() {
                worst = max(worst, relativeDifference(Double(reference.rows[unit]![row.id]!)!, scores[u]))
            }
        }
        #expect(worst <= Self.tolerance, "worst relative difference \(worst)")
        let root = ASEM.build.aggregated
        for unit in reference.order {
            #expect(relativeDifference(Double(reference.rows[unit]!["Nominal"]!)!,
                                       root.value(unit: unit, column: "Index")!) <= Self.tolerance)
        }
    }
}
