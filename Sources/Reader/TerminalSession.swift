import Annotations
import ArgumentParser
import Foundation
import ReaderApp

/// Runs the interactive reader on a real terminal: sets up curses, the corpus's annotations and
/// drafts, runs the app loop, and afterwards keeps an unsaved note and says what must be said.
enum TerminalSession {
    static func run(corpus: Corpus, storeFolder: String?, index: ReaderIndexLink? = nil) throws {
        let configFile = ConfigFile()
        let (config, configProblem) = configFile.load()
        // Analyses of unchanged files come from the corpus index when there is one; new ones go into it.
        let worker = index.map { AnalysisWorker(articles: corpus.articles, stored: $0.stored, sink: $0.sink,
                                                 finished: $0.finished) }
            ?? AnalysisWorker(articles: corpus.articles)
        let terminal = CursesTerminal()
        var state = AppState(corpus: corpus, size: terminal.size, colorMode: terminal.colorMode, config: config,
                             configProblem: configProblem)
        let world = ReaderWorld(articles: corpus.articles, worker: worker,
                                sidecars: SidecarBridge(store: AnnotationStore(storeFolder: storeFolder)),
                                configFile: configFile, mayWriteConfig: configProblem == nil, draftFile: DraftFile(),
                                indexLink: index)
        for (index, article) in corpus.articles.enumerated() {
            _ = state.update(.annotations(index: index, update: world.sidecars.load(article)),
                             environment: world.environment())
        }
        var drafts: [Int: NoteDraft] = [:]
        for (index, article) in corpus.articles.enumerated() {
            if let draft = world.drafts[DraftFile.key(for: article)] { drafts[index] = draft }
        }
        state.drafts = drafts
        worker.prioritize(state.analysisPriority)
        worker.start()
        defer { worker.stop() }
        let exit = AppLoop(terminal: terminal, world: world).run(&state)
        terminal.end()
        // Said again once the screen is back, where it cannot be missed under a key press.
        if let configProblem { printError("reader: \(configProblem)") }
        if let (index, draft) = state.editorDraft {
            let draftFile = world.draftFile
            world.drafts[DraftFile.key(for: corpus.articles[index])] = draft
            do {
                if let setAside = try draftFile.save(world.drafts) {
                    printError("reader: \(draftFile.path) could not be read; it is kept as \(setAside)")
                }
                printError("reader: your unsaved note is kept in \(draftFile.path); it comes back when you next annotate in \(corpus.articles[index].fileName)")
            } catch {
                printError("reader: your unsaved note could not be kept in \(draftFile.path): \(error.localizedDescription)")
            }
        }
        if case .signal(let number) = exit { throw ExitCode(128 + number) }
    }
}
