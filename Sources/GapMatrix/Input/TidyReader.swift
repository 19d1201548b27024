/// Where a study's units come from: a CSV with a code column, a name column, group columns,
/// and an optional filter (e.g. `is_un_member: True`).
public struct UnitsSource: Sendable, Equatable {
    public var file: String
    public var code: String = "unit"
    public var name: String = "name"
    /// Group columns; nil means every other column.
    public var groups: [String]? = nil
    /// Keep only rows whose column equals the value.
    public var filter: [String: String] = [:]

    public init(file: String, code: String = "unit", name: String = "name", groups: [String]? = nil,
                filter: [String: String] = [:]) {
        self.file = file
        self.code = code
        self.name = name
        self.groups = groups
        self.filter = filter
    }
}

/// Reads tidy long data against a framework.
///
/// Values files have `unit, year, indicator, value` (or the World Bank style `iso3, year,
/// indicator_code, value`), optionally `source`, `note`, `country`, `unit`. With a window the
/// study takes each cell's latest value within the window and records its year and source.
public enum TidyReader {
    public struct Options: Sendable, Equatable {
        public var values: [String]
        public var units: UnitsSource?
        /// Skip rows for indicators the framework does not use (shared data files).
        public var ignoreOtherIndicators = false
        public var window: Window?

        public init(values: [String], units: UnitsSource? = nil, ignoreOtherIndicators: Bool = false, window: Window? = nil) {
            self.values = values
            self.units = units
            self.ignoreOtherIndicators = ignoreOtherIndicators
            self.window = window
        }
    }

    struct Cell {
        var value: Double
        var source: String
        /// Where the value was read (file number among the study's values files, line), to name
        /// the first place of a duplicate without a second dictionary.
        var file = 0
        var line = 0
    }

    public static func read(_ options: Options, framework contents: FrameworkFile.Contents,
                            referenceYear: Int?) throws -> StudyInputs {
        let framework = contents.framework
        let known = try options.units.map(readUnits)
        let wanted = Set(framework.indicators + contents.denominators + contents.context)
        var store = TidyStore()
        for (n, path) in options.values.enumerated() {
            try readValues(path, fileNumber: n, wanted: wanted, options: options, known: known, into: &store)
        }
        guard !store.isEmpty else {
            throw GapMatrixError(.badData, file: options.values.first, found: "no data rows for the framework's indicators",
                                 expected: "at least one value")
        }
        let years = store.years.sorted()
        let year: Int
        if let referenceYear {
            if options.window == nil && !store.years.contains(referenceYear) && years.count == 1 {
                throw GapMatrixError(.badData, file: options.values.first, field: "year",
                                     found: "no data for reference year \(referenceYear)", expected: "data in \(years[0])")
            }
            if referenceYear < years.first! || referenceYear > years.last! + 1 {
                throw GapMatrixError(.badData, field: "reference_year", found: "reference year \(referenceYear)",
                                     expected: "a year within the data (\(years.first!)-\(years.last!))")
            }
            year = referenceYear
        } else {
            guard years.count == 1 else {
                throw GapMatrixError(.badData, file: options.values.first, field: "year", found: "\(years.count) years",
                                     expected: "a reference_year in the study to pick one")
            }
            year = years[0]
        }
        let units = (known.map { Array($0.rows.keys) } ?? Array(store.unitsRead)).sorted()
        for code in framework.indicators where !store.hasData(code: code) {
            throw GapMatrixError(.badData, file: options.values.joined(separator: ", "), field: code,
                                 found: "no data for indicator '\(code)'", expected: "values for every indicator of the framework")
        }
        let (raw, provenance) = select(store, units: units, columns: framework.indicators, year: year, window: options.window)
        let (dens, _) = select(store, units: units, columns: contents.denominators, year: year, window: options.window ?? Window(years: 1000))
        let context = contents.context.isEmpty ? nil
            : select(store, units: units, columns: contents.context, year: year, window: options.window ?? Window(years: 1000))
        var groups: [String: [String: String]] = [:]
        for g in known?.groupColumns ?? [] {
            for unit in units { groups[g, default: [:]][unit] = known?.rows[unit]?.groups[g] }
        }
        let unitTable = UnitTable(codes: units, names: known?.rows.mapValues(\.name) ?? [:], groups: groups,
                                  groupColumns: known?.groupColumns ?? [], denominators: dens,
                                  knownCodes: known.map { Set($0.rows.keys).union($0.excluded) })
        let panel = years.count > 1
            ? Panel(years: years, slices: years.map { y in exact(store, units: units, columns: framework.indicators, year: y) })
            : nil
        return StudyInputs(framework: framework, units: unitTable, raw: raw, panel: panel, referenceYear: year,
                           provenance: provenance, context: context?.0, contextProvenance: context?.1, docs: contents.docs)
    }

