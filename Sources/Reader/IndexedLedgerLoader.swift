import Annotations
import CorpusIndex
import Foundation
import ReaderApp
import Synchronization

/// Reads the corpus's claim ledger from the corpus index on a thread of its own, when the ledger
/// panel first asks (decoding every analysed article's claims takes seconds on a large corpus; an
/// article without a ledger row yet has its claims read from its stored analysis and stored).
/// Each claim carries the article's path as the app's list names it, so the panel finds its row.
final class IndexedLedgerLoader: Sendable {
    private let result = Mutex<InputEvent?>(nil)
    private let started = Mutex(false)
    private let index: CorpusIndex
    private let files: [CorpusFile]

    /// - Parameter files: each listed plain article (not an item of a feed, which the ledger table
    ///   does not key) with its path as listed and its absolute path as the index names it.
    init(index: CorpusIndex, files: [CorpusFile]) {
        self.index = index
        self.files = files
    }

    /// Starts reading, once: a second ask while the first is read is answered by the first.
    func start() {
        guard started.withLock({ started in
            defer { started = true }
            return !started
        }) else { return }
        let thread = Thread { [self] in
            let event: InputEvent
            do {
                event = .indexedLedger(claims: try index.ledgerClaims(for: files).claims, problem: nil)
            } catch {
                event = .indexedLedger(claims: [], problem: "could not be read (\(error.localizedDescription))")
            }
            result.withLock { $0 = event }
            started.withLock { $0 = false }
        }
        thread.name = "reader-ledger"
        thread.start()
    }

    /// The answer, once, when it is read.
    func take() -> InputEvent? {
        result.withLock { found in
            defer { found = nil }
            return found
        }
    }
}
