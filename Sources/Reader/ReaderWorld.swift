import Annotations
import CorpusIndex
import Foundation
import ReaderApp

/// The real world of the terminal reader: the clock, the background analysis, the sidecar store,
/// the config file, the drafts file, Markdown export into the current folder, reading an article's
/// file when the list came from the corpus index, and corpus search and the list filter through
/// the index (a plain substring search over the articles where there is none).
final class ReaderWorld: AppWorld {
    let worker: AnalysisWorker
    let sidecars: SidecarBridge
    let configFile: ConfigFile
    let draftFile: DraftFile
    /// How articles are read from their files (the list drawn from the index reads them on demand).
    let loadOptions: LoadOptions
    /// Reads an article, or an item of a feed, from its file (shared with the background worker).
    let itemReader: ItemFileReader
    /// Every draft in the drafts file, by article path: the app's own and other corpora's.
    var drafts: [String: NoteDraft]
    /// The corpus index, and each article's index by the absolute path (and item) the index names it by.
    /// Searches use it at once when the list came from it (its rows are the list: a file changed
    /// since is found by its old text until the worker stores the new one); when every file was read
    /// first, once the worker has stored what it read (until then a search over the articles answers).
    private let corpusIndex: CorpusIndex?
    private let searchesIndexAtOnce: Bool
    var index: CorpusIndex? { searchesIndexAtOnce || worker.isFinished ? corpusIndex : nil }
    private var absolutePaths: [String?]
    /// What names an article in the index: its file's absolute path, and its item's id in a feed or
    /// JSON Lines file (after a NUL, which no path holds).
    static func key(absolutePath: String, item: String?) -> String {
        CorpusIndex.articleKey(absolutePath: absolutePath, item: item)
    }

    /// Made at the first search, not before the first screen.
    var articleIndexByPath: [String: Int] {
        if let indexByPath { return indexByPath }
        var byPath: [String: Int] = [:]
        byPath.reserveCapacity(absolutePaths.count)
        for (position, path) in absolutePaths.enumerated() {
            if let path, byPath[path] == nil { byPath[path] = position }
        }
        indexByPath = byPath
        return byPath
    }
    private var indexByPath: [String: Int]?
    /// Scans the files behind a list drawn from the index's rows and says what changed (nil otherwise).
    let listScanLoader: ListScanLoader?
    /// The analysis counts of the listed articles, read after the first screen (a list from the index).
    let countsLoader: IndexedCountsLoader?
    /// Reads the corpus's ledger from the index for the ledger panel (nil without an index).
    let ledgerLoader: IndexedLedgerLoader?
    /// A broken config file is the user's: never overwrite it with our defaults.
    private var mayWriteConfig: Bool

    /// Articles the list filter shows at most, best first.
    static let filterLimit = 100
    /// The fewest characters typed before the list filter asks the index: a one- or two-letter
    /// prefix matches nearly every article, and ranking them all takes seconds on a large corpus.
    static let filterMinimum = 3

    /// - Parameter absolutePaths: each article as the index names it (`key(absolutePath:item:)`), in the app's order.
    init(worker: AnalysisWorker, sidecars: SidecarBridge, configFile: ConfigFile, mayWriteConfig: Bool,
         draftFile: DraftFile, index: CorpusIndex? = nil, searchesIndexAtOnce: Bool = false, absolutePaths: [String?] = [],
         loadOptions: LoadOptions = LoadOptions(), itemReader: ItemFileReader? = nil, countsLoader: IndexedCountsLoader? = nil,
         ledgerArticles: [IndexedLedgerLoader.Listed] = [], listScanLoader: ListScanLoader? = nil) {
        self.listScanLoader = listScanLoader
        self.itemReader = itemReader ?? ItemFileReader(options: loadOptions)
        self.countsLoader = countsLoader
        self.worker = worker
        self.sidecars = sidecars
        self.configFile = configFile
        self.mayWriteConfig = mayWriteConfig
        self.draftFile = draftFile
        self.loadOptions = loadOptions
        drafts = draftFile.load()
        corpusIndex = index
        self.searchesIndexAtOnce = searchesIndexAtOnce
        self.absolutePaths = absolutePaths
        let reader = self.itemReader
        ledgerLoader = index.map { IndexedLedgerLoader(index: $0, listed: ledgerArticles, sidecars: sidecars, itemReader: reader) }
    }

    func environment() -> AppEnvironment {
        AppEnvironment(now: Date(), newID: UUID())
    }

