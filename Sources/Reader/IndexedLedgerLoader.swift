import Annotations
import CorpusIndex
import Foundation
import ReaderApp
import Synchronization

/// Reads the corpus's claim ledger from the corpus index and groups it, on a thread of its own,
/// when the ledger panel asks (decoding and grouping every analysed article's claims takes seconds
/// on a large corpus; an article without a ledger row yet has its claims read from its stored
/// analysis and stored), with the verdicts of the articles that have a sidecar (only those files
/// are read). The index is read once; later asks, as articles are analysed here, regroup only the
/// buckets their claims change (IndexedLedgerGrouper), so the UI thread never groups.
/// Each claim carries the article's path as the app's list names it, so the panel finds its row.
final class IndexedLedgerLoader: Sendable {
    private let result = Mutex<InputEvent?>(nil)
    /// Whether a thread is grouping, and the request asked meanwhile (the latest one wins).
    private let work = Mutex<(running: Bool, queued: LedgerRequest?)>((false, nil))
    /// The index's claims and the groupings kept, made by the first ask.
    private let grouper = Mutex<(grouper: IndexedLedgerGrouper, verdicts: [String: [AnchoredAnnotation]])?>(nil)
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

    /// Groups for `request` on the loader's thread; asked while it works, the latest request is
    /// grouped next.
    func start(_ request: LedgerRequest) {
        let startsThread = work.withLock { state in
            state.queued = request
            defer { state.running = true }
            return !state.running
        }
        guard startsThread else { return }
        let thread = Thread { [self] in
            while let next = work.withLock({ state -> LedgerRequest? in
                defer { state.queued = nil }
                if state.queued == nil { state.running = false }
                return state.queued
            }) {
                let event = InputEvent.indexedLedger(answer(next))
                result.withLock { $0 = event }
            }
        }
        thread.name = "reader-ledger"
        thread.start()
    }

    /// The ledger grouped for `request`: the index read the first time, then regrouped incrementally.
    func answer(_ request: LedgerRequest) -> IndexedLedgerAnswer {
        grouper.withLock { kept in
            do {
                if kept == nil {
                    let rows = try index.ledgerRows(for: files)
                    kept = (IndexedLedgerGrouper(claims: rows.claims, stamps: rows.stamps, indexedPaths: Set(rows.paths),
                                                 kept: try index.storedBucketGroupings()),
                            sidecarVerdicts())
                }
                let grouped = kept!.grouper.group(request)
                // Groupings of the index's claims alone serve the next run (and `reader claims`).
                if grouped.indexOnly { try? index.storeBucketGroupings(of: grouped.ledger) }
                return kept!.grouper.answer(request, ledger: grouped.ledger, verdicts: kept!.verdicts)
            } catch {
                return .failed("could not be read (\(error.localizedDescription))")
            }
        }
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
