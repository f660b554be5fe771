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
/// Each claim carries the article's key as the app's list names it (`ArticleSummary.ledgerKey`: its
/// path, and an item's id), so the panel finds its row, also for the items of one feed.
final class IndexedLedgerLoader: Sendable {
    /// One listed article: its file (path as listed, absolute path as the index names it) and its
    /// item's id in a feed or JSON Lines file.
    struct Listed: Sendable {
        var file: CorpusFile
        var item: String?

        init(file: CorpusFile, item: String?) {
            self.file = file
            self.item = item
        }

        /// A record of a list drawn from the index, with its key there (`ReaderWorld.key(absolutePath:item:)`).
        init(summary: ArticleSummary, key: String) {
            // The absolute path, without the item's id the key ends with.
            let absolutePath = summary.item == nil ? key : key.split(separator: "\u{0}", maxSplits: 1).first.map(String.init) ?? key
            self.init(file: CorpusFile(path: summary.path, absolutePath: absolutePath, size: 0, modified: 0), item: summary.item)
        }
    }

    private let result = Mutex<InputEvent?>(nil)
    /// Whether a thread is grouping, and the request asked meanwhile (the latest one wins).
    private let work = Mutex<(running: Bool, queued: LedgerRequest?)>((false, nil))
    /// The index's claims and the groupings kept, made by the first ask.
    private let grouper = Mutex<(grouper: IndexedLedgerGrouper, verdicts: [String: [AnchoredAnnotation]])?>(nil)
    private let index: CorpusIndex
    /// The listed articles, with those a scan behind the list added (`add`) before the first ask.
    private let listed: Mutex<[Listed]>
    private let sidecars: SidecarBridge
    private let itemReader: ItemFileReader

    /// - Parameter listed: each listed article, items of feeds included.
    init(index: CorpusIndex, listed: [Listed], sidecars: SidecarBridge, itemReader: ItemFileReader) {
        self.index = index
        self.listed = Mutex(listed)
        self.sidecars = sidecars
        self.itemReader = itemReader
    }

    /// Articles of files a scan found behind the list: the index's ledger is read for them too
    /// (another process may have analysed them) and their sidecars' verdicts are shown.
    func add(_ articles: [Listed]) {
        listed.withLock { $0 += articles }
    }

    /// Every listed file once, in the list's order, as the index's ledger is read for them.
    static func files(of listed: [Listed]) -> [CorpusFile] {
        var seen = Set<String>()
        return listed.compactMap { seen.insert($0.file.absolutePath).inserted ? $0.file : nil }
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
                    let listed = self.listed.withLock { $0 }
                    let rows = try index.ledgerRows(for: Self.files(of: listed), itemKey: { ArticleSummary.ledgerKey(path: $0, item: $1) })
                    kept = (IndexedLedgerGrouper(claims: rows.claims, stamps: rows.stamps, indexedPaths: Set(rows.paths),
                                                 kept: try index.storedBucketGroupings()),
                            sidecarVerdicts(of: listed))
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

    /// The annotations carrying a verdict, by article key, of each article whose file has a sidecar
    /// (each item of a feed read on its own). A file or sidecar that cannot be read gives none here:
    /// the reader says why when it reads the article.
    func sidecarVerdicts(of listed: [Listed]) -> [String: [AnchoredAnnotation]] {
        var verdicts: [String: [AnchoredAnnotation]] = [:]
        for article in listed where FileManager.default.fileExists(atPath: sidecars.store.sidecarPath(for: article.file.path)) {
            guard case .success(let read) = itemReader.read(article.file.path, item: article.item),
                  case .loaded(let list) = sidecars.load(read) else { continue }
            let judged = Anchoring.anchor(list, in: read).filter { $0.annotation.verdict != nil && $0.range != nil }
            if !judged.isEmpty { verdicts[ArticleSummary.ledgerKey(path: article.file.path, item: article.item)] = judged }
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
