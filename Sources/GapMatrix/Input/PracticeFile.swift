/// Reads a practice registry (YAML: `practices:` a list of entries) strictly: every code is
/// checked against the study, and every entry needs at least one source. The fields of the GFMD
/// Platform for Partnerships' form and the Migration Network Hub (status, dates, funders, budget,
/// target group, lessons, a URL per source) are read by PracticeDetailsFile. `themes: nil` reads an
/// entry's themes unchecked, for a study that matches entries to its themes by tag instead
/// (study.yaml `registry_themes`).
public enum PracticeFile {
    public static func read(_ path: String, units: Set<String>, themes: Set<String>?) throws -> [Practice] {
        let doc = try YAMLMap.load(path)
        try doc.onlyKeys(["practices"])
        var out: [Practice] = []
        var ids: [String: Int] = [:]
        for m in try doc.mapList("practices") {
            try m.onlyKeys(["id", "title", "summary", "countries", "partners", "themes", "gcm", "sdg", "start", "end",
                            "instruments", "beneficiaries", "outcomes", "evaluation", "sources"] + PracticeDetailsFile.keys)
            let id = try m.string("id")
            if let first = ids[id] {
                throw m.error("id", "practice id '\(id)' again (first on line \(first))", "unique ids")
            }
            ids[id] = m.line ?? 0
            let countries = try m.scalarList("countries") ?? []
            guard !countries.isEmpty else { throw m.error("countries", "no implementing country for '\(id)'", "a list of ISO3 codes") }
            for c in countries where !units.contains(c) {
                throw m.error("countries", "unknown country code '\(c)' in '\(id)'", "an ISO3 code of a unit in the study")
            }
            let themeList = try m.scalarList("themes") ?? []
            guard !themeList.isEmpty else { throw m.error("themes", "no theme for '\(id)'", "a list of theme codes") }
            for t in themeList where themes.map({ !$0.contains(t) }) ?? false {
                throw m.error("themes", "unknown theme '\(t)' in '\(id)'", "one of: \((themes ?? []).sorted().joined(separator: ", "))")
            }
            var gcm: [Int] = []
            for g in try m.scalarList("gcm") ?? [] {
                guard let n = Int(g), (1...23).contains(n) else {
                    throw m.error("gcm", "GCM objective '\(g)' in '\(id)'", "an objective number from 1 to 23")
                }
                gcm.append(n)
            }
            let start = try m.optionalInt("start"), end = try m.optionalInt("end")
            if let start, let end, end < start {
                throw m.error("end", "end year \(end) before start year \(start) in '\(id)'", "an end year on or after the start")
            }
            let (sources, urls) = try PracticeDetailsFile.sources(m, id: id)
            let sdg = try PracticeDetailsFile.sdgTargets(m, id: id)
            var partners: [Practice.Partner] = []
            for p in try m.mapList("partners") {
                try p.onlyKeys(["name", "kind"])
                partners.append(.init(name: try p.string("name"), kind: try p.optionalString("kind")))
            }
            var evaluation = Practice.Evaluation(level: .unknown, year: nil, reference: nil)
            if let e = try m.optionalMap("evaluation") {
                try e.onlyKeys(["level", "year", "reference"])
                let text = try e.optionalString("level") ?? "unknown"
                guard let level = Practice.EvaluationLevel(rawValue: text) else {
                    throw e.error("level", "evaluation level '\(text)'",
                                  Practice.EvaluationLevel.allCases.map(\.rawValue).joined(separator: ", "))
                }
                let reference = try e.optionalString("reference")
                if level.isEvaluation && reference == nil {
                    throw e.error("reference", "an evaluation without a reference in '\(id)'", "the published evaluation it rests on")
                }
                evaluation = .init(level: level, year: try e.optionalInt("year"), reference: reference)
            }
            let details = try PracticeDetailsFile.details(m, id: id, start: start, end: end, evaluation: evaluation, urls: urls)
            var practice = Practice(id: id, title: try m.string("title"), summary: try m.optionalString("summary"),
                                countries: countries, partners: partners, themes: themeList, gcm: gcm,
                                sdg: sdg, start: start, end: end,
                                instruments: try m.scalarList("instruments") ?? [],
                                beneficiaries: try m.optionalString("beneficiaries"),
                                outcomes: try m.optionalString("outcomes"), evaluation: evaluation, sources: sources,
                                line: m.line)
            practice.details = details
            out.append(practice)
        }
        return out.sorted { $0.id < $1.id }
    }
}
