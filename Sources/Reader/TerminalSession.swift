import Annotations
import ArgumentParser
import Foundation
import ReaderApp

/// Runs the interactive reader on a real terminal: the loop of draw, wait for an event, update.
enum TerminalSession {
    static func run(corpus: Corpus, storeFolder: String?) throws {
        let terminal = CursesTerminal()
        var state = AppState(corpus: corpus, size: terminal.size, colorMode: terminal.colorMode)
        var exitSignal: Int32 = 0
        while true {
            terminal.draw(state.render())
            let event = terminal.nextEvent()
            let received = TerminalRestorer.pendingSignal.load(ordering: .relaxed)
            if received != 0 {
                exitSignal = received
                break
            }
            if state.update(event) == .quit { break }
        }
        terminal.end()
        if exitSignal != 0 { throw ExitCode(128 + exitSignal) }
    }
}
