import CorpusIndex
import Foundation
import Synchronization

/// Scans the files behind a list drawn from the corpus index, on a thread of its own after the
/// first screen, and compares them with the list (`IndexedListing.changes`): the world hands the
/// result to the app and the worker.
final class ListScanLoader: Sendable {
    private let result = Mutex<ListScanResult?>(nil)
    private let folders: [ListedFolder]
    private let scanned: LazyScan

    init(folders: [ListedFolder], scanned: LazyScan) {
        self.folders = folders
        self.scanned = scanned
    }

    func start() {
        let thread = Thread { [self] in
            let found = IndexedListing.changes(of: folders, against: scanned.value)
            result.withLock { $0 = found }
        }
        thread.name = "reader-scan"
        thread.start()
    }

    /// The result, once, when the scan is done.
    func take() -> ListScanResult? {
        result.withLock { found in
            defer { found = nil }
            return found
        }
    }
}
