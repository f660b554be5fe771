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

    /// Opens `folder` and takes the exclusive lock, waiting as `waiting` says while another holds it.
    init(folder: String, waiting: LockWaiting = .forever) throws(StoreError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError(path: folder, kind: .writeFailed, detail: "cannot open the folder: \(String(cString: strerror(errno)))")
        }
        let clock = ContinuousClock()
        let started = clock.now
        var holder: LockHolder?
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(descriptor)
                throw StoreError(path: folder, kind: .writeFailed, detail: "cannot lock the folder: \(String(cString: strerror(code)))")
            }
            if holder == nil {
                let found = LockHolder.find(lockedAt: descriptor)
                holder = found
                waiting.onWait(folder, found)
            }
            let timedOut = waiting.timeout.map { clock.now - started >= $0 } ?? false
            if timedOut || !waiting.keepWaiting() {
                close(descriptor)
                throw StoreError(path: folder, kind: .lockNotTaken(holder?.description ?? "another process"))
            }
            let interval = waiting.retryInterval.components
            let microseconds = interval.seconds * 1_000_000 + interval.attoseconds / 1_000_000_000_000
            usleep(UInt32(clamping: max(1_000, microseconds)))
        }
        self.descriptor = descriptor
    }

    /// Who holds the lock on `folder` now, or nil when it is free (checked by taking and releasing it).
    static func holder(of folder: String) -> LockHolder? {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return nil
        }
        return errno == EWOULDBLOCK ? LockHolder.find(lockedAt: descriptor) : nil
    }

    deinit {
        // Closing releases the flock.
        close(descriptor)
    }
}
