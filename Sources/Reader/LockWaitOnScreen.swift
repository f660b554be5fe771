import Annotations
import ReaderApp

/// A save's wait for the folder lock, shown in the reader: once the lock is found taken, the status
/// line names the folder and its holder, and Esc gives up (the save then fails and the editor keeps
/// the note).
///
/// The store calls both closures synchronously on the loop's own thread, inside the save, so the
/// unchecked Sendable is sound: nothing here is ever touched from two threads.
final class LockWaitOnScreen: @unchecked Sendable {
    private let blocked: BlockedWait
    private var message = ""

    init(_ blocked: BlockedWait) {
        self.blocked = blocked
    }

    var lockWaiting: LockWaiting {
        LockWaiting(retryInterval: .milliseconds(20), onWait: { folder, holder in
            self.message = "Waiting for the lock on \(TerminalText.visible(folder)), held by \(holder): Esc gives up"
        }, keepWaiting: {
            self.blocked.keepWaiting(self.message)
        })
    }
}
