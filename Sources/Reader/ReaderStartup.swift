import Annotations
import CorpusIndex
import Foundation
import ReaderApp

/// What the terminal reader starts with, made without a terminal (the benchmark builds it too):
/// the app's state, the world it talks to and the background worker, not yet started.
///
/// From a corpus already read, every article is in the state; from the corpus index (a folder of
/// plain articles with an index file), the list is the index's rows and the worker reads each file
/// behind it, the article the reader opens first.
struct ReaderStartup {
    var state: AppState
    let world: ReaderWorld
    let worker: AnalysisWorker

    /// Every article read already: the sidecars are read now, analyses come from the index when it
    /// holds them.
    static func reading(corpus: Corpus, storeFolder: String?, index: ReaderIndexLink?, size: Size,
                        colorMode: ColorMode, config: ReaderConfig, configProblem: String?,
                        configFile: ConfigFile, draftFile: DraftFile = DraftFile()) -> ReaderStartup {
        let worker = index.map { AnalysisWorker(articles: corpus.articles, stored: $0.stored, sink: $0.sink,
                                                 finished: $0.finished) }
            ?? AnalysisWorker(articles: corpus.articles)
        var state = AppState(corpus: corpus, size: size, colorMode: colorMode, config: config,
                             configProblem: configProblem)
        let world = ReaderWorld(worker: worker, sidecars: SidecarBridge(store: AnnotationStore(storeFolder: storeFolder)),
                                configFile: configFile, mayWriteConfig: configProblem == nil, draftFile: draftFile,
                                index: index?.index, absolutePaths: corpus.articles.map { article in
                                    index?.files[article.path].map { ReaderWorld.key(absolutePath: $0.absolutePath, item: article.itemID) }
                                },
                                ledgerArticles: corpus.articles.compactMap { article in
                                    index?.files[article.path].map { IndexedLedgerLoader.Listed(file: $0, item: article.itemID) }
                                })
        state.indexAnswersMentions = index != nil
        state.indexAnswersLedger = index != nil
        for (position, article) in corpus.articles.enumerated() {
            _ = state.update(.annotations(index: position, update: world.sidecars.load(article)),
                             environment: world.environment())
        }
        var startup = ReaderStartup(state: state, world: world, worker: worker)
        startup.takeDrafts()
        return startup
    }

    /// The list the corpus index gives for `link`'s files, when it can give one: the index holds a
    /// current row for some of them (a new, in-memory or damaged index holds none: then reading
    /// every file as before is no slower), and for every feed and JSON Lines file (whose items the
    /// list cannot know without them).
    ///
    /// Folders (one or several, none inside another) are listed from the index's rows under them
    /// before any file is scanned (the scan follows behind the first screen: `ListScanLoader`);
    /// other paths are scanned first.
    static func indexedListing(_ link: ReaderIndexLink) -> IndexedListing? {
        if IndexedListing.foldersListable(link.paths, isFolder: isFolder) {
            guard let listing = try? IndexedListing(folders: link.paths, index: link.index),
                  !listing.records.isEmpty else { return nil }
            return listing
        }
        guard IndexedListing.applies(to: link.scan), let listing = try? IndexedListing(scan: link.scan, index: link.index),
              listing.current > 0, !listing.records.isEmpty else { return nil }
        return listing
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The list from the corpus index, no article file read; each is read when opened or analysed.
    static func fromIndex(_ listing: IndexedListing, link: ReaderIndexLink, storeFolder: String?,
                          loadOptions: LoadOptions, size: Size, colorMode: ColorMode, config: ReaderConfig,
                          configProblem: String?, configFile: ConfigFile,
                          draftFile: DraftFile = DraftFile()) -> ReaderStartup {
        let sidecars = SidecarBridge(store: AnnotationStore(storeFolder: storeFolder))
        let files = ItemFileReader(options: loadOptions)
        let reader: AnalysisWorker.ArticleReader = { path, item in
            files.read(path, item: item).map { ($0, sidecars.load($0)) }
        }
        let worker = AnalysisWorker(items: listing.records.map { .file($0.summary.path, item: $0.summary.item) }, reader: reader,
                                    stored: link.stored, sink: link.sink, finished: link.finished)
        let scanLoader = listing.folders.isEmpty ? nil : ListScanLoader(folders: listing.folders, scanned: link.scanned)
        if scanLoader != nil { worker.expectMore() }
        var state = AppState(records: listing.records, problems: listing.problems, size: size, colorMode: colorMode,
                             config: config, configProblem: configProblem)
        state.backgroundWork = "indexing"
        state.indexAnswersMentions = true
        state.indexAnswersLedger = true
        let world = ReaderWorld(worker: worker, sidecars: sidecars, configFile: configFile,
                                mayWriteConfig: configProblem == nil, draftFile: draftFile, index: link.index,
                                searchesIndexAtOnce: true,
                                // Mapped, not cast: Swift's cast of [String] to [String?] costs a 100,000-file
                                // list tens of milliseconds.
                                absolutePaths: listing.absolutePaths.map(Optional.some), loadOptions: loadOptions, itemReader: files,
                                countsLoader: IndexedCountsLoader(index: link.index, absolutePaths: listing.absolutePaths),
                                ledgerArticles: zip(listing.records, listing.absolutePaths).map {
                                    IndexedLedgerLoader.Listed(summary: $0.summary, key: $1)
                                }, listScanLoader: scanLoader)
        var startup = ReaderStartup(state: state, world: world, worker: worker)
        startup.takeDrafts()
        return startup
    }

    /// Unsaved notes from an earlier run, given back to their articles. The keys are worked out
    /// only when there is a draft at all: a large corpus usually has none.
    mutating func takeDrafts() {
        guard !world.drafts.isEmpty else { return }
        var drafts: [Int: NoteDraft] = [:]
        for (position, record) in state.records.enumerated() {
            if let draft = world.drafts[DraftFile.key(forPath: record.summary.path)] { drafts[position] = draft }
        }
        state.drafts = drafts
    }
}
