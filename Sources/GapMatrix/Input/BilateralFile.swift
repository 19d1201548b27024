/// Reads bilateral files in the World Bank style (`iso3, partner_iso3, year, value`, optionally
/// `period`): remittance prices by corridor, migrant stocks, remittance flows.
public enum BilateralFile {
    /// Remittance cost observations; a period looks like 2016Q2 (or is the year when the file has none).
    /// A negative cost is an error unless `excludeNegative`, when it is set aside and returned apart.
    public static func costs(_ path: String, known: Set<String>, excludeNegative: Bool = false) throws
        -> (observations: [Corridors.Observation], excluded: [Corridors.Observation])
    {
        let t = try CSVTable.read(path)
        let cf = try t.column("iso3"), ct = try t.column("partner_iso3"), cy = try t.column("year"), cv = try t.column("value")
        let cp = t.optionalColumn("period")
        var out: [Corridors.Observation] = [], excluded: [Corridors.Observation] = []
        var seen: [String: Int] = [:]
        for r in t.rows {
            let (from, to) = try codes(t, r, cf, ct, known)
            guard let year = Int(r.fields[cy]) else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "year", found: "'\(r.fields[cy])'", expected: "a year")
            }
            let period = cp.map { r.fields[$0] } ?? String(year)
            guard isPeriod(period, year: year) else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "period", found: "'\(period)'",
                                     expected: "a quarter of \(year) such as \(year)Q1, or the year alone")
            }
            let cost = try t.number(r, cv)
            if cost.isNaN { continue }
            let key = from + ">" + to + "@" + period
            if let first = seen[key] {
                throw GapMatrixError(.badData, file: path, line: r.line, found: "\(from) to \(to) in \(period) again (first on line \(first))",
                                     expected: "one cost per corridor and period")
            }
            seen[key] = r.line
            let o = Corridors.Observation(from: from, to: to, period: period, year: year, cost: cost, line: r.line)
            if cost < 0 {
                guard excludeNegative else {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "value", found: "a cost of \(r.fields[cv])",
                                         expected: "a cost of zero or more (% of the amount sent), or negative: exclude in the study")
                }
                excluded.append(o)
            } else {
                out.append(o)
            }
        }
        // Reports list what was set aside by corridor and period, so the file's row order does not show through.
        excluded.sort { ($0.from, $0.to, $0.period) < ($1.from, $1.to, $1.period) }
        return (out, excluded)
    }

    /// The latest value of each ordered pair (e.g. migrants from origin to destination).
    public static func latest(_ path: String, known: Set<String>) throws -> [String: (year: Int, value: Double)] {
        var t = try CSVReader(path: path)
        let cf = try t.column("iso3"), ct = try t.column("partner_iso3"), cy = try t.column("year"), cv = try t.column("value")
        var out: [String: (year: Int, value: Double)] = [:]
        // Streamed: a bilateral file has a row per pair and year, and only the latest is kept.
        var r = CSVFields()
        while try t.next(into: &r) {
            let (a, b) = try codes(t, r.trimmed(cf), r.trimmed(ct), line: r.line, known)
            guard let year = Int(r.string(cy)) else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "year", found: "'\(r.string(cy))'", expected: "a year")
            }
            let v = try t.number(r, cv)
            guard !v.isNaN else { continue }
            guard v >= 0 else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "value", found: "'\(r.string(cv))'", expected: "a value of zero or more")
            }
            let key = a + ">" + b
            if let prior = out[key], prior.year >= year { continue }
            out[key] = (year, v)
        }
        return out
    }

    static func codes(_ t: CSVTable, _ r: CSVRow, _ cf: Int, _ ct: Int, _ known: Set<String>) throws -> (String, String) {
        try codes(t, r.fields[cf].trimmedField, r.fields[ct].trimmedField, line: r.line, known)
    }

    static func codes(_ t: some CSVColumns, _ a: String, _ b: String, line: Int, _ known: Set<String>) throws -> (String, String) {
        func check(_ code: String, _ field: String) throws {
            guard !known.contains(code) else { return }
            throw GapMatrixError(.badData, file: t.file, line: line, field: field, found: "unknown country code '\(code)'",
                                 expected: "a code listed in the study's units file")
        }
        try check(a, "iso3")
        try check(b, "partner_iso3")
        return (a, b)
    }

    static func isPeriod(_ p: String, year: Int) -> Bool {
        if p == String(year) { return true }
        let parts = p.split(separator: "Q", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == Substring(String(year)) && ["1", "2", "3", "4"].contains(String(parts[1]))
    }
}