    func takeBackgroundEvents() -> [InputEvent] {
        let counts = countsLoader?.take().map { [InputEvent.indexedCounts($0)] } ?? []
        let ledger = ledgerLoader?.take().map { [$0] } ?? []
        // The list's changes come first: the worker's results for records they add follow them.
        let scanned = listScanLoader?.take().flatMap { takeListChanges($0) }.map { [$0] } ?? []
        return scanned + counts + ledger + worker.takeResults().flatMap { outcome -> [InputEvent] in
            var events: [InputEvent] = []
            if let problem = outcome.problem { events.append(.articleUnreadable(index: outcome.index, problem: problem)) }
            if let read = outcome.read {
                events.append(.articleRead(index: outcome.index, article: read.article, annotations: read.annotations))
            }
            if let analysis = outcome.analysis { events.append(.analyzed(index: outcome.index, analysis: analysis)) }
            return events
        }
    }

    /// The scan's result applied to what the world keeps by article (the index's names, the
    /// worker's items); the app's part, unless nothing changed.
    private func takeListChanges(_ result: ListScanResult) -> InputEvent? {
        for index in result.changes.gone where absolutePaths.indices.contains(index) {
            if let path = absolutePaths[index], indexByPath?[path] == index { indexByPath?[path] = nil }
            absolutePaths[index] = nil
        }
        for key in result.addedKeys {
            indexByPath?[key] = absolutePaths.count
            absolutePaths.append(key)
        }
        ledgerLoader?.add(zip(result.changes.added, result.addedKeys).map { IndexedLedgerLoader.Listed(summary: $0, key: $1) })
        worker.forget(result.changes.gone)
        // Also ends the worker's wait for the scan when nothing was added.
        worker.append(result.changes.added.map { .file($0.path, item: $0.item) })
        return result.changes.isEmpty ? nil : .listChanged(result.changes)
    }

    /// The scan behind a list drawn from the index starts once the list is on the screen: started
    /// before, its thread competes with drawing the first frame for the cores.
    func firstFrameDrawn() {
        listScanLoader?.start()
    }

    func prioritize(_ articleIndex: Int?) {
        worker.prioritize(articleIndex)
    }

    func perform(_ command: AppCommand, in state: AppState, blocked: BlockedWait) -> [InputEvent] {
        switch command {
        case .saveConfig(let newConfig):
            guard mayWriteConfig else { return [] }
            do {
                try configFile.save(newConfig)
            } catch {
                mayWriteConfig = false
                return [.notice("Could not save \(configFile.path): \(error.localizedDescription)")]
            }
            return []
        case .changeAnnotations(let index, let change):
            guard let article = state.records[index].article else { return [] }
            var store = sidecars.store
            store.lockWaiting = LockWaitOnScreen(blocked).lockWaiting
            return [.annotations(index: index, update: SidecarBridge(store: store).apply(change, to: article))]
        case .export:
            let (articles, annotations) = everyAnnotatedArticle(in: state)
            return [.notice(NotesExport.write(articles: articles, annotations: annotations,
                                              folder: FileManager.default.currentDirectoryPath))]
        case .searchCorpus(let query):
            return searchCorpus(query, in: state)
        case .readArticle(let index):
            return [read(index, path: state.records[index].summary.path, item: state.records[index].summary.item)]
        case .filterList(let query):
            return filterList(query, in: state)
        case .findMentions(let name, let type):
            return [articles(mentioning: name, type: type, in: state)]
        case .loadLedger(let request):
            // The answer comes with the background events; without an index nobody asks.
            ledgerLoader?.start(request)
            return []
        case .none, .quit:
            return []
        }
    }

    /// The articles with their annotations for an export: those the app holds, and those not read
    /// yet that have a sidecar, read now, so an export made while the list catches up misses none.
    func everyAnnotatedArticle(in state: AppState) -> ([Article], [[AnchoredAnnotation]]) {
        var articles: [Article] = []
        var annotations: [[AnchoredAnnotation]] = []
        for record in state.records {
            if let article = record.article {
                articles.append(article)
                annotations.append(record.annotations)
            } else if FileManager.default.fileExists(atPath: sidecars.store.sidecarPath(for: record.summary.path)),
                      case .success(let article) = itemReader.read(record.summary.path, item: record.summary.item),
                      case .loaded(let list) = sidecars.load(article) {
                articles.append(article)
                annotations.append(Anchoring.anchor(list, in: article))
            }
        }
        return (articles, annotations)
    }

    /// Reads one article's file (or its item of a feed) and its sidecar, as the list opens it.
    func read(_ index: Int, path: String, item: String?) -> InputEvent {
        switch itemReader.read(path, item: item) {
        case .success(let article):
            return .articleRead(index: index, article: article, annotations: sidecars.load(article))
        case .failure(let problem):
            return .articleUnreadable(index: index, problem: problem.message)
        }
    }

