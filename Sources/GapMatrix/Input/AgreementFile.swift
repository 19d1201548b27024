/// Reads the bilateral labour agreement list, its provision coding and the crosswalk to the UN
/// Network's areas (docs/METHODS.md section 7.4). Strict: every error names the file, the line,
/// the field, what was found and what was expected.
public enum AgreementFile {
    /// Parties that no longer exist, kept as the source codes them: they count in the lists but
    /// have no migrant stock, no role and no unit.
    public static let formerStates = ["CZEa": "Czechoslovakia", "YUG": "Yugoslavia"]

    /// The agreement list (`treatyID, year, countryA, iso3_A, countryB, iso3_B`, ...) joined with the coded
    /// provisions (one row per coded `treatyID`). `known`: the codes of the study's units file.
    public static func read(list: String, provisions: String?, known: Set<String>) throws -> [Agreement] {
        // Rows of the list carry no order: agreements are kept in the order of their ids.
        var agreements = try readList(list, known: known).sorted { (Int($0.id) ?? Int.max, $0.id) < (Int($1.id) ?? Int.max, $1.id) }
        guard let provisions else { return agreements }
        let index = Dictionary(uniqueKeysWithValues: agreements.indices.map { (agreements[$0].id, $0) })
        let t = try CSVTable.read(provisions)
        for (col, name) in t.header.enumerated() where !ProvisionCodes.identity.contains(name) && ProvisionCodes.kinds[name] == nil {
            throw GapMatrixError(.badData, file: t.file, line: 1, column: col + 1, found: "unknown provision variable '\(name)'",
                                 expected: "a variable of the codebook (bla_provisions_codebook.csv)")
        }
        let cid = try t.column("treatyID"), cyear = try t.column("year"), ca = try t.column("iso3_A"), cb = try t.column("iso3_B")
        let ctitle = try t.column("agreement_title"), camend = try t.column("past_bla_amend")
        for r in t.rows {
            let id = r.fields[cid].trimmedField
            guard let i = index[id] else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "treatyID", found: "treatyID '\(id)'",
                                     expected: "an agreement of the list \(list)")
            }
            if agreements[i].provisions != nil {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "treatyID",
                                     found: "treatyID '\(id)' again (first on line \(agreements[i].provisionsLine ?? 0))", expected: "one row per coded agreement")
            }
            let listed = agreements[i]
            let parties = [r.fields[ca].trimmedField, r.fields[cb].trimmedField]
            guard parties == listed.parties else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "iso3_A",
                                     found: "parties \(parties.joined(separator: ", ")) for treatyID \(id)",
                                     expected: "the parties of the list: \(listed.parties.joined(separator: ", ")) (line \(listed.line))")
            }
            guard Int(r.fields[cyear].trimmedField) == (listed.year ?? 9999) else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "year", found: "year '\(r.fields[cyear])' for treatyID \(id)",
                                     expected: "the year of the list, \(listed.year.map(String.init) ?? "9999") (line \(listed.line))")
            }
            var values: [String: String] = [:]
            for (col, name) in t.header.enumerated() where !ProvisionCodes.identity.contains(name) {
                let v = r.fields[col].trimmedField
                if let expected = ProvisionCodes.problem(name, v) {
                    throw GapMatrixError(.badData, file: t.file, line: r.line, field: name,
                                         found: "'\(v)' for treatyID \(id), outside the codes of \(name)", expected: expected)
                }
                values[name] = v
            }
            let title = r.fields[ctitle].trimmedField
            agreements[i].title = title
            agreements[i].provisions = values
            agreements[i].provisionsLine = r.line
            agreements[i].kind = Agreement.kind(title: title, amendment: ProvisionCodes.flag(r.fields[camend].trimmedField) == true)
        }
        return agreements
    }

    static func readList(_ path: String, known: Set<String>) throws -> [Agreement] {
        let t = try CSVTable.read(path)
        let cid = try t.column("treatyID"), cyear = try t.column("year")
        let ca = try t.column("iso3_A"), cb = try t.column("iso3_B"), cna = try t.column("countryA"), cnb = try t.column("countryB")
        var out: [Agreement] = []
        var seen: [String: Int] = [:]
        for r in t.rows {
            let id = r.fields[cid].trimmedField
            guard !id.isEmpty else { throw GapMatrixError(.badData, file: t.file, line: r.line, field: "treatyID", found: "an empty id", expected: "the source's treatyID") }
            if let first = seen[id] {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "treatyID", found: "treatyID '\(id)' again (first on line \(first))",
                                     expected: "one row per agreement")
            }
            seen[id] = r.line
            let yearText = r.fields[cyear].trimmedField
            guard let y = Int(yearText), y == 9999 || (1900...2100).contains(y) else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "year", found: "'\(yearText)'", expected: "a year signed, or 9999 when unknown")
            }
            var parties: [String] = []
            for (col, field) in [(ca, "iso3_A"), (cb, "iso3_B")] {
                let code = r.fields[col].trimmedField
                if code.isEmpty { continue }
                guard known.contains(code) || formerStates[code] != nil else {
                    throw GapMatrixError(.badData, file: t.file, line: r.line, field: field, found: "unknown country code '\(code)' in treatyID \(id)",
                                         expected: "an ISO3 code of the units file or a former state (\(formerStates.keys.sorted().joined(separator: ", ")))")
                }
                parties.append(code)
            }
            guard parties.count == 2, parties[0] != parties[1] else {
                let found = parties.count == 2 ? "the same party twice (\(parties[0]))" : "\(parties.count) part\(parties.count == 1 ? "y" : "ies")"
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "iso3_B", found: found + " in treatyID \(id)",
                                     expected: "two different parties (a bilateral agreement)")
            }
            out.append(Agreement(id: id, year: y == 9999 ? nil : y, parties: parties,
                                 partyNames: [r.fields[cna].trimmedField, r.fields[cnb].trimmedField], line: r.line))
        }
        return out
    }

    /// The crosswalk (`area_code, area_name, variables, reason`; variables separated by `;`): every
    /// area of `Partnership.areas` exactly once, each variable a 0/1 provision flag.
    public static func crosswalk(_ path: String) throws -> AgreementCrosswalk {
        let t = try CSVTable.read(path)
        let cc = try t.column("area_code"), cn = try t.column("area_name"), cv = try t.column("variables"), cr = try t.column("reason")
        var byCode: [String: AgreementCrosswalk.Area] = [:]
        var lines: [String: Int] = [:]
        for r in t.rows {
            let code = r.fields[cc].trimmedField
            guard Partnership.areas.contains(code) else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "area_code", found: "area '\(code)'",
                                     expected: "one of: " + Partnership.areas.joined(separator: ", "))
            }
            if let first = lines[code] {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "area_code", found: "area '\(code)' again (first on line \(first))",
                                     expected: "one row per area")
            }
            lines[code] = r.line
            let vars = r.fields[cv].split(separator: ";").map { String($0).trimmedField }.filter { !$0.isEmpty }
            for v in vars where ProvisionCodes.kinds[v] != .flag {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "variables", found: "variable '\(v)' for \(code)",
                                     expected: "a 0/1 provision variable of the codebook")
            }
            byCode[code] = .init(code: code, name: r.fields[cn].trimmedField, variables: vars, reason: r.fields[cr].trimmedField)
        }
        let missing = Partnership.areas.filter { byCode[$0] == nil }
        guard missing.isEmpty else {
            throw GapMatrixError(.badData, file: t.file, found: "no row for \(missing.joined(separator: ", "))",
                                 expected: "one row per area of the guidance (an area without a variable has an empty variables field)")
        }
        return AgreementCrosswalk(areas: Partnership.areas.map { byCode[$0]! })
    }
}
