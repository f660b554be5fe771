import Annotations
import CorpusIndex
import Foundation
import ReaderApp

/// The real world of the terminal reader: the clock, the background analysis, the sidecar store,
/// the config file, the drafts file, Markdown export into the current folder, and corpus search
/// through the corpus index (a plain substring search over the articles where there is none).
final class ReaderWorld: AppWorld {
    let articles: [Article]
    let worker: AnalysisWorker
    let sidecars: SidecarBridge
    let configFile: ConfigFile
    let draftFile: DraftFile
    /// Every draft in the drafts file, by article path: the app's own and other corpora's.
    var drafts: [String: NoteDraft]
    /// The corpus index, and each article's index by the absolute path the index names it by.
    let index: CorpusIndex?
    let articleIndexByPath: [String: Int]
    /// A broken config file is the user's: never overwrite it with our defaults.
    private var mayWriteConfig: Bool

    init(articles: [Article], worker: AnalysisWorker, sidecars: SidecarBridge, configFile: ConfigFile,
         mayWriteConfig: Bool, draftFile: DraftFile, indexLink: ReaderIndexLink? = nil) {
        self.articles = articles
        self.worker = worker
        self.sidecars = sidecars
        self.configFile = configFile
        self.mayWriteConfig = mayWriteConfig
        self.draftFile = draftFile
        drafts = draftFile.load()
        index = indexLink?.index
        var byPath: [String: Int] = [:]
        if let indexLink {
            for (position, article) in articles.enumerated() {
                if let file = indexLink.files[article.path] { byPath[file.absolutePath] = position }
            }
        }
        articleIndexByPath = byPath
    }

    func environment() -> AppEnvironment {
        AppEnvironment(now: Date(), newID: UUID())
    }

    func takeBackgroundEvents() -> [InputEvent] {
        worker.takeResults().map { .analyzed(index: $0.index, analysis: $0.analysis) }
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
            var store = sidecars.store
            store.lockWaiting = LockWaitOnScreen(blocked).lockWaiting
            return [.annotations(index: index, update: SidecarBridge(store: store).apply(change, to: articles[index]))]
        case .export:
            return [.notice(NotesExport.write(articles: state.articles, annotations: state.annotations,
                                              folder: FileManager.default.currentDirectoryPath))]
        case .searchCorpus(let query):
            return [searchCorpus(query)]
        case .none, .quit:
            return []
        }
    }

    /// The index's full-text search, its hits placed in the articles; a query it does not accept
    /// comes back as a notice. Without an index, every article is searched for the query as typed.
    func searchCorpus(_ query: String) -> InputEvent {
        guard let index else {
            return .corpusSearchResults(query: query, hits: CorpusSearchHit.substringHits(of: query, in: articles))
        }
        do {
            let hits = try index.search(query, limit: 200).compactMap { hit -> CorpusSearchHit? in
                guard let position = articleIndexByPath[hit.absolutePath] else { return nil }
                let scalars = articles[position].scalars
                let offset = CorpusSearchHit.offset(line: hit.line, column: hit.column, in: scalars)
                return CorpusSearchHit(articleIndex: position, offset: offset, line: hit.line, snippet: hit.snippet)
            }
            return .corpusSearchResults(query: query, hits: hits)
        } catch let error as SearchQueryError {
            return .notice("Search: " + error.description)
        } catch {
            return .notice("Search failed: \(error.localizedDescription)")
        }
    }

    /// A draft the editor has taken up again leaves the file: it is the editor's text now.
    func draftsChanged(in state: AppState) -> [InputEvent] {
        for (index, article) in articles.enumerated() where state.records[index].draft == nil {
            drafts[DraftFile.key(for: article)] = nil
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
