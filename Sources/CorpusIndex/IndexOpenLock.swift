import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (flock) on `FILE.lock`, held while a process checks, creates or migrates the
/// index. Without it, a process opening a new index while another creates it can see half a schema:
/// GRDB's table of migrations without the application id looks like another program's database (and
/// was moved aside), a migration already run by the other fails, and a long migration outlasts the
/// busy wait. Only opening is serialised; reads and writes after it use SQLite's own locks.
struct IndexOpenLock {
    private let descriptor: Int32

    /// Waits for the lock. Nil when the lock file cannot be made: a folder that cannot be written,
    /// where the open that follows fails anyway and the index lives in memory.
    init?(for file: String) {
        let descriptor = Glibc.open(file + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                return nil
            }
        }
        self.descriptor = descriptor
    }

    /// Closing the file releases the lock (also when the process ends).
    func release() {
        close(descriptor)
    }
}