    /// Each cell's value at `year`, or with a window the latest within it.
    static func select(_ store: TidyStore, units: [String], columns: [String], year: Int,
                       window: Window?) -> (Dataset, CellProvenance) {
        var d = Dataset(units: units, columns: columns)
        var yearsUsed = Dataset(units: units, columns: columns)
        var sources = Array(repeating: "", count: units.count * columns.count)
        let earliest = year - (window?.years ?? 0)
        let candidates = store.years.filter { $0 >= earliest && $0 <= year }.sorted(by: >)
        let unitNumbers = units.map(store.existingNumber(ofUnit:))
        for (c, code) in columns.enumerated() {
            guard let cn = store.existingNumber(ofCode: code) else { continue }
            for (u, un) in unitNumbers.enumerated() {
                guard let un else { continue }
                for y in candidates {
                    if let cell = store[y, un, cn], !cell.value.isNaN {
                        d[unit: u, column: c] = cell.value
                        yearsUsed[unit: u, column: c] = Double(y)
                        sources[c * units.count + u] = cell.source
                        break
                    }
                }
            }
        }
        return (d, CellProvenance(years: yearsUsed, sources: sources, window: window, referenceYear: year))
    }

    static func exact(_ store: TidyStore, units: [String], columns: [String], year: Int) -> Dataset {
        var d = Dataset(units: units, columns: columns)
        let unitNumbers = units.map(store.existingNumber(ofUnit:))
        for (c, code) in columns.enumerated() {
            let cn = store.existingNumber(ofCode: code)
            for (u, un) in unitNumbers.enumerated() {
                guard let cn, let un else { d[unit: u, column: c] = .nan; continue }
                d[unit: u, column: c] = store[year, un, cn]?.value ?? .nan
            }
        }
        return d
    }

    struct KnownUnits {
        var rows: [String: (name: String, groups: [String: String])]
        /// Units listed in the file but filtered out: their data rows are skipped.
        var excluded: Set<String>
        var groupColumns: [String]
        var file: String
    }

    static func readUnits(_ source: UnitsSource) throws -> KnownUnits {
        let t = try CSVTable.read(source.file)
        let cu = try t.column(source.code)
        let cn = t.optionalColumn(source.name)
        let groupColumns = try source.groups.map { gs in try gs.map { _ = try t.column($0); return $0 } }
            ?? t.header.filter { $0 != source.code && $0 != source.name }
        let filters = try source.filter.map { (try t.column($0.key), $0.value) }
        var rows: [String: (String, [String: String])] = [:]
        var excluded: Set<String> = []
        var lines: [String: Int] = [:]
        for r in t.rows {
            let code = r.fields[cu].trimmedField
            if code.isEmpty {
                throw GapMatrixError(.badData, file: source.file, line: r.line, field: source.code, found: "an empty unit code", expected: "a code")
            }
            if let first = lines[code] {
                throw GapMatrixError(.badData, file: source.file, line: r.line, field: source.code,
                                     found: "unit '\(code)' again (first on line \(first))", expected: "one row per unit")
            }
            lines[code] = r.line
            if filters.contains(where: { r.fields[$0.0] != $0.1 }) {
                excluded.insert(code)
                continue
            }
            var groups: [String: String] = [:]
            for g in groupColumns {
                let v = r.fields[try t.column(g)].trimmedField
                if !v.isEmpty && v != "NA" { groups[g] = v }
            }
            rows[code] = (cn.map { r.fields[$0] } ?? code, groups)
        }
        return KnownUnits(rows: rows.mapValues { (name: $0.0, groups: $0.1) }, excluded: excluded,
                          groupColumns: groupColumns, file: source.file)
    }

