import Annotations
import Foundation
import ReaderApp

/// The real world of the terminal reader: the clock, the background analysis, the sidecar store,
/// the config file, the drafts file and Markdown export into the current folder.
final class ReaderWorld: AppWorld {
    let articles: [Article]
    let worker: AnalysisWorker
    let sidecars: SidecarBridge
    let configFile: ConfigFile
    let draftFile: DraftFile
    /// Every draft in the drafts file, by article path: the app's own and other corpora's.
    var drafts: [String: NoteDraft]
    /// A broken config file is the user's: never overwrite it with our defaults.
    private var mayWriteConfig: Bool

    init(articles: [Article], worker: AnalysisWorker, sidecars: SidecarBridge, configFile: ConfigFile,
         mayWriteConfig: Bool, draftFile: DraftFile) {
        self.articles = articles
        self.worker = worker
        self.sidecars = sidecars
        self.configFile = configFile
        self.mayWriteConfig = mayWriteConfig
        self.draftFile = draftFile
        drafts = draftFile.load()
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
        case .none, .quit:
            return []
        }
    }

    /// A draft the editor has taken up again leaves the file: it is the editor's text now.
    func draftsChanged(in state: AppState) -> [InputEvent] {
        for (index, article) in articles.enumerated() where state.records[index].draft == nil {
            drafts[DraftFile.key(for: article)] = nil
        }
        do {
            try draftFile.save(drafts)
        } catch {
            return [.notice("Could not update \(draftFile.path): \(error.localizedDescription)")]
        }
        return []
    }
}
