import Annotations
import ArgumentParser
import Foundation
import ReaderApp

/// Runs the interactive reader on a real terminal: sets up curses, the app (from the articles read,
/// or from the corpus index), runs the app loop, and afterwards keeps an unsaved note and says what
/// must be said.
enum TerminalSession {
    /// How the app is made once the terminal's size and colours are known.
    typealias Start = (_ size: Size, _ colorMode: ColorMode, _ config: ReaderConfig, _ configProblem: String?,
                       _ configFile: ConfigFile) -> ReaderStartup

    static func run(corpus: Corpus, storeFolder: String?, index: ReaderIndexLink? = nil) throws {
        try run { size, colorMode, config, configProblem, configFile in
            ReaderStartup.reading(corpus: corpus, storeFolder: storeFolder, index: index, size: size,
                                  colorMode: colorMode, config: config, configProblem: configProblem,
                                  configFile: configFile)
        }
    }

    static func run(_ start: Start) throws {
        let configFile = ConfigFile()
        let (config, configProblem) = configFile.load()
        let terminal = CursesTerminal()
        var startup = start(terminal.size, terminal.colorMode, config, configProblem, configFile)
        let world = startup.world
        let worker = startup.worker
        worker.prioritize(startup.state.analysisPriority)
        worker.start()
        world.countsLoader?.start()
        defer { worker.stop() }
        let exit = AppLoop(terminal: terminal, world: world).run(&startup.state)
        terminal.end()
        let state = startup.state
        // Said again once the screen is back, where it cannot be missed under a key press.
        if let configProblem { printError("reader: \(configProblem)") }
        if let (index, draft) = state.editorDraft {
            let draftFile = world.draftFile
            let path = state.records[index].summary.path
            world.drafts[DraftFile.key(forPath: path)] = draft
            do {
                if let setAside = try draftFile.save(world.drafts) {
                    printError("reader: \(draftFile.path) could not be read; it is kept as \(setAside)")
                }
                printError("reader: your unsaved note is kept in \(draftFile.path); it comes back when you next annotate in \(state.records[index].summary.fileName)")
            } catch {
                printError("reader: your unsaved note could not be kept in \(draftFile.path): \(error.localizedDescription)")
            }
        }
        if case .signal(let number) = exit { throw ExitCode(128 + number) }
    }
}
