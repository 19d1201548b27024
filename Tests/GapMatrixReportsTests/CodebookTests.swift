import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

/// The codebook (datapackage.json) of the shipped default study checked against the CSV files
/// rendered with it, structurally and without Python: every column described in order, types
/// and allowed values respected, primary keys unique, foreign keys resolved.
@Suite struct CodebookTests {
    static var files: [String: String] { ReportWorkbookTests.rendered.files }

    static func package() throws -> [String: Any] {
        let text = try #require(files[DataPackage.fileName])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func resources() throws -> [[String: Any]] {
        try #require(try package()["resources"] as? [[String: Any]])
    }

    static func fields(_ r: [String: Any]) -> [[String: Any]] {
        ((r["schema"] as? [String: Any])?["fields"] as? [[String: Any]]) ?? []
    }

    /// Rows of a resource as column -> text.
    static func rows(_ name: String) throws -> (header: [String], rows: [[String: String]]) {
        let t = try CSVTable.parse(try #require(files[name]), file: name)
        return (t.header, t.rows.map { Dictionary(uniqueKeysWithValues: zip(t.header, $0.fields)) })
    }

    @Test func everyCSVIsAResourceWithItsColumnsInOrder() throws {
        let resources = try Self.resources()
        let paths = resources.compactMap { $0["path"] as? String }
        let csvs = Self.files.keys.filter { $0.hasSuffix(".csv") }.sorted()
        #expect(Set(paths) == Set(csvs))
        #expect(paths.count == csvs.count)
        for r in resources {
            let path = try #require(r["path"] as? String)
            let (header, _) = try Self.rows(path)
            #expect(Self.fields(r).compactMap { $0["name"] as? String } == header, "\(path)")
            for f in Self.fields(r) {
                #expect(!((f["description"] as? String) ?? "").isEmpty, "\(path) \(f["name"] ?? "")")
            }
            // The mark is declared where it is written.
            let text = Self.files[path]!
            #expect(text.hasPrefix("\u{FEFF}") == ((r["encoding"] as? String) == "utf-8-sig"), "\(path) byte-order mark")
        }
        #expect(paths.contains("units.csv") && paths.contains("indicator_dictionary.csv") && paths.contains("sources.csv"))
    }

    @Test func valuesHaveTheirDeclaredTypesAndAllowedValues() throws {
        for r in try Self.resources() {
            let path = r["path"] as! String
            let missing = Set(((r["schema"] as? [String: Any])?["missingValues"] as? [String]) ?? [])
            let (_, rows) = try Self.rows(path)
            for f in Self.fields(r) {
                let name = f["name"] as! String, type = f["type"] as! String
                let allowed = ((f["constraints"] as? [String: Any])?["enum"] as? [String]).map(Set.init)
                for (i, row) in rows.enumerated() {
                    let v = row[name]!
                    if missing.contains(v) { continue }
                    let ok: Bool = switch type {
                    case "number": Double(v) != nil
                    case "integer": Int(v) != nil
                    case "boolean": v == "TRUE" || v == "FALSE"
                    case "year": v.count == 4 && Int(v) != nil
                    default: true
                    }
                    #expect(ok, "\(path) row \(i + 2) \(name): '\(v)' is not a \(type)")
                    if let allowed { #expect(allowed.contains(v), "\(path) row \(i + 2) \(name): '\(v)' not allowed") }
                    if !ok { break }
                }
            }
        }
    }

    @Test func primaryKeysAreUniqueAndForeignKeysResolve() throws {
        let resources = try Self.resources()
        var keys: [String: Set<[String]>] = [:]
        var byName: [String: [String: Any]] = [:]
        for r in resources { byName[r["name"] as! String] = r }
        var checked = 0
        for r in resources {
            let path = r["path"] as! String
            let schema = r["schema"] as! [String: Any]
            guard let pk = schema["primaryKey"] as? [String] else { continue }
            let (_, rows) = try Self.rows(path)
            let values = rows.map { row in pk.map { row[$0]! } }
            #expect(Set(values).count == values.count, "\(path): primary key \(pk) repeats")
            #expect(values.allSatisfy { !$0.contains("") }, "\(path): empty primary key")
            keys[r["name"] as! String] = Set(values)
        }
        for r in resources {
            let path = r["path"] as! String
            for fk in ((r["schema"] as! [String: Any])["foreignKeys"] as? [[String: Any]]) ?? [] {
                let fields = fk["fields"] as! [String]
                let ref = fk["reference"] as! [String: Any]
                let target = ref["resource"] as! String
                let targetFields = ref["fields"] as! [String]
                let targetPK = (byName[target]?["schema"] as? [String: Any])?["primaryKey"] as? [String]
                #expect(targetPK == targetFields, "\(path) -> \(target): a key must point at the primary key")
                let known = try #require(keys[target], "\(path) -> \(target)")
                let (_, rows) = try Self.rows(path)
                for (i, row) in rows.enumerated() {
                    let v = fields.map { row[$0]! }
                    if v.allSatisfy(\.isEmpty) { continue }   // missing: nothing to resolve
                    #expect(known.contains(v), "\(path) row \(i + 2): \(fields) = \(v) not in \(target)")
                }
                checked += 1
            }
        }
        // units, indicators and sources are all pointed at.
        #expect(checked >= 12)
    }

    @Test func oneKeyNameOneSeparatorShortestNumbers() throws {
        for (name, text) in Self.files where name.hasSuffix(".csv") {
            let (header, rows) = try Self.rows(name)
            for old in ["unit", "uCode", "country", "from", "to", "gap_unit", "strength_unit", "peer", "indicator", "iso3", "name", "source"] {
                #expect(!header.contains(old), "\(name) still has column \(old)")
            }
            #expect(!text.contains(" | "), "\(name) uses ' | '")
            for row in rows {
                for (column, v) in row {
                    // A bare number is the shortest text that reads back to the same double.
                    guard let d = Double(v), !v.isEmpty else { continue }
                    if let shortest = NumberFormat.shortest(d) {
                        #expect(v == shortest , "\(name) \(column): \(v)")
                    }
                }
            }
        }
        #expect(Self.files["indicators.csv"]!.contains(",7.3464,2022,"))
        let parties = try Self.rows("partnerships.csv").rows.first { $0["partnership_id"] == "BEL-MAR-PALIM" }
        #expect(parties?["party_unit_codes"] == "BEL;MAR")
        #expect(parties?["party_roles"] == "destination;origin")
    }

    @Test func sourcesAreTheStudysSourcesFiles() throws {
        let (_, rows) = try Self.rows("sources.csv")
        let ids = rows.map { $0["source_id"]! }
        // 18 ids in migration-development/sources.csv, 12 in migration-development-extra/sources.csv.
        #expect(ids.count == 30)
        #expect(Set(ids).count == ids.count)
        #expect(rows.first { $0["source_id"] == "ILO_C189_fedlex_2020-10" }?["description"]?.hasPrefix("Transcribed from Swiss Fedlex") == true)
    }

    /// vintage.csv: every indicator value used, with the year and source indicators.csv gives it, the
    /// release its sources file records and the study's edition; nothing for a cell without a value.
    @Test func vintageManifestFollowsIndicatorsAndSources() throws {
        let (_, vintage) = try Self.rows("vintage.csv")
        let (_, indicators) = try Self.rows("indicators.csv")
        let (_, sources) = try Self.rows("sources.csv")
        let release = Dictionary(uniqueKeysWithValues: sources.map { ($0["source_id"]!, $0["release"]!) })
        let byCell = Dictionary(uniqueKeysWithValues: vintage.map { ($0["unit_code"]! + "|" + $0["indicator_code"]!, $0) })
        let valued = indicators.filter { $0["state"] == "value" }
        #expect(vintage.filter { $0["kind"] == "indicator" }.count == valued.count)
        for row in valued {
            let v = try #require(byCell[row["unit_code"]! + "|" + row["indicator_code"]!])
            #expect(v["year"] == row["year"] && v["source_id"] == row["source_id"] && v["kind"] == "indicator")
            #expect(v["release"] == release[row["source_id"]!] ?? "")
        }
        #expect(vintage.allSatisfy { $0["edition"] == "2" })
        // Known rows: the ratio is computed here (no release); the cost of sending to Mexico comes
        // from the 2023 WDI export, whose description dates it.
        #expect(byCell["AFG|DERIVED.SL.TLF.CACT.FM.RATIO"].map { [$0["year"]!, $0["source_id"]!, $0["release"]!] }
                == ["2022", "DERIVED_ILO_LFP", ""])
        #expect(release["WDI_2023-05"] == "API export 2023-05-10")
        #expect(release["UNDESA_IMS2020_destination"] == "International Migrant Stock 2020")
        // Context values carry their vintage too (roles rest on them).
        #expect(vintage.contains { $0["kind"] == "context" && $0["indicator_code"] == "UNDESA.IMS.STOCK.TOTAL" && $0["year"] == "2020" })
        let package = try Self.package()
        #expect(package["version"] as? String == "2")
        #expect((package["title"] as? String)?.hasSuffix(", edition 2") == true)
    }

    @Test func readersSkipTheByteOrderMark() throws {
        let text = "\u{FEFF}\"unit_code\",\"value\"\n\"CIV\",1.5\n"
        let t = try CSVTable.parse(text, file: "t.csv")
        #expect(t.header == ["unit_code", "value"])
        let (header, rows) = try CSVCells.parse(text, file: "t.csv")
        #expect(header == ["unit_code", "value"])
        #expect(rows == [[.text("CIV"), .number(1.5)]])
    }

    @Test func shortestNumbers() {
        #expect(NumberFormat.shortest(77.3657) == "77.3657")
        #expect(NumberFormat.shortest(2022) == "2022")
        #expect(NumberFormat.shortest(-0.0) == "0")
        #expect(NumberFormat.shortest(.nan) == nil)
        #expect(NumberFormat.shortest(0.1 + 0.2) == "0.30000000000000004")
        for v in [1e-7, 123456.789, 1.0 / 3, 5e300, 33.333333333333336] {
            #expect(Double(NumberFormat.shortest(v)!) == v)
        }
    }
}
