import Foundation
import Testing
@testable import GapMatrix

/// Paths inside the repository, found from this file so tests run from any directory.
enum Repo {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static func path(_ relative: String) -> String { root + "/" + relative }
    static let asemStudy = path("Datasets/asem/study.yaml")
    static let canonical = path("Tests/Fixtures/asem/coinr-canonical")
    static let ua = path("Tests/Fixtures/asem/coinr-ua-n100")
}

/// A CSV written by R, keyed by its first column.
struct RTable {
    let header: [String]
    let rows: [String: [String: String]]
    let order: [String]

    init(_ path: String, key: String? = nil) throws {
        let t = try CSVTable.read(path)
        header = t.header
        let k = try key.map { try t.column($0) } ?? 0
        var rows: [String: [String: String]] = [:]
        var order: [String] = []
        for r in t.rows {
            var d: [String: String] = [:]
            for (i, h) in t.header.enumerated() { d[h] = r.fields[i] }
            rows[r.fields[k]] = d
            order.append(r.fields[k])
        }
        self.rows = rows
        self.order = order
    }
}

/// |a - b| / max(|a|, |b|), 0 when both are zero; infinity when only one is missing.
func relativeDifference(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : .infinity }
    let scale = max(abs(a), abs(b))
    return scale == 0 ? 0 : abs(a - b) / scale
}

/// Writes `text` to a fresh temporary file and returns its path.
func temporaryFile(_ name: String, _ text: String) -> String {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("gapmatrix-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(name).path
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}

/// A temporary folder holding the given files.
func temporaryFolder(_ files: [String: String]) -> String {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("gapmatrix-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files {
        FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(text.utf8))
    }
    return dir.path
}

/// Builds the ASEM study once per test process.
enum ASEM {
    static let loaded: (Study, StudyInputs) = {
        let s = try! Study.read(Repo.asemStudy)
        return (s, try! s.loadInputs())
    }()
    static let build: Build = try! Regenerate.run(loaded.1, recipe: loaded.0.recipe)
}

/// The error reading a study whose uncertainty section has this one input (a flow-style YAML map).
func uncertainInputError(_ input: String, sourceLocation: SourceLocation = #_sourceLocation) -> GapMatrixError? {
    #expect(throws: GapMatrixError.self, sourceLocation: sourceLocation) {
        let folder = temporaryFolder(["study.yaml": "data: {format: coinr, idata: a.csv, imeta: b.csv}\nuncertainty:\n  inputs:\n    - " + input + "\n"])
        _ = try Study.read(folder + "/study.yaml")
    }
}
