import Annotations
import CorpusIndex
import Foundation
import ReaderApp
import Synchronization

/// Reads the corpus's claim ledger from the corpus index on a thread of its own, when the ledger
/// panel first asks (decoding every analysed article's claims takes seconds on a large corpus; an
/// article without a ledger row yet has its claims read from its stored analysis and stored), with
/// the verdicts of the articles that have a sidecar (only those files are read).
/// Each claim carries the article's path as the app's list names it, so the panel finds its row.
final class IndexedLedgerLoader: Sendable {
    private let result = Mutex<InputEvent?>(nil)
    private let started = Mutex(false)
    private let index: CorpusIndex
    private let files: [CorpusFile]
    private let sidecars: SidecarBridge
    private let itemReader: ItemFileReader

    /// - Parameter files: each listed plain article (not an item of a feed, which the ledger table
    ///   does not key) with its path as listed and its absolute path as the index names it.
    init(index: CorpusIndex, files: [CorpusFile], sidecars: SidecarBridge, itemReader: ItemFileReader) {
        self.index = index
        self.files = files
        self.sidecars = sidecars
        self.itemReader = itemReader
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
                event = .indexedLedger(claims: try index.ledgerClaims(for: files).claims, verdicts: sidecarVerdicts(),
                                       problem: nil)
            } catch {
                event = .indexedLedger(claims: [], verdicts: [:], problem: "could not be read (\(error.localizedDescription))")
            }
            result.withLock { $0 = event }
            started.withLock { $0 = false }
        }
        thread.name = "reader-ledger"
        thread.start()
    }

    /// The annotations carrying a verdict, by article path, of each file with a sidecar. A file or
    /// sidecar that cannot be read gives none here: the reader says why when it reads the article.
    func sidecarVerdicts() -> [String: [AnchoredAnnotation]] {
        var verdicts: [String: [AnchoredAnnotation]] = [:]
        for file in files where FileManager.default.fileExists(atPath: sidecars.store.sidecarPath(for: file.path)) {
            guard case .success(let article) = itemReader.read(file.path, item: nil),
                  case .loaded(let list) = sidecars.load(article) else { continue }
            let judged = Anchoring.anchor(list, in: article).filter { $0.annotation.verdict != nil && $0.range != nil }
            if !judged.isEmpty { verdicts[file.path] = judged }
        }
        return verdicts
    }

    /// The answer, once, when it is read.
    func take() -> InputEvent? {
        result.withLock { found in
            defer { found = nil }
            return found
        }
    }
}
