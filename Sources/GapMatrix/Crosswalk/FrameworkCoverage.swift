/// How much of a framework the data and the registries reach (issue 19): for each theme of
/// the lowest aggregate level (objectives), how many indicators measure it and how many
/// documented practices and partnerships bear on it.
///
/// A theme with no indicator is an information gap of the framework itself, the same for
/// every unit; one with a single indicator rests on that one source.
public struct FrameworkCoverage: Sendable {
    public struct Theme: Sendable {
        public var code: String
        public var name: String
        /// The theme above it (a round table), nil under the index directly.
        public var parent: String?
        public var indicators: [String]
        public var practices: [String]
        public var partnerships: [String]

        /// "0", "1" or "2+": the band the coverage table counts.
        public var band: Band { indicators.isEmpty ? .none : indicators.count == 1 ? .one : .several }
    }

    public enum Band: String, Sendable, CaseIterable {
        case none = "0", one = "1", several = "2+"
    }

    /// The level the themes are on ("Objective").
    public let levelName: String
    public let themes: [Theme]
    /// The parents' codes in framework order (round tables as the framework lists them).
    let parentOrder: [String]

    /// `practices` and `partnerships` as the study read them (themes already matched, by code
    /// or by tag); the lowest aggregate level is the one whose themes hold indicators.
    public init(_ f: Framework, practices: [Practice] = [], partnerships: [Partnership] = []) {
        let level = 2
        levelName = f.levelNames.count >= level ? f.levelNames[level - 1] : "Theme"
        themes = Crosswalk.themes(f).filter { f.node($0)!.level == level }.map { code in
            let n = f.node(code)!
            return Theme(code: code, name: n.name, parent: n.parent == f.root ? nil : n.parent,
                         indicators: f.indicators(under: code),
                         practices: practices.filter { $0.themes.contains(code) }.map(\.id),
                         partnerships: partnerships.filter { $0.themes.contains(code) }.map(\.id))
        }
        parentOrder = Crosswalk.themes(f)
    }

    /// Themes per band, in framework order.
    public func themes(in band: Band) -> [Theme] { themes.filter { $0.band == band } }

    /// Themes no documented practice and no partnership bears on.
    public var withoutRegistryEntry: [Theme] { themes.filter { $0.practices.isEmpty && $0.partnerships.isEmpty } }

    /// For each parent theme (round table), in framework order: its themes and how many are measured.
    public var byParent: [(parent: String, themes: [Theme], measured: Int)] {
        var groups: [String: [Theme]] = [:]
        for t in themes { groups[t.parent ?? "", default: []].append(t) }
        let order = ([""] + parentOrder).filter { groups[$0] != nil }
        return order.map { p in (p, groups[p]!, groups[p]!.filter { !$0.indicators.isEmpty }.count) }
    }
}
