/// What the practice and partnership registries cover, so that "no documented practice" is read
/// as a statement about the registries, not about the world (issue 16, item 4): entries by
/// theme, by region and by role of their countries.
public struct RegistryCoverage: Sendable, Equatable {
    public var practices: Int
    public var partnerships: Int
    /// Units named by at least one entry.
    public var units: Int
    public var unitsInStudy: Int
    /// Entries (practices and partnerships) per theme, in the study's theme order.
    public var byTheme: [(key: String, count: Int)]
    /// Entries naming at least one country of the region, by region name.
    public var byRegion: [(key: String, count: Int)]
    /// Entries naming at least one country that holds the role, origin then destination.
    public var byRole: [(key: String, count: Int)]

    public static func == (a: Self, b: Self) -> Bool {
        a.practices == b.practices && a.partnerships == b.partnerships && a.units == b.units && a.unitsInStudy == b.unitsInStudy
            && a.byTheme.map { "\($0.key)=\($0.count)" } == b.byTheme.map { "\($0.key)=\($0.count)" }
            && a.byRegion.map { "\($0.key)=\($0.count)" } == b.byRegion.map { "\($0.key)=\($0.count)" }
            && a.byRole.map { "\($0.key)=\($0.count)" } == b.byRole.map { "\($0.key)=\($0.count)" }
    }

    /// - Parameters:
    ///   - region: each unit's region (nil or empty: none), e.g. the units file's UN region.
    ///   - roles: each unit's roles.
    public static func compute(practices: [Practice], partnerships: [Partnership], themes: [String], units: [String],
                               region: (String) -> String?, roles: (String) -> Set<Role>) -> RegistryCoverage {
        let entries: [(countries: [String], themes: [String])] = practices.map { ($0.countries, $0.themes) }
            + partnerships.map { ($0.parties.map(\.country), $0.themes) }
        let named = Set(entries.flatMap(\.countries)).intersection(units)
        let byTheme = themes.map { t in (key: t, count: entries.filter { $0.themes.contains(t) }.count) }
        var regionCounts: [String: Int] = [:]
        for e in entries {
            for r in Set(e.countries.compactMap(region).filter { !$0.isEmpty }) { regionCounts[r, default: 0] += 1 }
        }
        let byRole = [Role.origin, .destination].map { role in
            (key: role.rawValue, count: entries.filter { e in e.countries.contains { roles($0).contains(role) } }.count)
        }
        return RegistryCoverage(practices: practices.count, partnerships: partnerships.count, units: named.count,
                                unitsInStudy: units.count, byTheme: byTheme,
                                byRegion: regionCounts.sorted { $0.key < $1.key }.map { (key: $0.key, count: $0.value) },
                                byRole: byRole)
    }

    /// One sentence for every report that says "no documented practice".
    public var sentence: String {
        func list(_ pairs: [(key: String, count: Int)]) -> String { pairs.map { "\($0.key) \($0.count)" }.joined(separator: ", ") }
        return "\"No documented practice\" describes the registries, not the world: they hold \(practices) practice"
            + (practices == 1 ? "" : "s") + " and \(partnerships) partnership" + (partnerships == 1 ? "" : "s")
            + ", naming \(units) of \(unitsInStudy) units; entries by theme: \(list(byTheme)); by region of their countries: "
            + "\(list(byRegion)); by role of their countries: \(list(byRole)) (an entry counts once for each theme, region or role it touches)."
    }
}
