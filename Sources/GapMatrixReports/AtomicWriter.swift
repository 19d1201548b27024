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

    /// Writes `files` (name -> text) into `folder`, in two phases: every file is first written
    /// under a temporary name, and only when all of them are on disk are they renamed into place.
    /// A failure while writing leaves no new file behind (and no folder, if this call made it).
    /// All contents are rendered before this is called, so a failed computation writes nothing.
    public static func write(_ files: [(name: String, text: String)], into folder: String) throws {
        try write(files.map { (name: $0.name, bytes: Data($0.text.utf8)) }, into: folder)
    }

    /// As `write(_:into:)` for files that are bytes (a workbook among text files).
    public static func write(_ files: [(name: String, bytes: Data)], into folder: String) throws {
        let existed = FileManager.default.fileExists(atPath: folder)
        try prepareFolder(folder)
        var staged: [(temporary: String, final: String)] = []
        func discard() {
            for s in staged { unlink(s.temporary) }
            if !existed { try? FileManager.default.removeItem(atPath: folder) }
        }
        do {
            for f in files {
                let final = (folder as NSString).appendingPathComponent(f.name)
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: final, isDirectory: &isDir), isDir.boolValue {
                    throw GapMatrixError(.cannotWrite, file: final, found: "a folder where the file should be",
                                         expected: "a path that is a file or does not exist")
                }
                staged.append((try writeTemporary(f.bytes, for: final), final))
            }
        } catch {
            discard()
            throw error
        }
        for (i, s) in staged.enumerated() where rename(s.temporary, s.final) != 0 {
            for rest in staged[i...] { unlink(rest.temporary) }
            throw GapMatrixError(.cannotWrite, file: s.final, found: "a file that cannot be replaced", expected: "a writable path")
        }
    }

    public static func write(_ text: String, to path: String) throws {
        let tmp = try writeTemporary(Data(text.utf8), for: path)
        if rename(tmp, path) != 0 {
            unlink(tmp)
            throw GapMatrixError(.cannotWrite, file: path, found: "a file that cannot be replaced",
                                 expected: "a writable path")
        }
    }

    /// Writes `bytes` next to `path` under a hidden temporary name and returns that name.
    ///
    /// Written with the C library: Foundation's `createFile` made a second temporary file of its
    /// own, synced it to disk and renamed it, for every one of a report's ~55 files. The rename
    /// into place is what keeps readers from half a file; report files are not synced.
    static func writeTemporary(_ bytes: Data, for path: String) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let tmp = ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        func failed() -> GapMatrixError {
            GapMatrixError(.cannotWrite, file: path, found: "a file that cannot be written", expected: "a writable folder")
        }
        // A file left at that name by an earlier run goes first, and the new one must be new and not
        // a link: a link planted there would otherwise have its target overwritten, and a stale
        // file's permissions would carry over to the report file.
        unlink(tmp)
        let descriptor = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failed() }
        let written = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        // A write error can also surface at close (a full disk on some file systems).
        guard close(descriptor) == 0, written else {
            unlink(tmp)
            throw failed()
        }
        return tmp
    }
}

// At file scope the C library's `write` is not shadowed by AtomicWriter's own.
private func systemWrite(_ descriptor: Int32, _ from: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, from, count) }
