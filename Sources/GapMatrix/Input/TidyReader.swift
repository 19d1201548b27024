/// Reads tidy long data (`unit, year, indicator, value`, optional `source, note`) against a
/// framework, with an optional units file (`unit, name`, then one column per grouping).
public enum TidyReader {
    public static func read(data path: String, framework: FrameworkFile.Contents, unitsFile: String?,
                            referenceYear: Int?) throws -> StudyInputs {
        let t = try CSVTable.read(path)
        let cUnit = try t.column("unit"), cYear = try t.column("year")
        let cInd = try t.column("indicator"), cValue = try t.column("value")
        for (i, h) in t.header.enumerated() where !["unit", "year", "indicator", "value", "source", "note"].contains(h) {
            throw GapMatrixError(.badData, file: path, line: 1, field: h, found: "column '\(h)' (column \(i + 1))",
                                 expected: "only unit, year, indicator, value, source, note")
        }
        let indicators = framework.framework.indicators
        let indicatorSet = Set(indicators), denominatorSet = Set(framework.denominators)
        var known: [String: (name: String, groups: [String: String])]? = nil
        var groupColumns: [String] = []
        if let unitsFile {
            let u = try CSVTable.read(unitsFile)
            let cu = try u.column("unit")
            let cn = u.optionalColumn("name")
            groupColumns = u.header.filter { $0 != "unit" && $0 != "name" }
            var table: [String: (String, [String: String])] = [:]
            for r in u.rows {
                let code = r.fields[cu].trimmingCharacters(in: .whitespaces)
                if code.isEmpty {
                    throw GapMatrixError(.badData, file: unitsFile, line: r.line, field: "unit", found: "an empty unit code", expected: "a code")
                }
                if table[code] != nil {
                    throw GapMatrixError(.badData, file: unitsFile, line: r.line, field: "unit",
                                         found: "unit '\(code)' twice", expected: "one row per unit")
                }
                var groups: [String: String] = [:]
                for g in groupColumns {
                    let v = r.fields[try u.column(g)].trimmingCharacters(in: .whitespaces)
                    if !v.isEmpty && v != "NA" { groups[g] = v }
                }
                table[code] = (cn.map { r.fields[$0] } ?? code, groups)
            }
            known = table.mapValues { (name: $0.0, groups: $0.1) }
        }
        struct Key: Hashable { let unit: String, year: Int, code: String }
        var seen: [Key: Int] = [:]
        var values: [Int: [String: [String: Double]]] = [:]
        var unitCodes: Set<String> = []
        for r in t.rows {
            let unit = r.fields[cUnit].trimmingCharacters(in: .whitespaces)
            let code = r.fields[cInd].trimmingCharacters(in: .whitespaces)
            if unit.isEmpty {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "unit", found: "an empty unit code", expected: "a code")
            }
            if let known, known[unit] == nil {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "unit",
                                     found: "unit '\(unit)', which is not in \(unitsFile!)", expected: "a unit listed in the units file")
            }
            guard let year = Int(r.fields[cYear].trimmingCharacters(in: .whitespaces)) else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "year", found: "'\(r.fields[cYear])'", expected: "a year")
            }
            guard indicatorSet.contains(code) || denominatorSet.contains(code) else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "indicator",
                                     found: "'\(code)', which the framework does not define",
                                     expected: "an indicator or denominator code of the framework")
            }
            let key = Key(unit: unit, year: year, code: code)
            if let first = seen[key] {
                throw GapMatrixError(.badData, file: path, line: r.line, found: "\(unit), \(year), \(code) again (first on line \(first))",
                                     expected: "one value per unit, year and indicator")
            }
            seen[key] = r.line
            let v = try t.number(r, cValue)
            values[year, default: [:]][unit, default: [:]][code] = v
            unitCodes.insert(unit)
        }
        guard !values.isEmpty else {
            throw GapMatrixError(.badData, file: path, found: "no data rows", expected: "at least one value")
        }
        let years = values.keys.sorted()
        let year: Int
        if let referenceYear { year = referenceYear } else {
            guard years.count == 1 else {
                throw GapMatrixError(.badData, file: path, field: "year", found: "\(years.count) years",
                                     expected: "a reference_year in the study to pick one")
            }
            year = years[0]
        }
        let units = (known.map { Set($0.keys) } ?? unitCodes).sorted()
        func slice(_ y: Int, _ columns: [String]) -> Dataset {
            var d = Dataset(units: units, columns: columns)
            for (u, unit) in units.enumerated() {
                for (c, code) in columns.enumerated() { d[unit: u, column: c] = values[y]?[unit]?[code] ?? .nan }
            }
            return d
        }
        // A denominator takes its reference-year value, else its latest earlier one.
        var dens = Dataset(units: units, columns: framework.denominators)
        for y in years where y <= year {
            let s = slice(y, framework.denominators)
            for i in s.values.indices where !s.values[i].isNaN { dens.values[i] = s.values[i] }
        }
        var groups: [String: [String: String]] = [:]
        for g in groupColumns {
            for unit in units { groups[g, default: [:]][unit] = known?[unit]?.groups[g] }
        }
        let unitTable = UnitTable(codes: units, names: known?.mapValues(\.name) ?? [:], groups: groups,
                                  groupColumns: groupColumns, denominators: dens)
        let panel = years.count > 1 ? Panel(years: years, slices: years.map { slice($0, indicators) }) : nil
        return StudyInputs(framework: framework.framework, units: unitTable, raw: slice(year, indicators),
                           panel: panel, referenceYear: year)
    }
}
