import Foundation

/// A source id cited in the `source` column of values files, with what it stands for.
public struct SourceRecord: Sendable, Equatable {
    public var id: String
    public var description: String
    /// The release, edition or status date of the source as the sources file records it
    /// (`release` column, e.g. "API export 2023-05-10"); empty when the file does not say.
    public var release: String

    public init(id: String, description: String, release: String = "") {
        self.id = id
        self.description = description
        self.release = release
    }
}

/// The source ids a study's values files cite, read from the `sources.csv` beside each values
/// file (`source_id, description`, optionally `release`), so a report can resolve every id it
/// writes and say which release of each source a value comes from.
public enum SourceList {
    /// Every entry of the sources files beside `values`, each file once, sorted by id so the
    /// rows of a sources file carry no order into reports; an id listed twice keeps the
    /// description of the first values file that names it. A values folder without a sources file
    /// adds nothing: its ids stay unresolved rather than invented.
    public static func read(beside values: [String]) throws -> [SourceRecord] {
        var seenFiles = Set<String>(), seenIds = Set<String>()
        var out: [SourceRecord] = []
        for v in values {
            let path = ((v as NSString).deletingLastPathComponent as NSString).appendingPathComponent("sources.csv")
            guard seenFiles.insert(path).inserted, FileManager.default.fileExists(atPath: path) else { continue }
            let t = try CSVTable.read(path)
            guard let id = t.header.firstIndex(of: "source_id"), let d = t.header.firstIndex(of: "description") else {
                throw GapMatrixError(.badData, file: path, found: "columns \(t.header.joined(separator: ", "))",
                                     expected: "source_id and description")
            }
            let release = t.header.firstIndex(of: "release")
            for r in t.rows where seenIds.insert(r.fields[id]).inserted {
                out.append(SourceRecord(id: r.fields[id], description: r.fields[d], release: release.map { r.fields[$0] } ?? ""))
            }
        }
        return out.sorted { $0.id < $1.id }
    }
}
