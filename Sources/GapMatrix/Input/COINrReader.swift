/// Reads COINr's input format: an iData CSV (one row per unit, or per unit and year) and
/// an iMeta CSV describing every column.
public enum COINrReader {
    /// The framework and column roles from an iMeta file.
    public struct Meta {
        public var framework: Framework
        public var groups: [String]
        public var denominators: [String]
        public var others: [String]
    }

    public static func readMeta(_ path: String, levelNames: [String]) throws -> Meta {
        let t = try CSVTable.read(path)
        let cType = try t.column("Type"), cCode = try t.column("iCode"), cLevel = try t.column("Level")
        let cName = try t.column("iName"), cWeight = try t.column("Weight"), cParent = try t.column("Parent")
        let cDir = try t.column("Direction")
        let cUnit = t.optionalColumn("Unit"), cTarget = t.optionalColumn("Target")
        let cDen = t.optionalColumn("Denominator")
        var nodes: [FrameworkNode] = []
        var groups: [String] = [], dens: [String] = [], others: [String] = []
        var seen: [String: Int] = [:]
        func text(_ r: CSVRow, _ c: Int?) -> String? {
            guard let c else { return nil }
            let s = r.fields[c].trimmedField
            return s.isEmpty || s == "NA" ? nil : s
        }
        for r in t.rows {
            guard let code = text(r, cCode) else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "iCode", found: "an empty code", expected: "a code")
            }
            if let first = seen[code] {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "iCode",
                                     found: "code '\(code)' again (first on line \(first))", expected: "unique codes")
            }
            seen[code] = r.line
            let type = r.fields[cType].trimmedField
            switch type {
            case "Group": groups.append(code)
            case "Denominator": dens.append(code)
            case "Other": others.append(code)
            case "Indicator", "Aggregate":
                let levelText = r.fields[cLevel]
                guard let level = Int(levelText.trimmedField), level >= 1 else {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "Level",
                                         found: "'\(levelText)' for '\(code)'", expected: "a level of 1 or more")
                }
                let weight = try t.number(r, cWeight)
                if weight.isNaN {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "Weight",
                                         found: "no weight for '\(code)'", expected: "a weight")
                }
                let direction = type == "Indicator" ? try t.number(r, cDir) : 1
                if type == "Indicator" && direction != 1 && direction != -1 {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "Direction",
                                         found: "'\(r.fields[cDir])' for '\(code)'", expected: "1 or -1")
                }
                let target = try cTarget.map { try t.number(r, $0) }
                nodes.append(FrameworkNode(
                    code: code, name: text(r, cName) ?? code, kind: type == "Indicator" ? .indicator : .aggregate,
                    level: level, parent: text(r, cParent), weight: weight, direction: direction,
                    unit: text(r, cUnit), denominator: type == "Indicator" ? text(r, cDen) : nil,
                    target: target.flatMap { $0.isNaN ? nil : $0 }))
            default:
                throw GapMatrixError(.badData, file: path, line: r.line, field: "Type", found: "'\(type)'",
                                     expected: "Indicator, Aggregate, Group, Denominator or Other")
            }
        }
        let framework: Framework
        do {
            framework = try Framework.validated(nodes, levelNames: levelNames, file: path)
        } catch var e as GapMatrixError {
            if let f = e.field, let line = seen[f] { e.line = line }
            throw e
        }
        for n in framework.nodes where n.kind == .indicator {
            if let d = n.denominator, !dens.contains(d) {
                throw GapMatrixError(.badData, file: path, line: seen[n.code], field: "Denominator",
                                     found: "denominator '\(d)' of '\(n.code)', which is not a Denominator row",
                                     expected: "a denominator defined in the same file")
            }
        }
        return Meta(framework: framework, groups: groups, denominators: dens, others: others)
    }

    /// Reads iData against its meta. `referenceYear` picks one year of a panel; nil requires
    /// a single year.
    public static func read(data path: String, meta: Meta, referenceYear: Int?) throws -> StudyInputs {
        let t = try CSVTable.read(path)
        let cCode = try t.column("uCode")
        let cName = t.optionalColumn("uName"), cTime = t.optionalColumn("Time")
        let known = Set(["uCode", "uName", "Time"] + meta.framework.indicators + meta.groups + meta.denominators + meta.others)
        for (i, h) in t.header.enumerated() where !known.contains(h) {
            throw GapMatrixError(.badData, file: path, line: 1, column: nil, field: h,
                                 found: "column '\(h)' (column \(i + 1)), which the meta file does not describe",
                                 expected: "only uCode, uName, Time and columns listed in iMeta")
        }
        for code in meta.framework.indicators + meta.denominators where t.optionalColumn(code) == nil {
            throw GapMatrixError(.badData, file: path, line: 1, found: "no column '\(code)'",
                                 expected: "a column for every indicator and denominator in iMeta")
        }
        // Key rows by (unit, year).
        var rowsByYear: [Int: [String: CSVRow]] = [:]
        var problems = ProblemList()
        for r in t.rows {
            try problems.row {
                let code = r.fields[cCode].trimmedField
                if code.isEmpty || code == "NA" {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "uCode", found: "an empty unit code", expected: "a code")
                }
                var year = 0
                if let cTime {
                    guard let y = Int(r.fields[cTime].trimmedField) else {
                        throw GapMatrixError(.badData, file: path, line: r.line, field: "Time",
                                             found: "'\(r.fields[cTime])'", expected: "a year")
                    }
                    year = y
                }
                if let prior = rowsByYear[year]?[code] {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "uCode",
                                         found: "unit '\(code)'\(cTime == nil ? "" : " in \(year)") again (first on line \(prior.line))",
                                         expected: "one row per unit\(cTime == nil ? "" : " and year")")
                }
                rowsByYear[year, default: [:]][code] = r
            }
        }
        // With every row rejected, the rows' own problems say more than "no data rows".
        if rowsByYear.isEmpty { try problems.finish() }
        guard !rowsByYear.isEmpty else {
            throw GapMatrixError(.badData, file: path, found: "no data rows", expected: "at least one unit")
        }
        let years = rowsByYear.keys.sorted()
        let year: Int
        if let referenceYear {
            guard rowsByYear[referenceYear] != nil || years.count > 1 else {
                throw GapMatrixError(.badData, file: path, field: "Time", found: "no rows for reference year \(referenceYear)",
                                     expected: "data in one of \(years.map(String.init).joined(separator: ", "))")
            }
            year = referenceYear
        } else {
            guard years.count == 1 else {
                throw GapMatrixError(.badData, file: path, field: "Time", found: "\(years.count) years",
                                     expected: "a reference_year in the study to pick one")
            }
            year = years[0]
        }
        let allUnits = Set(rowsByYear.values.flatMap(\.keys)).sorted()
        var names: [String: String] = [:]
        var groups: [String: [String: String]] = [:]
        var dens = Dataset(units: allUnits, columns: meta.denominators)
        // Names, groups and denominators come from the reference year, else the latest year.
        for y in years {
            for (code, r) in rowsByYear[y]! where y == year || names[code] == nil {
                if let cName { names[code] = r.fields[cName] }
                for g in meta.groups {
                    let v = r.fields[try t.column(g)].trimmedField
                    groups[g, default: [:]][code] = (v.isEmpty || v == "NA") ? nil : v
                }
                let u = dens.unitIndex(code)!
                for (j, d) in meta.denominators.enumerated() {
                    let c = try t.column(d)
                    try problems.row { dens[unit: u, column: j] = try t.number(r, c) }
                }
            }
        }
        let indicatorColumns = try meta.framework.indicators.map { try t.column($0) }
        func slice(_ y: Int) throws -> Dataset {
            var d = Dataset(units: allUnits, columns: meta.framework.indicators)
            for (code, r) in rowsByYear[y] ?? [:] {
                let u = d.unitIndex(code)!
                for (j, c) in indicatorColumns.enumerated() {
                    try problems.row { d[unit: u, column: j] = try t.number(r, c) }
                }
            }
            return d
        }
        // Each year is read once, so a bad cell is reported once.
        let panelSlices = years.count > 1 ? try years.map(slice) : nil
        let raw = try panelSlices.flatMap { s in years.firstIndex(of: year).map { s[$0] } } ?? slice(year)
        try problems.finish()
        let panel = panelSlices.map { Panel(years: years, slices: $0) }
        let units = UnitTable(codes: allUnits, names: names, groups: groups, groupColumns: meta.groups,
                              denominators: dens)
        return StudyInputs(framework: meta.framework, units: units, raw: raw, panel: panel, referenceYear: year)
    }
}
