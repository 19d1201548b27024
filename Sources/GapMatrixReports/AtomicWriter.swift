import Foundation
import GapMatrix

/// Writes report files so that a reader never sees half a file: each file goes to a
/// temporary name in the same folder and is renamed into place.
public enum AtomicWriter {
    /// Creates `folder` (and parents), or explains why it cannot.
    public static func prepareFolder(_ folder: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw GapMatrixError(.cannotWrite, file: folder, found: "a file where the output folder should be",
                                     expected: "a folder or a path that does not exist yet")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw GapMatrixError(.cannotWrite, file: folder, found: "a folder that cannot be created",
                                 expected: "a writable location")
        }
    }

    /// Writes `files` (name -> text) into `folder`. All contents are rendered before this is
    /// called, so a failure in the computation leaves no file behind.
    public static func write(_ files: [(name: String, text: String)], into folder: String) throws {
        try prepareFolder(folder)
        for f in files {
            try write(f.text, to: (folder as NSString).appendingPathComponent(f.name))
        }
    }

    public static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let tmp = ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8)) else {
            throw GapMatrixError(.cannotWrite, file: path, found: "a file that cannot be written",
                                 expected: "a writable folder")
        }
        if rename(tmp, path) != 0 {
            unlink(tmp)
            throw GapMatrixError(.cannotWrite, file: path, found: "a file that cannot be replaced",
                                 expected: "a writable path")
        }
    }
}
