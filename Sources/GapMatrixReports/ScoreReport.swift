import GapMatrix

/// The results people read: scores and ranks at every level, as CSV (wide and long) and as
/// an aligned text table sorted by the index rank.
public enum ScoreReport {
    /// Aggregates from the root down (index first, then sub-indices, ...).
    static func aggregateOrder(_ f: Framework) -> [String] {
        f.aggregates.enumerated().sorted { a, b in
            let la = f.node(a.element)!.level, lb = f.node(b.element)!.level
            return la != lb ? la > lb : a.offset < b.offset
        }.map(\.element)
    }

    static func order(_ build: Build, _ f: Framework) -> [Int] {
        let r = build.ranks.column(build.ranks.columnIndex(f.root)!)
        return build.aggregated.units.indices.sorted { a, b in
            switch (r[a].isNaN, r[b].isNaN) {
            case (false, false): r[a] != r[b] ? r[a] < r[b] : build.aggregated.units[a] < build.aggregated.units[b]
            case (true, false): false
            case (false, true): true
            case (true, true): build.aggregated.units[a] < build.aggregated.units[b]
            }
        }
    }

    /// Wide: one row per unit, a score and a rank column per aggregate.
    public static func wideCSV(_ build: Build, inputs: StudyInputs) -> String {
        let f = inputs.framework
        let codes = aggregateOrder(f)
        var w = CSVWriter(ScoreSchemas.wide(f, codes: codes))
        for u in order(build, f) {
            var cells: [CSVWriter.Cell] = [.text(build.aggregated.units[u]), .text(inputs.units.name(build.aggregated.units[u]))]
            for c in codes {
                cells.append(.number(NumberFormat.full(build.aggregated.value(unit: build.aggregated.units[u], column: c)!)))
                cells.append(.number(NumberFormat.integer(build.ranks.value(unit: build.aggregated.units[u], column: c)!)))
            }
            w.row(cells)
        }
        return w.text
    }

    /// Long (tidy): one row per unit and node, indicators included.
    public static func longCSV(_ build: Build, inputs: StudyInputs) -> String {
        let f = inputs.framework
        var w = CSVWriter(ScoreSchemas.long(f))
        for u in order(build, f) {
            let unit = build.aggregated.units[u]
            for (c, code) in build.aggregated.columns.enumerated() {
                let level = f.node(code)!.level
                w.row([.text(unit), .text(inputs.units.name(unit)), .text(code), .number("\(level)"),
                       .text(f.levelNames[level - 1]),
                       .number(NumberFormat.full(build.aggregated[unit: u, column: c])),
                       .number(NumberFormat.integer(build.ranks[unit: u, column: c]))])
            }
        }
        return w.text
    }

    /// Aligned text: rank, unit, name, then the index and each lower aggregate level.
    public static func text(_ build: Build, inputs: StudyInputs, title: String) -> String {
        let f = inputs.framework
        let codes = aggregateOrder(f)
        var rows: [[String]] = []
        for u in order(build, f) {
            let unit = build.aggregated.units[u]
            var r = [NumberFormat.integer(build.ranks.value(unit: unit, column: f.root)!), unit, inputs.units.name(unit)]
            for c in codes { r.append(NumberFormat.fixed(build.aggregated.value(unit: unit, column: c)!, 1)) }
            rows.append(r)
        }
        let table = TextTable(header: ["Rank", "Unit", "Name"] + codes, rows: rows,
                              numeric: Set([0] + (0..<codes.count).map { $0 + 3 }))
        let levels = codes.map { "\($0) (\(f.levelNames[f.node($0)!.level - 1]): \(f.node($0)!.name))" }
        return "\(title)\nScores on the normalised scale; rank 1 = highest.\n\n" + table.render()
            + "\nColumns:\n" + levels.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
}
