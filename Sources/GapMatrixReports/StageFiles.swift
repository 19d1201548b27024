import GapMatrix

/// Renders a build's stages and step records in COINr's layouts, at full precision, so a
/// run can be diffed cell by cell against COINr's own output.
public enum StageFiles {
    public static func render(_ build: Build, framework: Framework, groupColumn: String?) -> [(name: String, text: String)] {
        var files: [(String, String)] = []
        for stage in Stage.allCases {
            files.append(("dset_\(stage.rawValue).csv", dataset(build.dataset(stage))))
        }
        files.append(("ranks_Aggregated.csv", dataset(build.ranks, integers: true)))
        files.append(("impute_points.csv", imputePoints(build.imputedPoints, groupColumn: groupColumn)))
        files.append(("screen_summary.csv", screenSummary(build.screening)))
        files.append(("treat_details.csv", treatDetails(build.treatment.details)))
        files.append(("treat_points_long.csv", treatPoints(build.treatment.points)))
        files.append(("weights_effective.csv", weights(build, framework: framework)))
        return files
    }

    public static func dataset(_ d: Dataset, integers: Bool = false) -> String {
        var w = CSVWriter(header: ["uCode"] + d.columns)
        for u in 0..<d.unitCount {
            var cells: [CSVWriter.Cell] = [.text(d.units[u])]
            for c in 0..<d.columnCount {
                let v = d[unit: u, column: c]
                cells.append(.number(integers ? NumberFormat.integer(v) : NumberFormat.full(v)))
            }
            w.row(cells)
        }
        return w.text
    }

    static func imputePoints(_ points: [Impute.Point], groupColumn: String?) -> String {
        let grouped = points.contains { $0.group != nil }
        var w = CSVWriter(header: ["uCode", "iCode"] + (grouped ? [groupColumn ?? "Group"] : []) + ["Imputed"])
        for p in points {
            w.row([.text(p.unit), .text(p.indicator)] + (grouped ? [.text(p.group ?? "")] : [])
                  + [.number(NumberFormat.full(p.value))])
        }
        return w.text
    }

    static func screenSummary(_ rows: [Screen.UnitSummary]) -> String {
        var w = CSVWriter(header: ["uCode", "N_missing", "N_zero", "N_miss_or_zero", "Dat_Avail", "Non_Zero",
                                   "LowData", "LowNonZero", "Included"])
        func b(_ x: Bool) -> CSVWriter.Cell { .number(x ? "TRUE" : "FALSE") }
        for r in rows {
            w.row([.text(r.unit), .number("\(r.missing)"), .number("\(r.zeros)"), .number("\(r.missingOrZero)"),
                   .number(NumberFormat.full(r.availability)), .number(NumberFormat.full(r.nonZero)),
                   b(r.lowData), b(r.lowNonZero), b(r.included)])
        }
        return w.text
    }

    static func treatDetails(_ details: [Treat.Detail]) -> String {
        let anyLog = details.contains { $0.logTransformed }
        var header = ["iCode", "check_SkewKurt0.Pass", "check_SkewKurt0.Skew", "check_SkewKurt0.Kurt",
                      "winsorise.nwin", "check_SkewKurt1.Pass", "check_SkewKurt1.Skew", "check_SkewKurt1.Kurt"]
        if anyLog { header += ["check_SkewKurt2.Pass", "check_SkewKurt2.Skew", "check_SkewKurt2.Kurt"] }
        var w = CSVWriter(header: header)
        func check(_ c: Treat.Check?) -> [CSVWriter.Cell] {
            guard let c else { return [.number("NA"), .number("NA"), .number("NA")] }
            return [.number(c.pass.map { $0 ? "TRUE" : "FALSE" } ?? "NA"),
                    .number(NumberFormat.full(c.skew)), .number(NumberFormat.full(c.kurtosis))]
        }
        for d in details {
            var cells: [CSVWriter.Cell] = [.text(d.indicator)] + check(d.before)
            cells.append(.number(d.winsorised.map(String.init) ?? "NA"))
            cells += check(d.afterWinsorising)
            if anyLog { cells += check(d.afterLog) }
            w.row(cells)
        }
        return w.text
    }

    static func treatPoints(_ points: [Treat.Point]) -> String {
        var w = CSVWriter(header: ["iCode", "uCode", "Treatment", "Before", "After"])
        for p in points {
            w.row([.text(p.indicator), .text(p.unit), .text(p.treatment),
                   .number(NumberFormat.full(p.before)), .number(NumberFormat.full(p.after))])
        }
        return w.text
    }

    static func weights(_ build: Build, framework: Framework) -> String {
        var w = CSVWriter(header: ["iCode", "Level", "Weight", "EffWeight"])
        for n in framework.nodes {
            w.row([.text(n.code), .number("\(n.level)"), .number(NumberFormat.full(build.weights[n.code] ?? n.weight)),
                   .number(NumberFormat.full(build.effectiveWeights[n.code] ?? .nan))])
        }
        return w.text
    }
}
