/// Reads a partnership registry (YAML: `partnerships:` a list), checking parties, themes,
/// objectives, item codes and sources (`themes: nil`: themes unchecked, as for practices).
public enum PartnershipFile {
    public static func read(_ path: String, known: Set<String>, themes: Set<String>?) throws -> [Partnership] {
        let doc = try YAMLMap.load(path)
        try doc.onlyKeys(["partnerships"])
        var out: [Partnership] = []
        var ids: [String: Int] = [:]
        for m in try doc.mapList("partnerships") {
            try m.onlyKeys(["id", "name", "type", "parties", "start", "end", "themes", "gcm", "sdg", "items", "evaluation", "sources"])
            let id = try m.string("id")
            if let first = ids[id] { throw m.error("id", "partnership id '\(id)' again (first on line \(first))", "unique ids") }
            ids[id] = m.line ?? 0
            let typeText = try m.string("type")
            guard let kind = Partnership.Kind(rawValue: typeText) else {
                throw m.error("type", "type '\(typeText)'", Partnership.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var parties: [Partnership.Party] = []
            for p in try m.mapList("parties") {
                try p.onlyKeys(["country", "role"])
                let c = try p.string("country")
                guard known.contains(c) else { throw p.error("country", "unknown country code '\(c)' in '\(id)'", "an ISO3 code of the units file") }
                let roleText = try p.optionalString("role") ?? "both"
                guard let role = Partnership.Role(rawValue: roleText) else { throw p.error("role", "role '\(roleText)'", "origin, destination or both") }
                parties.append(.init(country: c, role: role))
            }
            guard parties.count >= 2 else {
                throw m.error("parties", "\(parties.count) part\(parties.count == 1 ? "y" : "ies") in '\(id)'",
                              "at least two parties (a multilateral framework lists its members as parties)")
            }
            let themeList = try m.scalarList("themes") ?? []
            for t in themeList where themes.map({ !$0.contains(t) }) ?? false {
                throw m.error("themes", "unknown theme '\(t)' in '\(id)'", "one of: \((themes ?? []).sorted().joined(separator: ", "))")
            }
            var gcm: [Int] = []
            for g in try m.scalarList("gcm") ?? [] {
                guard let n = Int(g), (1...23).contains(n) else { throw m.error("gcm", "GCM objective '\(g)' in '\(id)'", "an objective number from 1 to 23") }
                gcm.append(n)
            }
            let start = try m.optionalInt("start"), end = try m.optionalInt("end")
            if let start, let end, end < start { throw m.error("end", "end year \(end) before start year \(start) in '\(id)'", "an end year on or after the start") }
            var items: [String: Partnership.Item] = [:]
            if let im = try m.optionalMap("items") {
                try im.onlyKeys(Partnership.areas)
                for area in Partnership.areas {
                    guard let text = try im.optionalString(area) else { continue }
                    guard let item = Partnership.Item(rawValue: text) else {
                        throw im.error(area, "'\(text)' for \(area) in '\(id)'", "absent, partial, complete or unknown")
                    }
                    items[area] = item
                }
            }
            var evaluation = Practice.Evaluation(level: .unknown, year: nil, reference: nil)
            if let e = try m.optionalMap("evaluation") {
                try e.onlyKeys(["level", "year", "reference"])
                let text = try e.optionalString("level") ?? "unknown"
                guard let level = Practice.EvaluationLevel(rawValue: text) else {
                    throw e.error("level", "evaluation level '\(text)'", Practice.EvaluationLevel.allCases.map(\.rawValue).joined(separator: ", "))
                }
                evaluation = .init(level: level, year: try e.optionalInt("year"), reference: try e.optionalString("reference"))
            }
            let sources = try m.scalarList("sources") ?? []
            guard !sources.isEmpty else { throw m.error("sources", "no source for '\(id)'", "at least one citable reference") }
            out.append(Partnership(id: id, name: try m.string("name"), kind: kind, parties: parties, start: start, end: end,
                                   themes: themeList, gcm: gcm, sdg: try m.scalarList("sdg") ?? [], items: items,
                                   evaluation: evaluation, sources: sources))
        }
        return out.sorted { $0.id < $1.id }
    }
}
