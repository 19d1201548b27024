import GapMatrix

/// The report folder's codebook: a Frictionless Data Package (Table Schema) describing every
/// CSV file, each column's type, meaning, unit and allowed values, the missing-value marker,
/// and the primary and foreign keys that tie the tables together.
///
/// Written by hand as ordered JSON so the same report always gives the same bytes.
public enum DataPackage {
    public static let fileName = "datapackage.json"

    /// The package for `tables` (schemas of files present in the folder, in the report's order).
    /// A foreign key to a table the folder does not hold is left out: it could not resolve.
    public static func json(_ study: Study, tables: [TableSchema]) -> String {
        let present = Set(tables.map(\.name))
        let resources: [JSON] = tables.map { t in
            var schema: [(String, JSON)] = [
                ("fields", .array(t.fields.map(field))),
                ("missingValues", .array([.string(t.missingValue)])),
            ]
            if !t.primaryKey.isEmpty { schema.append(("primaryKey", .array(t.primaryKey.map(JSON.string)))) }
            let keys = t.foreignKeys.filter { present.contains($0.resource) }
            if !keys.isEmpty {
                schema.append(("foreignKeys", .array(keys.map { k in
                    .object([("fields", .array(k.fields.map(JSON.string))),
                             ("reference", .object([("resource", .string(k.resource)), ("fields", .array(k.reference.map(JSON.string)))]))])
                })))
            }
            return .object([
                ("name", .string(t.name)), ("path", .string(t.file)), ("profile", .string("tabular-data-resource")),
                ("title", .string(t.title)), ("description", .string(t.description)),
                ("format", .string("csv")), ("mediatype", .string("text/csv")),
                ("encoding", .string(t.coinrLayout ? "utf-8" : "utf-8-sig")),
                ("schema", .object(schema)),
            ])
        }
        var head: [(String, JSON)] = [
            ("profile", .string("tabular-data-package")),
            ("name", .string(slug(study.name))),
            ("title", .string(study.title)),
        ]
        // The package's version is the study's edition, so a cited folder names its edition.
        if let e = study.edition { head.append(("version", .string(e))) }
        return JSON.object(head + [
            ("description", .string(description)),
            ("resources", .array(resources)),
        ]).render() + "\n"
    }

    static let description = "Codebook of the report's CSV files, written by GapMatrix. Every CSV starts with a UTF-8 byte-order mark "
        + "(encoding utf-8-sig) so that Excel reads accented names; a missing value is an empty field (missingValues); lists "
        + "inside a field are separated by ';'; numbers are written in the shortest form that reads back to the same double; "
        + "TRUE and FALSE are booleans. Unit codes (unit_code and its prefixed forms) are those of the study's units file, "
        + "listed in units.csv; indicator codes are described in indicator_dictionary.csv and source ids in sources.csv. "
        + "Tables in COINr's layout (encoding utf-8) write missing values as NA."

    static func field(_ f: Field) -> JSON {
        var members: [(String, JSON)] = [("name", .string(f.name)), ("type", .string(f.kind.rawValue))]
        var text = f.description
        if let u = f.unit { text += "; unit: " + u }
        members.append(("description", .string(text)))
        if let u = f.unit { members.append(("unit", .string(u))) }
        if f.kind == .boolean {
            members.append(("trueValues", .array([.string("TRUE")])))
            members.append(("falseValues", .array([.string("FALSE")])))
        }
        if let allowed = f.allowed, !allowed.isEmpty {
            members.append(("constraints", .object([("enum", .array(allowed.map(JSON.string)))])))
        }
        return .object(members)
    }

    /// A data package name: lower case letters, digits, '-', '_' and '.'.
    static func slug(_ s: String) -> String {
        var out = ""
        for ch in s.lowercased().unicodeScalars {
            if ("a"..."z").contains(ch) || ("0"..."9").contains(ch) { out.unicodeScalars.append(ch) } else if !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "report" : out
    }
}

/// Just enough JSON to write a data package: ordered members, two-space indentation.
enum JSON {
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    func render(_ indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case let .string(s): return Self.quote(s)
        case let .array(items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
                return "[" + items.map { $0.render() }.joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { inner + $0.render(inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case let .object(members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { inner + Self.quote($0.0) + ": " + $0.1.render(inner) }.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if ch.value < 0x20 {
                    let hex = String(ch.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        return out + "\""
    }
}
