import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a crash at any moment leaves either the old bytes or the new, never a
/// torn mix: write a temporary file in the same folder, fsync it, rename it over the old one, then
/// fsync the folder so the rename itself is on disk.
enum AtomicFile {
    /// The marker in temporary file names; `.gitignore` ignores `*.annotations.json.tmp*`.
    static let temporaryMarker = ".tmp-"

    /// Writes `data` to `path` atomically.
    /// - Parameter folderDescriptor: an open descriptor of the file's folder, used to fsync the rename.
    static func write(_ data: Data, to path: String, folderDescriptor: Int32) throws(StoreError) {
        let folder = ParentFolder.of(path)
        let temporary = path + temporaryMarker + "\(getpid())-\(UUID().uuidString.prefix(8))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EACCES || code == EROFS || code == EPERM {
                throw StoreError(path: folder.isEmpty ? "." : folder, kind: .folderNotWritable, detail: String(cString: strerror(code)))
            }
            throw StoreError(path: path, kind: .writeFailed, detail: String(cString: strerror(code)))
        }
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary) }
        }
        do throws(StoreError) {
            try writeAll(data, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw failure(path, "fsync") }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw failure(path, "close") }
        guard rename(temporary, path) == 0 else { throw failure(path, "rename") }
        succeeded = true
        // The rename is atomic; this makes it durable. A failure here leaves a correct file behind.
        _ = fsync(folderDescriptor)
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(StoreError) {
        let error: StoreError? = data.withUnsafeBytes { buffer -> StoreError? in
            guard var pointer = buffer.baseAddress else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let written = systemWrite(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return failure(path, "write")
                }
                remaining -= written
                pointer += written
            }
            return nil
        }
        if let error { throw error }
    }

    private static func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, pointer, count)
        #else
        return Darwin.write(descriptor, pointer, count)
        #endif
    }

    private static func failure(_ path: String, _ call: String) -> StoreError {
        StoreError(path: path, kind: .writeFailed, detail: "\(call): \(String(cString: strerror(errno)))")
    }
}
