import Foundation
import GapMatrix

/// Uncertainty outputs in COINr's layouts, and the shard files that `merge` joins.
public enum UncertaintyFiles {
    /// `uCode, Nominal, r_1, ...`: one column per replication (also what `replay` writes).
    public static func scores(units: [String], nominal: [Double], ids: [String], scores: [[Double]]) -> String {
        var w = CSVWriter(header: ["uCode", "Nominal"] + ids)
        for (u, unit) in units.enumerated() {
            w.row(label: unit, values: [nominal[u]] + scores.map { $0[u] })
        }
        return w.text
    }

    /// `rep, Winmax, Normalisation, NormPara, WeightSet, Aggregation`, replayable by `replay`:
    /// `rep`, then the columns of every parameter in COINr's layout, then those of each other
    /// parameter some row varies (in pipeline order), so the layout is COINr's unless the study
    /// goes beyond COINr's vignette.
    public static func params(_ rows: [DesignRow]) -> String {
        let written = UncertainParameter.all.indices.filter { UncertainParameter.all[$0].inCOINrLayout }
            + UncertainParameter.all.indices.filter { i in !UncertainParameter.all[i].inCOINrLayout && rows.contains { $0.values[i] != nil } }
        var w = CSVWriter(header: ["rep"] + written.flatMap { UncertainParameter.all[$0].columns })
        for r in rows {
            w.row([.text(r.id)] + written.flatMap { UncertainParameter.all[$0].cells(r.values[$0]) }.map(cell))
        }
        return w.text
    }

    static func cell(_ c: DesignCell) -> CSVWriter.Cell {
        switch c {
        case let .text(t): .text(t ?? "NA")
        case let .whole(n): .number(n.map(String.init) ?? "NA")
        case let .number(v): .number(NumberFormat.full(v ?? .nan))
        }
    }

    /// `WeightSet, iCode, Level, Weight`.
    public static func weights(_ sets: [Int: [Double]], framework: Framework) -> String {
        var w = CSVWriter(header: ["WeightSet", "iCode", "Level", "Weight"])
        for k in sets.keys.sorted() {
            for (i, n) in framework.nodes.enumerated() {
                w.row([.number("\(k)"), .text(n.code), .number("\(n.level)"), .number(NumberFormat.full(sets[k]![i]))])
            }
        }
        return w.text
    }

    public static func rankStats(_ stats: [UncertaintyAnalysis.RankStats]) -> String {
        var w = CSVWriter(header: ["uCode", "NominalScore", "NominalRank", "Mean", "Median", "Q5", "Q95"])
        for s in stats {
            w.row([.text(s.unit), .number(NumberFormat.full(s.nominalScore)), .number(NumberFormat.integer(s.nominalRank)),
                   .number(NumberFormat.full(s.mean)), .number(NumberFormat.full(s.median)),
                   .number(NumberFormat.full(s.q5)), .number(NumberFormat.full(s.q95))])
        }
        return w.text
    }

    /// The rank statistics as a report table (`unit_code`, empty for missing).
    public static func reportRankStats(_ stats: [UncertaintyAnalysis.RankStats]) -> String {
        var w = CSVWriter(ScoreSchemas.rankStats)
        for s in stats {
            w.row([.text(s.unit), .value(s.nominalScore), .value(s.nominalRank), .value(s.mean), .value(s.median), .value(s.q5), .value(s.q95)])
        }
        return w.text
    }

    public static func summary(_ study: Study, _ inputs: StudyInputs, _ r: UncertaintyAnalysis.Result, seed: UInt64,
                               stats: [UncertaintyAnalysis.RankStats]) -> String {
        var d = Document()
        d.heading(1, "\(study.name): uncertainty analysis")
        d.paragraph("\(r.rows.count) replications, seed \(seed), target \(study.uncertainty?.target ?? inputs.framework.root). "
                    + "Ranks: 1 = highest; the 5-95% band is the range of ranks in 90% of the replications. "
                    + "Differences of 2-3 ranks are not meaningful in practice (JRC audit of the SDG Index, 2019).")
        d.table(TextTable(header: ["Unit", "Name", "Score", "Rank", "Mean", "Median", "5%", "95%"],
                          rows: stats.map { s in
                              [s.unit, inputs.units.name(s.unit), NumberFormat.fixed(s.nominalScore, 1), NumberFormat.integer(s.nominalRank),
                               NumberFormat.fixed(s.mean, 1), NumberFormat.fixed(s.median, 1), NumberFormat.fixed(s.q5, 1), NumberFormat.fixed(s.q95, 1)]
                          }, numeric: [2, 3, 4, 5, 6, 7]))
        return d.text()
    }

    /// Every file of a complete run.
    public static func full(_ study: Study, _ inputs: StudyInputs, _ r: UncertaintyAnalysis.Result, seed: UInt64) -> [(name: String, text: String)] {
        let stats = UncertaintyAnalysis.rankStats(r)
        return [("ua_scores.csv", scores(units: r.units, nominal: r.nominal, ids: r.rows.map(\.id), scores: r.scores)),
                ("ua_params.csv", params(r.rows)),
                ("ua_weights.csv", weights(r.weightSets, framework: inputs.framework)),
                ("ua_rankstats.csv", rankStats(stats)),
                ("ua_summary.txt", summary(study, inputs, r, seed: seed, stats: stats))]
    }

