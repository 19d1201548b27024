import Foundation

/// Matching registry entries to a framework's themes by tag rather than by theme code.
///
/// The practice and partnership registries were written for one framework (their `themes`
/// name its codes) but also tag each entry with the objectives of a second one (`gcm: [5, 23]`).
/// A study on that second framework lists the same numbers on its themes (`gcm: [5]` on an
/// objective, the objectives' numbers on a round table), so an entry covers every theme that
/// shares one of its tags: the registry is read once and serves both studies, no copy made.
public enum RegistryTags {
    /// Tag names an entry carries as numbers (the study file's `registry_themes` values).
    public static let supported = ["gcm"]

    /// Theme codes by tag number, from the framework notes (`gcm: "5, 6"` on a theme); the index
    /// is left out, themes come in framework order.
    public static func themes(_ f: Framework, docs: FrameworkDocs, tag: String) -> [Int: [String]] {
        var out: [Int: [String]] = [:]
        for n in f.nodes where n.kind == .aggregate && n.code != f.root {
            for number in numbers(docs.note(n.code, tag)) { out[number, default: []].append(n.code) }
        }
        return out
    }

    /// The themes an entry with these tags covers, each once, in the order first met.
    public static func retag(_ tags: [Int], _ byTag: [Int: [String]]) -> [String] {
        var seen: Set<String> = []
        return tags.flatMap { byTag[$0] ?? [] }.filter { seen.insert($0).inserted }
    }

    /// "5, 6, 18" -> [5, 6, 18]; words that are not whole numbers are skipped.
    static func numbers(_ note: String?) -> [Int] {
        (note ?? "").split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
