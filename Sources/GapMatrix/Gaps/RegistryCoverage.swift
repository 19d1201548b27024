/// What the practice and partnership registries cover, so that "no documented practice" is read
/// as a statement about the registries, not about the world (issue 16, item 4): entries by
/// theme, by region and by role of their countries. Practices counted from the agreements data
/// (`Practice.Origin.agreements`) are counted apart from the hand-coded registries, since they
/// say only that an agreement's text mentions a topic.
public struct RegistryCoverage: Sendable, Equatable {
    /// Entries by theme, by region and by role of their countries.
    public struct Counts: Sendable {
        /// Entries per theme, in the study's theme order.
        public var byTheme: [(key: String, count: Int)]
        /// Entries naming at least one country of the region, by region name.
        public var byRegion: [(key: String, count: Int)]
        /// Entries naming at least one country that holds the role, origin then destination.
        public var byRole: [(key: String, count: Int)]

        var keyed: [String] {
            (byTheme + byRegion + byRole).map { "\($0.key)=\($0.count)" }
        }

        /// "by theme: ...; by region of their countries: ...; by role of their countries: ...".
        var text: String {
            func list(_ pairs: [(key: String, count: Int)]) -> String { pairs.map { "\($0.key) \($0.count)" }.joined(separator: ", ") }
            return "by theme: \(list(byTheme)); by region of their countries: \(list(byRegion)); by role of their countries: \(list(byRole))"
        }
    }

    /// Hand-coded practices (the practice registry).
    public var practices: Int
    public var partnerships: Int
    /// Units named by at least one hand-coded entry.
    public var units: Int
    public var unitsInStudy: Int
    /// The hand-coded entries (registry practices and partnerships).
    public var registry: Counts
    /// Agreements of the agreements data counted as unevaluated practice.
    public var agreementPractices: Int
    public var agreements: Counts

    public var byTheme: [(key: String, count: Int)] { registry.byTheme }
    public var byRegion: [(key: String, count: Int)] { registry.byRegion }
    public var byRole: [(key: String, count: Int)] { registry.byRole }

    public static func == (a: Self, b: Self) -> Bool {
        a.practices == b.practices && a.partnerships == b.partnerships && a.units == b.units && a.unitsInStudy == b.unitsInStudy
            && a.registry.keyed == b.registry.keyed && a.agreementPractices == b.agreementPractices
            && a.agreements.keyed == b.agreements.keyed
    }

    /// - Parameters:
    ///   - region: each unit's region (nil or empty: none), e.g. the units file's UN region.
    ///   - roles: each unit's roles.
    public static func compute(practices: [Practice], partnerships: [Partnership], themes: [String], units: [String],
                               region: (String) -> String?, roles: (String) -> Set<Role>) -> RegistryCoverage {
        typealias Entry = (countries: [String], themes: [String])
        func counts(_ entries: [Entry]) -> Counts {
            let byTheme = themes.map { t in (key: t, count: entries.filter { $0.themes.contains(t) }.count) }
            var regionCounts: [String: Int] = [:]
            for e in entries {
                for r in Set(e.countries.compactMap(region).filter { !$0.isEmpty }) { regionCounts[r, default: 0] += 1 }
            }
            let byRole = [Role.origin, .destination].map { role in
                (key: role.rawValue, count: entries.filter { e in e.countries.contains { roles($0).contains(role) } }.count)
            }
            return Counts(byTheme: byTheme, byRegion: regionCounts.sorted { $0.key < $1.key }.map { (key: $0.key, count: $0.value) },
                          byRole: byRole)
        }
        let handCoded = practices.filter { $0.origin == .registry }, fromAgreements = practices.filter { $0.origin == .agreements }
        let entries: [Entry] = handCoded.map { ($0.countries, $0.themes) } + partnerships.map { ($0.parties.map(\.country), $0.themes) }
        let named = Set(entries.flatMap(\.countries)).intersection(units)
        return RegistryCoverage(practices: handCoded.count, partnerships: partnerships.count, units: named.count,
                                unitsInStudy: units.count, registry: counts(entries), agreementPractices: fromAgreements.count,
                                agreements: counts(fromAgreements.map { ($0.countries, $0.themes) }))
    }

    /// One sentence for every report that says "no documented practice".
    public var sentence: String {
        var s = "\"No documented practice\" describes the registries, not the world: they hold \(practices) practice"
            + (practices == 1 ? "" : "s") + " and \(partnerships) partnership" + (partnerships == 1 ? "" : "s")
            + ", naming \(units) of \(unitsInStudy) units; entries \(registry.text) (an entry counts once for each theme, region or role it touches)."
        if agreementPractices > 0 {
            s += " Apart from them, \(agreementPractices) bilateral labour agreement" + (agreementPractices == 1 ? "" : "s")
                + " from the agreements data " + (agreementPractices == 1 ? "counts" : "count") + " as unevaluated practice (signed in the study's window, mentioning an area mapped"
                + " to the theme); agreements \(agreements.text)."
        }
        return s
    }
}
