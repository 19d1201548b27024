/// Reads a recommendations register (YAML: `recommendations:` a list) strictly: every entry
/// needs its meeting, author, a text in the register's own words and a locator in a source;
/// themes must be the study's and GCM objectives 1-23.
public enum RecommendationFile {
    static let keys = ["id", "meeting", "year", "session", "document_type", "kind", "author", "addressee", "status", "text",
                       "quote", "locator", "themes", "gcm", "bears_on"]

    public static func read(_ path: String, themes: Set<String>) throws -> [Recommendation] {
        let doc = try YAMLMap.load(path)
        try doc.onlyKeys(["recommendations"])
        var out: [Recommendation] = []
        var ids: [String: Int] = [:]
        for m in try doc.mapList("recommendations") {
            try m.onlyKeys(keys)
            let id = try m.string("id")
            if let first = ids[id] { throw m.error("id", "recommendation id '\(id)' again (first on line \(first))", "unique ids") }
            ids[id] = m.line ?? 0
            let year = try m.optionalInt("year") ?? { throw m.error("year", "no year for '\(id)'", "the year of the meeting") }()
            guard (2007...2100).contains(year) else { throw m.error("year", "year \(year) in '\(id)'", "a year of a GFMD meeting, 2007 or later") }
            // The register only holds what the Forum's record says: never binding.
            if let status = try m.optionalString("status"), status != "non-binding" {
                throw m.error("status", "status '\(status)' in '\(id)'", "non-binding (GFMD recommendations are never adopted by states)")
            }
            let kindText = try m.string("kind")
            guard let kind = Recommendation.Kind(rawValue: kindText) else {
                throw m.error("kind", "kind '\(kindText)' in '\(id)'", Recommendation.Kind.allCases.map(\.rawValue).joined(separator: " or "))
            }
            let themeList = try m.scalarList("themes") ?? []
            if kind == .policy && themeList.isEmpty {
                throw m.error("themes", "a policy recommendation with no theme ('\(id)')", "the themes it bears on")
            }
            for t in themeList where !themes.contains(t) {
                throw m.error("themes", "unknown theme '\(t)' in '\(id)'", "one of: \(themes.sorted().joined(separator: ", "))")
            }
            out.append(Recommendation(
                id: id, meeting: try m.string("meeting"), year: year, session: try m.optionalString("session"),
                documentType: try m.string("document_type"), kind: kind, author: try nonEmpty(m, "author"),
                addressee: try nonEmpty(m, "addressee"), text: try m.string("text"), quote: try m.optionalString("quote"),
                locator: try locator(m, in: id), themes: themeList, gcm: try gcmObjectives(m, in: id),
                bearsOn: try m.optionalString("bears_on"), line: m.line))
        }
        return out.sorted { $0.id < $1.id }
    }

    /// An optional text, where an empty one says the source is silent.
    static func nonEmpty(_ m: YAMLMap, _ key: String) throws -> String? {
        guard let t = try m.optionalString(key), !t.trimmedField.isEmpty else { return nil }
        return t
    }

    /// `locator: {document, section, url}`: the document is required, so every fact can be found again.
    static func locator(_ m: YAMLMap, in id: String, key: String = "locator") throws -> Recommendation.Locator {
        guard let l = try m.optionalMap(key) else {
            throw m.error(key, "no locator for '\(id)'", "a mapping with document (required), section and url")
        }
        try l.onlyKeys(["document", "section", "url"])
        let url = try l.optionalString("url")
        if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw l.error("url", "'\(url)' in '\(id)'", "an address starting with http:// or https://")
        }
        return .init(document: try l.string("document"), section: try l.optionalString("section"), url: url)
    }

    static func gcmObjectives(_ m: YAMLMap, in id: String) throws -> [Int] {
        try (m.scalarList("gcm") ?? []).map { g in
            guard let n = Int(g), (1...23).contains(n) else {
                throw m.error("gcm", "GCM objective '\(g)' in '\(id)'", "an objective number from 1 to 23")
            }
            return n
        }
    }
}