    /// The index's full-text search, its hits placed in the articles; a query it does not accept
    /// comes back as a notice. Without an index, every article is searched for the query as typed.
    /// While the index's texts for search are still going in, a notice says how many it looked at.
    func searchCorpus(_ query: String, in state: AppState) -> [InputEvent] {
        guard let index else {
            return [.corpusSearchResults(query: query, hits: CorpusSearchHit.substringHits(of: query, in: state.records))]
        }
        do {
            let results = InputEvent.corpusSearchResults(query: query, hits: try indexHits(query, limit: 200, from: index))
            guard let note = Self.coverageNote(of: index) else { return [results] }
            return [results, .notice("Search: only " + note + " so far")]
        } catch let error as SearchQueryError {
            return [.notice("Search: " + error.description)]
        } catch {
            return [.notice("Search failed: \(error.localizedDescription)")]
        }
    }

    /// "search index: 40,000 / 100,000 articles" while the index's texts for search are going in; nil once all are in.
    static func coverageNote(of index: CorpusIndex) -> String? {
        guard let coverage = try? index.searchCoverage(), !coverage.isComplete else { return nil }
        return coverage.shortDescription
    }

    /// The list filter's articles: the index's full-text search with the last word typed taken as
    /// a prefix, best first; without an index, the articles whose title or text holds the query.
    /// While the index's texts for search are still going in, the results say how many it looked at.
    func filterList(_ query: String, in state: AppState) -> [InputEvent] {
        guard let index else {
            return [.listFilterResults(query: query, hits: CorpusSearchHit.substringHits(of: query, in: state.records),
                                       problem: nil)]
        }
        guard query.count >= Self.filterMinimum else {
            return [.listFilterResults(query: query, hits: [], problem: "type \(Self.filterMinimum) letters or more")]
        }
        do {
            let hits = try indexHits(ListFilterQuery.fullText(query), limit: Self.filterLimit, from: index)
            return [.listFilterResults(query: query, hits: hits, problem: nil), .searchCoverage(Self.coverageNote(of: index))]
        } catch let error as SearchQueryError {
            return [.listFilterResults(query: query, hits: [], problem: "not understood: " + error.message)]
        } catch {
            return [.listFilterResults(query: query, hits: [], problem: "search failed: \(error.localizedDescription)")]
        }
    }

    /// The articles mentioning an entity, from the index's mention table; until the index holds
    /// every article, from the analyses the app holds.
    func articles(mentioning name: String, type: EntityType, in state: AppState) -> InputEvent {
        if let index, let found = try? index.articles(mentioning: name, type: type) {
            let articles = found.compactMap { row in
                articleIndexByPath[Self.key(absolutePath: row.absolutePath, item: row.item)].map { EntityMentionCount(articleIndex: $0, mentions: row.mentions) }
            }
            return .entityArticles(name: name, type: type, articles: articles)
        }
        var articles: [EntityMentionCount] = []
        for (position, record) in state.records.enumerated() {
            let count = record.analysis?.entities.lazy.filter { $0.type == type && $0.canonical == name }.count ?? 0
            if count > 0 { articles.append(EntityMentionCount(articleIndex: position, mentions: count)) }
        }
        articles.sort { ($1.mentions, $0.articleIndex) < ($0.mentions, $1.articleIndex) }
        return .entityArticles(name: name, type: type, articles: articles)
    }

    func indexHits(_ query: String, limit: Int, from index: CorpusIndex) throws -> [CorpusSearchHit] {
        try index.search(query, limit: limit).compactMap { hit -> CorpusSearchHit? in
            guard let position = articleIndexByPath[Self.key(absolutePath: hit.absolutePath, item: hit.item)] else { return nil }
            return CorpusSearchHit(articleIndex: position, line: hit.line, column: hit.column, snippet: hit.snippet)
        }
    }

    /// A draft the editor has taken up again leaves the file: it is the editor's text now.
    func draftsChanged(in state: AppState) -> [InputEvent] {
        for record in state.records where record.draft == nil {
            drafts[DraftFile.key(forPath: record.summary.path)] = nil
        }
        do {
            if let setAside = try draftFile.save(drafts) {
                return [.notice("\(draftFile.path) could not be read; it is kept as \(setAside)")]
            }
        } catch {
            return [.notice("Could not update \(draftFile.path): \(error.localizedDescription)")]
        }
        return []
    }
}
