import Annotations
import ArgumentParser
import Foundation
import ReaderApp

/// Runs the interactive reader on a real terminal: the loop of draw, wait for an event, update,
/// with the corpus analysed in the background and the config file read and written at the edges.
enum TerminalSession {
    static func run(corpus: Corpus, storeFolder: String?, index: ReaderIndexLink? = nil) throws {
        let configFile = ConfigFile()
        let (config, configProblem) = configFile.load()
        // A broken config file is the user's: never overwrite it with our defaults.
        var mayWriteConfig = configProblem == nil
        let worker = index.map { AnalysisWorker(articles: corpus.articles, stored: $0.stored, sink: $0.sink,
                                                 finished: $0.finished) }
            ?? AnalysisWorker(articles: corpus.articles)
        let terminal = CursesTerminal()
        var state = AppState(corpus: corpus, size: terminal.size, colorMode: terminal.colorMode, config: config,
                             configProblem: configProblem)
        let sidecars = SidecarBridge(store: AnnotationStore(storeFolder: storeFolder))
        for (index, article) in corpus.articles.enumerated() {
            _ = state.update(.annotations(index: index, update: sidecars.load(article)))
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
            let received = TerminalRestorer.pendingSignal.load(ordering: .relaxed)
            if received != 0 {
                exitSignal = received
                break
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
        }
        terminal.end()
        // Said again once the screen is back, where it cannot be missed under a key press.
        if let configProblem { printError("reader: \(configProblem)") }
        if exitSignal != 0 { throw ExitCode(128 + exitSignal) }
    }
}
