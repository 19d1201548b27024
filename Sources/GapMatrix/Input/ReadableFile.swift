import Foundation

/// A file open for reading through the C library's `read`.
///
/// Foundation's `FileHandle.read(upToCount:)` fills a megabyte with 256 reads of 4 KB each and
/// copies the result into a `Data`; here a chunk is one system call. A default report reads
/// about 40 MB of CSV.
final class ReadableFile {
    private var descriptor: Int32

    /// Opens `path`; nil when it cannot be opened (the caller says why to the user).
    init?(path: String) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    /// Appends up to `count` bytes of the file to `buffer`; returns how many, 0 at the end of the
    /// file. Throws `ReadError` when the system refuses (a disk error, a folder opened as a file)
    /// or the file is closed.
    func read(appendingTo buffer: inout [UInt8], count: Int) throws -> Int {
        // Reading after `close` is an error, not an end of file: a copy of a parser that shares this
        // file must not mistake the other copy's close for the end of the data.
        guard descriptor >= 0 else { throw ReadError(code: EBADF) }
        var failure: Int32 = 0
        // Uninitialised storage, filled by the system: a small file costs no megabyte of zeros.
        let chunk = [UInt8](unsafeUninitializedCapacity: count) { raw, initialised in
            var got = -1
            repeat {
                got = systemRead(descriptor, raw.baseAddress!, count)
            } while got < 0 && errno == EINTR
            if got < 0 { failure = errno }
            initialised = max(got, 0)
        }
        guard failure == 0 else { throw ReadError(code: failure) }
        if buffer.isEmpty { buffer = chunk } else { buffer += chunk }
        return chunk.count
    }

    /// Closes the file now rather than when the last reference goes.
    func close() {
        if descriptor >= 0 { systemClose(descriptor) }
        descriptor = -1
    }

    deinit { close() }

    struct ReadError: Error { var code: Int32 }
}

// At file scope the C library's names are not shadowed by the methods above.
private func systemRead(_ descriptor: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int { read(descriptor, into, count) }
private func systemClose(_ descriptor: Int32) { _ = close(descriptor) }
