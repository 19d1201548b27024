import Foundation

/// A view over a study that is not a level of its framework: a list of sessions, meetings or
/// chapters that overlap its themes (the 2017 thematic consultations that prepared the Global
/// Compact overlap its objectives and predate them, so they cannot be a level of the tree).
///
/// ```yaml
/// views:
///   - name: Informal thematic sessions of 2017
///     file: thematic_consultations_2017.csv   # one row per session
///     id: session                              # its key column
///     label: title                             # the column that names it
///     themes: sessions_to_objectives.csv       # optional: columns <id>, theme
/// ```
/// Without a `themes` file the view is shown as a list and says that no mapping was given:
/// a link from a session to a theme is a documented judgement or nothing.
public struct StudyView: Sendable, Equatable {
    public var name: String
    public var file: String
    public var idColumn: String
    public var labelColumn: String
    /// The file linking each entry to themes, if a source gives one.
    public var themesFile: String?

    public init(name: String, file: String, idColumn: String, labelColumn: String, themesFile: String? = nil) {
        self.name = name
        self.file = file
        self.idColumn = idColumn
        self.labelColumn = labelColumn
        self.themesFile = themesFile
    }

    /// One row of the view: its key, its label, the other columns as read, and its themes
    /// (nil when the view has no themes file: unknown, not none).
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var label: String
        public var fields: [(column: String, value: String)]
        public var themes: [String]?

        public static func == (x: Entry, y: Entry) -> Bool {
            x.id == y.id && x.label == y.label && x.themes == y.themes
                && x.fields.map(\.column) == y.fields.map(\.column) && x.fields.map(\.value) == y.fields.map(\.value)
        }
    }

    /// Reads the view's entries, checking the themes file's codes against `themes`.
    public func read(themes known: Set<String>) throws -> [Entry] {
        let table = try CSVTable.read(file)
        func column(_ t: CSVTable, _ name: String) throws -> Int {
            guard let i = t.header.firstIndex(of: name) else {
                throw GapMatrixError(.badData, file: t.file, field: name, found: "no column '\(name)'",
                                     expected: "one of: \(t.header.joined(separator: ", "))")
            }
            return i
        }
        let id = try column(table, idColumn), label = try column(table, labelColumn)
        var links: [String: [String]]? = nil
        if let themesFile {
            let t = try CSVTable.read(themesFile)
            let key = try column(t, idColumn), theme = try column(t, "theme")
            var found: [String: [String]] = [:]
            for row in t.rows {
                let code = row.fields[theme]
                guard known.contains(code) else {
                    throw GapMatrixError(.badData, file: t.file, line: row.line, field: "theme", found: "theme '\(code)'",
                                         expected: "a theme of the study's framework")
                }
                found[row.fields[key], default: []].append(code)
            }
            links = found
        }
        return table.rows.map { row in
            let others = table.header.indices.filter { $0 != id && $0 != label }
            return Entry(id: row.fields[id], label: row.fields[label],
                         fields: others.map { (table.header[$0], row.fields[$0]) },
                         themes: links.map { $0[row.fields[id]] ?? [] })
        }
    }
}
