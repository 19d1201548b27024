import Testing
@testable import GapMatrix

@Suite struct UncertaintyTests {
    /// COINr's own rank statistics of its 100 replications, from our replay of its design.
    @Test func rankStatisticsMatchCOINr() throws {
        let (study, inputs) = ASEM.loaded
        let design = try DesignTable.read(Repo.ua + "/sa_UA_N100_params.csv")
        let sets = try DesignTable.readWeightSets(Repo.ua + "/sa_noisy_weights.csv", framework: inputs.framework)
        var replayer = try Replayer(inputs: inputs, recipe: study.recipe, weightSets: sets)
        let scores = try design.map { try replayer.scores($0) }
        let nominal = ASEM.build.aggregated.column(ASEM.build.aggregated.columnIndex("Index")!)
        let result = UncertaintyAnalysis.Result(units: replayer.units, nominal: nominal, rows: design, scores: scores,
                                                weightSets: sets.mapValues(inputs.framework.weightVector))
        let stats = UncertaintyAnalysis.rankStats(result)
        let reference = try RTable(Repo.ua + "/sa_UA_N100_rankstats.csv")
        #expect(stats.map(\.unit) == reference.order)
        for s in stats {
            let row = reference.rows[s.unit]!
            #expect(relativeDifference(s.nominalScore, Double(row["NominalScore"]!)!) <= 1e-9)
            #expect(s.nominalRank == Double(row["NominalRank"]!)!)
            for (got, key) in [(s.mean, "Mean"), (s.median, "Median"), (s.q5, "Q5"), (s.q95, "Q95")] {
                #expect(abs(got - Double(row[key]!)!) <= 1e-9, "\(s.unit) \(key)")
            }
        }
    }

    /// Three units, four replications: every rank written out by hand.
    @Test func rankStatisticsEnumerated() {
        let rows = (1...4).map { DesignRow(id: "r_\($0)") }
        // Ranks (1 = highest): A [1, 3, 1, 2], B [2, 2, 3, 1], C [3, 1, 2, 3].
        let r = UncertaintyAnalysis.Result(units: ["A", "B", "C"], nominal: [3, 2, 1], rows: rows,
                                           scores: [[3, 2, 1], [1, 2, 3], [3, 1, 2], [2, 3, 1]], weightSets: [:])
        let s = Dictionary(uniqueKeysWithValues: UncertaintyAnalysis.rankStats(r).map { ($0.unit, $0) })
        #expect(s["A"]!.mean == 1.75 && s["A"]!.median == 1.5 && s["A"]!.q5 == 1 && abs(s["A"]!.q95 - 2.85) < 1e-12)
        #expect(s["B"]!.mean == 2 && s["B"]!.median == 2 && abs(s["B"]!.q5 - 1.15) < 1e-12 && abs(s["B"]!.q95 - 2.85) < 1e-12)
        #expect(s["C"]!.mean == 2.25 && s["C"]!.median == 2.5 && abs(s["C"]!.q5 - 1.15) < 1e-12 && s["C"]!.q95 == 3)
        #expect(UncertaintyAnalysis.rankStats(r).map(\.unit) == ["A", "B", "C"])
    }

    @Test func shardsMergeIntoTheWholeRun() throws {
        let (study, inputs) = ASEM.loaded
        let spec = try #require(study.uncertainty)
        let whole = try UncertaintyAnalysis.run(inputs, recipe: study.recipe, spec: spec, seed: 7, replications: 1...10)
        let parts = try [1...3, 4...7, 8...10].map {
            try UncertaintyAnalysis.run(inputs, recipe: study.recipe, spec: spec, seed: 7, replications: $0)
        }
        #expect(try UncertaintyAnalysis.merge(parts.reversed()) == whole)
        let again = try UncertaintyAnalysis.run(inputs, recipe: study.recipe, spec: spec, seed: 7, replications: 1...10)
        #expect(again == whole)
        let other = try UncertaintyAnalysis.run(inputs, recipe: study.recipe, spec: spec, seed: 8, replications: 1...10)
        #expect(other.rows != whole.rows)
        let e = #expect(throws: GapMatrixError.self) { try UncertaintyAnalysis.merge([parts[0], parts[2]]) }
        #expect(e?.description.contains("missing replications r_4") == true)
        let d = #expect(throws: GapMatrixError.self) { try UncertaintyAnalysis.merge([parts[0], parts[0], parts[1], parts[2]]) }
        #expect(d?.description.contains("in more than one shard") == true)
    }