    static func readValues(_ path: String, fileNumber: Int = 0, wanted: Set<String>, options: Options, known: KnownUnits?,
                           into store: inout TidyStore) throws {
        // Streamed row by row: a values file may be a whole data download, most of it for
        // indicators the study does not use.
        var t = try CSVReader(path: path)
        // World Bank style files key by `iso3` and use `unit` for the unit of measurement.
        let cUnit = try t.optionalColumn("iso3") ?? t.column("unit")
        let cInd = try t.optionalColumn("indicator_code") ?? t.column("indicator")
        let cYear = try t.column("year"), cValue = try t.column("value")
        let cSource = t.optionalColumn("source")
        let allowed: Set<String> = ["unit", "iso3", "year", "indicator", "indicator_code", "value", "source", "note", "country"]
        for (i, h) in t.header.enumerated() where !allowed.contains(h) {
            throw GapMatrixError(.badData, file: path, line: 1, field: h, found: "column '\(h)' (column \(i + 1))",
                                 expected: "only unit (or iso3), year, indicator (or indicator_code), value, source, note, country, unit"
                                     + (h == "partner_iso3" ? "; bilateral files are not country data" : ""))
        }
        var problems = ProblemList()
        var r = CSVFields()
        var codes = RepeatedField<(text: String, wanted: Bool, number: Int)>()
        // A unit's standing in the units file, looked up once per run of its rows.
        enum Standing { case listed, excluded, unknown }
        var unitsSeen = RepeatedField<(text: String, standing: Standing, number: Int)>()
        var sources = RepeatedField<String>()
        while try t.next(into: &r) {
            try problems.row {
                let code = codes.value(r, cInd) {
                    let text = r.trimmed(cInd)
                    let wanted = wanted.contains(text)
                    return (text, wanted, wanted ? store.number(ofCode: text) : -1)
                }
                guard code.wanted else {
                    if options.ignoreOtherIndicators { return }
                    throw GapMatrixError(.badData, file: path, line: r.line, field: t.header[cInd],
                                         found: "'\(code.text)', which the framework does not define",
                                         expected: "an indicator, denominator or context code of the framework")
                }
                let unit = unitsSeen.value(r, cUnit) {
                    let text = r.trimmed(cUnit)
                    let standing: Standing = known.map { $0.excluded.contains(text) ? .excluded : $0.rows[text] == nil ? .unknown : .listed } ?? .listed
                    return (text, standing, text.isEmpty ? -1 : store.number(ofUnit: text))
                }
                if unit.text.isEmpty {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: t.header[cUnit], found: "an empty unit code", expected: "a code")
                }
                switch unit.standing {
                case .excluded: return
                case .unknown:
                    throw GapMatrixError(.badData, file: path, line: r.line, field: t.header[cUnit],
                                         found: "unit '\(unit.text)', which is not in \(known!.file)", expected: "a unit code listed there")
                case .listed: break
                }
                guard let year = Int(r.trimmed(cYear)) else {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "year", found: "'\(r.string(cYear))'", expected: "a year")
                }
                if let first = store[year, unit.number, code.number] {
                    throw first.file == fileNumber
                        ? GapMatrixError(.badData, file: path, line: r.line,
                                         found: "\(unit.text), \(year), \(code.text) again (first on line \(first.line))",
                                         expected: "one value per unit, year and indicator")
                        : GapMatrixError(.badData, file: path, line: r.line,
                                         found: "\(unit.text), \(year), \(code.text), which an earlier values file already gives",
                                         expected: "each value in one file only")
                }
                let v = try t.number(r, cValue)
                let source = cSource.map { c in sources.value(r, c) { r.string(c) } } ?? ""
                store.set(Cell(value: v, source: source, file: fileNumber, line: r.line), year: year, unit: unit.number, code: code.number)
            }
        }
        try problems.finish()
    }
}
