import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a folder, held around read-merge-write of the sidecars in it.
///
/// Locking the folder rather than the sidecar matters: the sidecar is replaced by rename, so a lock
/// on it would stay with the old inode while another process opened the new one. Locking the folder
/// also needs no extra lock file beside the articles. The lock is released when the descriptor is
/// closed, so a process killed while holding it never blocks the next one.
final class FolderLock {
    /// The open folder, also used to fsync renames into it.
    let descriptor: Int32

    /// Opens `folder` and waits for the exclusive lock.
    init(folder: String) throws(StoreError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError(path: folder, kind: .writeFailed, detail: "cannot open the folder: \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let message = String(cString: strerror(errno))
            close(descriptor)
            throw StoreError(path: folder, kind: .writeFailed, detail: "cannot lock the folder: \(message)")
        }
        self.descriptor = descriptor
    }

    deinit {
        // Closing releases the flock.
        close(descriptor)
    }
}