    @Test func drawsCoverEveryValueAndNoiseStaysInBounds() throws {
        let (study, inputs) = ASEM.loaded
        let spec = try #require(study.uncertainty)
        let (rows, sets) = try UncertaintyAnalysis.design(inputs, recipe: study.recipe, spec: spec, seed: 1, replications: 1...400)
        #expect(Set(rows.compactMap(\.winmax)) == [1, 2, 3, 4, 5])
        #expect(Set(rows.compactMap(\.aggregation)) == [.arithmetic, .geometric])
        #expect(Set(rows.compactMap(\.weightSet)).isSubset(of: Set(1...100)))
        #expect(sets.count == 100)
        let f = inputs.framework
        for (_, vector) in sets {
            let w = f.weightDictionary(vector)
            #expect(w["Conn"]! >= 0.75 && w["Conn"]! <= 1.25 && w["Conn"]! != 1)   // level 3, perturbed
            #expect(w["LPI"] == 1 && w["Index"] == 1)                               // levels 1 and 4 untouched
        }
    }

    /// Inputs that name nothing in the study are caught before anything runs, with the study file.
    @Test func uncertainInputsMustNameSomethingInTheStudy() throws {
        let (study, inputs) = ASEM.loaded
        var levels = study
        levels.uncertainty?.weights?.levels = [2, 9]
        let e = #expect(throws: GapMatrixError.self) { try levels.check(inputs) }
        #expect(e?.field == "uncertainty.inputs.weights.levels" && e?.description.contains("1 to 4") == true)
        #expect(e?.file == study.file)
        var target = study
        target.uncertainty?.target = "Nowhere"
        let t = #expect(throws: GapMatrixError.self) { try target.check(inputs) }
        #expect(t?.field == "uncertainty.target" && t?.description.contains("'Nowhere'") == true)
        try study.check(inputs)
    }

    @Test func badUncertaintySections() {
        func error(_ section: String) -> GapMatrixError? {
            #expect(throws: GapMatrixError.self) {
                let folder = temporaryFolder(["study.yaml": "data: {format: coinr, idata: a.csv, imeta: b.csv}\n" + section])
                _ = try Study.read(folder + "/study.yaml")
            }
        }
        #expect(error("uncertainty:\n  inputs:\n    - {parameter: treat.skip, values: [1, 2]}\n")?.description.contains("uncertain parameter 'treat.skip'") == true)
        #expect(error("uncertainty:\n  inputs:\n    - {parameter: treat.winmax, values: []}\n")?.description.contains("an empty distribution") == true)
        #expect(error("uncertainty:\n  inputs: []\n")?.description.contains("no uncertain inputs") == true)
        #expect(error("uncertainty:\n  inputs:\n    - {parameter: weights, noise: 2, levels: [2]}\n")?.field == "uncertainty.inputs[1].noise")
        let w = "uncertainty:\n  inputs:\n    - {parameter: weights, noise: 0.2, levels: [2]}\n"
        #expect(error(w + "  replications: 100\n")?.description.contains("only one of replications and seed") == true)
        #expect(error(w + "  replications: 1\n  seed: 3\n")?.field == "uncertainty.replications")
        #expect(error(w + "  replications: 10\n  seed: -3\n")?.field == "uncertainty.seed")
    }

    @Test func aStudyRecordsItsRun() throws {
        let folder = temporaryFolder(["study.yaml": "data: {format: coinr, idata: a.csv, imeta: b.csv}\nuncertainty:\n  inputs:\n"
                                      + "    - {parameter: weights, noise: 0.2, levels: [2]}\n  replications: 250\n  seed: 18446744073709551615\n"])
        let run = try Study.read(folder + "/study.yaml").uncertainty?.run
        #expect(run?.replications == 250 && run?.seed == UInt64.max)
    }

    /// Units outside the kept set drop out of every replication, so the others are ranked among themselves.
    @Test func keepingRanksAmongTheKeptUnits() {
        let r = UncertaintyAnalysis.Result(units: ["A", "B", "C"], nominal: [1, 3, 2], rows: [], scores: [[1, 3, 2], [3, 2, 1]], weightSets: [:])
        let stats = UncertaintyAnalysis.rankStats(UncertaintyAnalysis.keeping(["A", "C"], of: r))
        let byUnit = Dictionary(uniqueKeysWithValues: stats.map { ($0.unit, $0) })
        // Without B: replication 1 ranks C 1, A 2; replication 2 ranks A 1, C 2.
        #expect(byUnit["C"]!.nominalRank == 1 && byUnit["A"]!.nominalRank == 2)
        #expect(byUnit["A"]!.mean == 1.5 && byUnit["C"]!.mean == 1.5)
        #expect(byUnit["B"]!.nominalRank.isNaN && byUnit["B"]!.mean.isNaN)
    }
}