    /// The files of shard i of n: scores, parameters and weight sets of its replications.
    public static func shard(_ inputs: StudyInputs, _ r: UncertaintyAnalysis.Result, index: Int, of count: Int) -> [(name: String, text: String)] {
        let tag = "shard-\(index)-of-\(count)"
        return [("ua_scores.\(tag).csv", scores(units: r.units, nominal: r.nominal, ids: r.rows.map(\.id), scores: r.scores)),
                ("ua_params.\(tag).csv", params(r.rows)),
                ("ua_weights.\(tag).csv", weights(r.weightSets, framework: inputs.framework))]
    }

    /// Reads every shard in `folders`, checking that the shards of one run are all there.
    public static func readShards(_ folders: [String], framework: Framework) throws -> [UncertaintyAnalysis.Result] {
        var found: [(index: Int, count: Int, folder: String)] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard FileManager.default.fileExists(atPath: folder) else {
                throw GapMatrixError(.missingInput, file: folder, found: "no such folder")
            }
            for name in names where name.hasPrefix("ua_scores.shard-") && name.hasSuffix(".csv") {
                let parts = name.dropFirst("ua_scores.shard-".count).dropLast(4).split(separator: "-")
                guard parts.count == 3, parts[1] == "of", let i = Int(parts[0]), let n = Int(parts[2]) else { continue }
                found.append((i, n, folder))
            }
        }
        guard let count = found.first?.count else {
            throw GapMatrixError(.missingInput, file: folders.joined(separator: ", "), found: "no shard files (ua_scores.shard-I-of-N.csv)",
                                 expected: "folders written by gapmatrix uncertainty --shard")
        }
        let indices = found.map(\.index).sorted()
        guard found.allSatisfy({ $0.count == count }), indices == Array(1...count) else {
            throw GapMatrixError(.badData, file: folders.joined(separator: ", "), found: "shards \(indices.map { "\($0)/\(count)" }.joined(separator: ", "))",
                                 expected: "each of shards 1/\(count) to \(count)/\(count) exactly once")
        }
        return try found.sorted { $0.index < $1.index }.map { s in
            let tag = "shard-\(s.index)-of-\(s.count)"
            let path = { (kind: String) in (s.folder as NSString).appendingPathComponent("ua_\(kind).\(tag).csv") }
            let t = try CSVTable.read(path("scores"))
            let nominal = try t.rows.map { try t.number($0, 1) }
            let ids = Array(t.header.dropFirst(2))
            let scores = try ids.indices.map { j in try t.rows.map { try t.number($0, j + 2) } }
            let rows = try DesignTable.read(path("params"))
            guard rows.map(\.id) == ids else {
                throw GapMatrixError(.badData, file: path("params"), found: "replications that differ from \(path("scores"))", expected: "the files of one shard")
            }
            let sets = try DesignTable.readWeightSets(path("weights"), framework: framework).mapValues(framework.weightVector)
            return UncertaintyAnalysis.Result(units: t.rows.map { $0.fields[0] }, nominal: nominal, rows: rows, scores: scores, weightSets: sets)
        }
    }
}

/// Sensitivity-analysis outputs.
public enum SensitivityFiles {
    public static func render(_ study: Study, _ r: SensitivityAnalysis.Result, seed: UInt64, sobolPoints: Bool) -> [(name: String, text: String)] {
        var w = CSVWriter(header: ["parameter", "Si", "Si_q5", "Si_q95", "STi", "STi_q5", "STi_q95"])
        for (p, i) in zip(r.parameters, r.indices) {
            w.row([.text(p)] + [i.first, i.firstLow, i.firstHigh, i.total, i.totalLow, i.totalHigh].map { .number(NumberFormat.full($0)) })
        }
        var y = CSVWriter(header: ["row", "yA", "yB"] + r.parameters.map { "yAB_" + $0 })
        for k in 0..<r.n {
            y.row([.number("\(k + 1)"), .number(NumberFormat.full(r.yA[k])), .number(NumberFormat.full(r.yB[k]))]
                  + r.yAB.map { .number(NumberFormat.full($0[k])) })
        }
        var d = Document()
        d.heading(1, "\(study.name): sensitivity analysis")
        d.paragraph("N = \(r.n) (\(r.runs) regenerations), seed \(seed), \(sobolPoints ? "Sobol quasi-random points (GSL)" : "uniform random points"). "
                    + "Output: mean absolute rank change against the nominal ranking. Si: first-order index (share of the output "
                    + "variance due to the input alone); STi: total index (including interactions). Intervals: 5-95% bootstrap.")
        d.table(TextTable(header: ["Input", "Si", "Si 5-95%", "STi", "STi 5-95%"],
                          rows: zip(r.parameters, r.indices).map { p, i in
                              [p, NumberFormat.fixed(i.first, 3), "\(NumberFormat.fixed(i.firstLow, 3)) to \(NumberFormat.fixed(i.firstHigh, 3))",
                               NumberFormat.fixed(i.total, 3), "\(NumberFormat.fixed(i.totalLow, 3)) to \(NumberFormat.fixed(i.totalHigh, 3))"]
                          }, numeric: [1, 3]))
        return [("sa_indices.csv", w.text), ("sa_outputs.csv", y.text), ("sa_summary.txt", d.text())]
    }
}

extension UncertaintyFiles {
    /// The uncertain inputs in a phrase, for notes under plots.
    public static func describe(_ spec: UncertaintySpec) -> String {
        UncertainParameter.all.compactMap { p in spec.inputs[p.id].map { p.describe($0, number: NumberFormat.full) } }.joined(separator: "; ")
    }
}
