import Foundation

/// The reader's main loop, on any Terminal and AppWorld: take background results, draw, wait for
/// an event, update, carry out the command and feed its answer back. The curses backend and a
/// scripted fake terminal in the tests run this same code.
public struct AppLoop<Backend: Terminal, World: AppWorld> {
    public let terminal: Backend
    public let world: World
    private let stash = SignalStash()

    public init(terminal: Backend, world: World) {
        self.terminal = terminal
        self.world = world
    }

    /// Runs until the user quits or a stop signal arrives; `state` is the app as it was then.
    public func run(_ state: inout AppState) -> LoopExit {
        world.prioritize(state.analysisPriority)
        while true {
            for event in world.takeBackgroundEvents() { feed(event, to: &state) }
            world.prioritize(state.analysisPriority)
            terminal.draw(state.render())
            let event = terminal.nextEvent()
            let received = terminal.takeSignal()
            // Ctrl-C in the search prompt (or the list filter's line) cancels it, as Esc does, instead of quitting.
            if received == SIGINT, state.prompt != nil || (state.screen.kind == .list && state.listFilter?.editing == true) {
                feed(.key(.control("c")), to: &state)
                continue
            }
            if received != 0 { return .signal(received) }
            if feed(event, to: &state) == .quit { return .quit }
            // A stop signal that ended a blocked wait inside the command: acted on now, not after a key.
            let stashed = stash.take()
            if stashed != 0 { return .signal(stashed) }
            if case .paste = event, terminal.charactersLeftOutOfLastPaste > 0 {
                let notice = "The paste was too long: its first \(terminal.pasteLimit.formatted()) bytes are kept, "
                    + "\(terminal.charactersLeftOutOfLastPaste.formatted()) more characters left out"
                feed(.notice(notice), to: &state)
            }
        }
    }

    /// While a command blocks: the screen as it was with `message` in the status line, and the
    /// keyboard read once per retry. Esc gives up; so does a stop signal, which the loop then acts on.
    func blockedWait(showing state: AppState) -> BlockedWait {
        BlockedWait { message in
            var shown = state
            shown.message = message
            terminal.draw(shown.render())
            let event = terminal.nextEvent()
            let signal = terminal.takeSignal()
            if signal != 0 {
                stash.signal = signal
                return false
            }
            return event != .key(.escape)
        }
    }

    /// Updates the state with one event and carries out what it asks, answers included.
    @discardableResult
    func feed(_ event: InputEvent, to state: inout AppState) -> AppCommand {
        let draftsBefore = state.draftCount
        let command = state.update(event, environment: world.environment())
        switch command {
        case .none, .quit:
            break
        default:
            for answer in world.perform(command, in: state, blocked: blockedWait(showing: state)) {
                feed(answer, to: &state)
            }
        }
        if state.draftCount != draftsBefore {
            for answer in world.draftsChanged(in: state) { _ = state.update(answer, environment: world.environment()) }
        }
        return command
    }
}
