import Foundation
@testable import GapMatrix

/// Reads a meeting brief as a reader would check it: every number, with the figure cited after
/// it, looked up in brief_figures.csv and in the rows of the CSV file that figure names; and
/// every figure recomputed from those rows.
struct BriefChecker {
    /// Each CSV file's rows as column name -> text.
    let tables: [String: [[String: String]]]

    init(files: [String: String]) throws {
        var t: [String: [[String: String]]] = [:]
        for (name, text) in files where name.hasSuffix(".csv") {
            let table = try CSVTable.parse(text, file: name)
            t[name] = table.rows.map { Dictionary(zip(table.header, $0.fields), uniquingKeysWith: { a, _ in a }) }
        }
        tables = t
    }

    func records(_ file: String) -> [[String: String]] { tables[file] ?? [] }

    func figure(_ id: String) -> [String: String]? { records("brief_figures.csv").first { $0["figure_id"] == id } }

    /// The rows of `file` a selection keeps (clauses as brief_figures.csv writes them).
    func select(_ file: String, _ selection: String) -> [[String: String]] {
        let tests = (selection.isEmpty ? [] : selection.components(separatedBy: "; ")).map(predicate)
        return records(file).filter { row in tests.allSatisfy { $0(row) } }
    }

    /// One clause as a test of a row: `unit_code in FILE:column=value`, `column!=value`,
    /// `column~value` (a ';' list holding it), `column=a|b`.
    func predicate(_ clause: String) -> ([String: String]) -> Bool {
        if clause.hasPrefix("unit_code in ") {
            let parts = clause.dropFirst("unit_code in ".count).split(separator: ":", maxSplits: 1).map(String.init)
            let units = Set(select(parts[0], parts[1]).compactMap { $0["unit_code"] })
            return { units.contains($0["unit_code"] ?? "") }
        }
        if let r = clause.range(of: "!=") {
            let column = String(clause[..<r.lowerBound]), value = String(clause[r.upperBound...])
            return { $0[column] != value }
        }
        if let r = clause.range(of: "~") {
            let column = String(clause[..<r.lowerBound]), value = String(clause[r.upperBound...])
            return { ($0[column] ?? "").components(separatedBy: ";").contains(value) }
        }
        let r = clause.range(of: "=")!
        let column = String(clause[..<r.lowerBound]), values = Set(clause[r.upperBound...].components(separatedBy: "|"))
        return { values.contains($0[column] ?? "\u{0}") }
    }

    // MARK: numbers in text

    static let token = try! NSRegularExpression(
        pattern: #"\[(F\d+(?:, F\d+)*)\]|(?<![\p{L}\p{N}_.\-/])(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?(?![\p{L}\p{N}_\-])"#)

    /// The numbers of a text, in order (a range "2012-2022" gives both ends).
    static func numbers(_ text: String) -> [String] {
        spans(text).filter { $0.citation == nil }.map(\.number)
    }

    static func spans(_ text: String) -> [(number: String, citation: [String]?)] {
        let ns = text as NSString
        return token.matches(in: text, range: NSRange(location: 0, length: ns.length)).flatMap { m -> [(String, [String]?)] in
            if m.range(at: 1).location != NSNotFound {
                return [("", ns.substring(with: m.range(at: 1)).components(separatedBy: ", "))]
            }
            return [2, 3].compactMap { i in m.range(at: i).location == NSNotFound ? nil : (ns.substring(with: m.range(at: i)), nil) }
        }
    }

    /// The lines that carry figures: headings (Markdown `#`, or text underlined with = or -) left out.
    static func bodyLines(_ brief: String) -> [String] {
        let lines = brief.components(separatedBy: "\n")
        return lines.enumerated().filter { i, line in
            if line.hasPrefix("#") || line.allSatisfy({ $0 == "=" || $0 == "-" }) { return false }
            if i + 1 < lines.count, let next = lines[i + 1].first, next == "=" || next == "-",
               lines[i + 1].count == line.count, lines[i + 1].allSatisfy({ $0 == next }) { return false }
            return true
        }.map(\.1)
    }

    /// Every number of the brief with the figures cited after it on its line (an empty list: none).
    static func cited(_ brief: String) -> [(number: String, figures: [String])] {
        var out: [(String, [String])] = []
        for line in bodyLines(brief) {
            var pending: [String] = []
            for s in spans(line) {
                if let c = s.citation {
                    out += pending.map { ($0, c) }
                    pending = []
                } else {
                    pending.append(s.number)
                }
            }
            out += pending.map { ($0, []) }
        }
        return out
    }

    /// Problems with the brief's numbers: uncited, cited to no figure, or held by neither the
    /// figure's row nor the rows it selects.
    func problems(_ brief: String) -> [String] {
        Self.cited(brief).compactMap { number, ids in
            guard !ids.isEmpty else { return "\(number): no citation" }
            for id in ids {
                guard let f = figure(id) else { return "\(number): [\(id)] is no row of brief_figures.csv" }
                let rows = [f] + select(f["source_file"] ?? "", f["selection"] ?? "")
                if rows.contains(where: { $0.values.contains { Self.numbers($0).contains(number) || $0 == number } }) { return nil }
            }
            return "\(number): not in \(ids.joined(separator: ", ")) nor in the rows they select"
        }
    }

    /// Problems with the figures themselves: each recomputed from the rows it names.
    func figureProblems() -> [String] {
        records("brief_figures.csv").compactMap { f in
            let file = f["source_file"]!, id = f["figure_id"]!, measure = f["measure"]!
            guard tables[file] != nil else { return "\(id): \(file) is not in the folder" }
            let rows = select(file, f["selection"]!)
            func count(_ rs: [[String: String]]) -> String {
                switch measure {
                case "recommendations": "\(Set(rs.compactMap { $0["recommendation_id"] }).count)"
                case "actions with unknown status": "\(Set(rs.compactMap { $0["action_id"] }).count)"
                default: "\(rs.count)"
                }
            }
            if !(f["value"] ?? "").isEmpty, count(rows) != f["value"] {
                return "\(id): value \(f["value"]!), rows selected \(count(rows))"
            }
            if !(f["of"] ?? "").isEmpty, count(select(file, f["of_selection"]!)) != f["of"] {
                return "\(id): of \(f["of"]!), rows \(count(select(file, f["of_selection"]!)))"
            }
            if measure == "data vintage" {
                let years = rows.compactMap { Int($0["year"] ?? "") }
                if (years.min().map(String.init) ?? "") != f["year_from"] || (years.max().map(String.init) ?? "") != f["year_to"] {
                    return "\(id): years \(f["year_from"]!)-\(f["year_to"]!), rows \(years.min() ?? 0)-\(years.max() ?? 0)"
                }
            }
            if f["value"] == "" && measure != "data vintage" && rows.isEmpty { return "\(id): selects no row of \(file)" }
            if let label = f["label"], !label.isEmpty, !rows.contains(where: { $0.values.contains(label) }) {
                return "\(id): label '\(label)' in no selected row"
            }
            return nil
        }
    }
}
