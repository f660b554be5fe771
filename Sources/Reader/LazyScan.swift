import CorpusIndex
import Synchronization

/// The scan of some paths, made the first time it is asked for and kept: a list drawn from the
/// corpus index is shown before it, and the threads behind the list (the scan's comparison with
/// the list, the worker's first stored analysis) share the one scan.
final class LazyScan: Sendable {
    let paths: [String]
    private let scan = Mutex<CorpusScan?>(nil)

    init(paths: [String]) {
        self.paths = paths
    }

    /// The scan; the first caller makes it, any other waits for it.
    var value: CorpusScan {
        scan.withLock { scan in
            if let scan { return scan }
            let made = CorpusScanner.scan(paths: paths)
            scan = made
            return made
        }
    }
}
