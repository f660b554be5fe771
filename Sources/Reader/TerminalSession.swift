import Annotations
import ArgumentParser
import Foundation
import ReaderApp

/// Runs the interactive reader on a real terminal: the loop of draw, wait for an event, update,
/// with the corpus analysed in the background and the config file read and written at the edges.
enum TerminalSession {
    static func run(corpus: Corpus, storeFolder: String?) throws {
        let configFile = ConfigFile()
        let (config, configProblem) = configFile.load()
        // A broken config file is the user's: never overwrite it with our defaults.
        var mayWriteConfig = configProblem == nil
        let worker = AnalysisWorker(articles: corpus.articles)
        let terminal = CursesTerminal()
        var state = AppState(corpus: corpus, size: terminal.size, colorMode: terminal.colorMode, config: config,
                             configProblem: configProblem)
        let sidecars = SidecarBridge(store: AnnotationStore(storeFolder: storeFolder))
        for (index, article) in corpus.articles.enumerated() {
            _ = state.update(.annotations(index: index, update: sidecars.load(article)))
        }
        let draftFile = DraftFile()
        var drafts = draftFile.load()
        for (index, article) in corpus.articles.enumerated() {
            if let draft = drafts[DraftFile.key(for: article)] { state.drafts[index] = draft }
        }
        /// A draft the editor has taken up again leaves the file: it is the editor's text now.
        func forgetResumedDrafts() {
            for (index, article) in corpus.articles.enumerated() where state.drafts[index] == nil {
                drafts[DraftFile.key(for: article)] = nil
            }
            do {
                try draftFile.save(drafts)
            } catch {
                state.message = "Could not update \(draftFile.path): \(error.localizedDescription)"
            }
        }
        worker.prioritize(state.analysisPriority)
        worker.start()
        defer { worker.stop() }
        var exitSignal: Int32 = 0
        loop: while true {
            for result in worker.takeResults() {
                _ = state.update(.analyzed(index: result.index, analysis: result.analysis))
            }
            worker.prioritize(state.analysisPriority)
            terminal.draw(state.render())
            let event = terminal.nextEvent()
            let received = TerminalRestorer.pendingSignal.exchange(0, ordering: .relaxed)
            // Ctrl-C in the search prompt cancels the prompt, as Esc does, instead of quitting.
            if received == SIGINT, state.prompt != nil {
                _ = state.update(.key(.control("c")))
                continue
            }
            if received != 0 {
                exitSignal = received
                break
            }
            let draftsBefore = state.drafts.count
            defer {
                if state.drafts.count != draftsBefore { forgetResumedDrafts() }
            }
            switch state.update(event) {
            case .quit:
                break loop
            case .saveConfig(let newConfig):
                guard mayWriteConfig else { continue }
                do {
                    try configFile.save(newConfig)
                } catch {
                    state.message = "Could not save \(configFile.path): \(error.localizedDescription)"
                    mayWriteConfig = false
                }
            case .changeAnnotations(let index, let change):
                let update = sidecars.apply(change, to: corpus.articles[index])
                _ = state.update(.annotations(index: index, update: update))
            case .export:
                let notice = NotesExport.write(articles: state.articles, annotations: state.annotations,
                                               folder: FileManager.default.currentDirectoryPath)
                _ = state.update(.notice(notice))
            case .none:
                break
            }
            if case .paste = event, terminal.charactersLeftOutOfLastPaste > 0 {
                let notice = "The paste was too long: its first \(CursesTerminal.pasteLimit.formatted()) bytes are kept, "
                    + "\(terminal.charactersLeftOutOfLastPaste.formatted()) more characters left out"
                _ = state.update(.notice(notice))
            }
        }
        terminal.end()
        // Said again once the screen is back, where it cannot be missed under a key press.
        if let configProblem { printError("reader: \(configProblem)") }
        if let (index, draft) = state.editorDraft {
            drafts[DraftFile.key(for: corpus.articles[index])] = draft
            do {
                try draftFile.save(drafts)
                printError("reader: your unsaved note is kept in \(draftFile.path); it comes back when you next annotate in \(corpus.articles[index].fileName)")
            } catch {
                printError("reader: your unsaved note could not be kept in \(draftFile.path): \(error.localizedDescription)")
            }
        }
        if exitSignal != 0 { throw ExitCode(128 + exitSignal) }
    }
}
