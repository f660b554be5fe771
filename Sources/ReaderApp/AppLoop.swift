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
        // The list filter's query owed for the text typed: keys typed faster than the index answers
        // are taken first, and the filter asks once, for the text they made, when no key waits (or
        // before a key that acts on its result, such as Enter).
        var filterOwed = false
        var drawnOnce = false
        while true {
            for event in world.takeBackgroundEvents() { feed(event, to: &state) }
            world.prioritize(state.analysisPriority)
            if filterOwed, !terminal.hasPendingInput {
                filterOwed = false
                askFilter(&state)
            }
            terminal.draw(state.render())
            if !drawnOnce {
                drawnOnce = true
                world.firstFrameDrawn()
            }
            let event = terminal.nextEvent()
            let received = terminal.takeSignal()
            let typingAhead = terminal.hasPendingInput
            // Ctrl-C in the search prompt (or the list filter's line) cancels it, as Esc does, instead of quitting.
            if received == SIGINT, state.prompt != nil || (state.screen.kind == .list && state.listFilter?.editing == true) {
                feed(.key(.control("c")), to: &state)
                continue
            }
            if received != 0 { return .signal(received) }
            if filterOwed, !Self.editsFilterText(event) {
                filterOwed = false
                askFilter(&state)
            }
            let command = feed(event, to: &state, deferringFilter: typingAhead)
            if command == .quit { return .quit }
            if case .filterList = command { filterOwed = typingAhead }
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

    /// Whether an event only changes the text of the filter's line (the next key may change it again).
    static func editsFilterText(_ event: InputEvent) -> Bool {
        switch event {
        case .key(.character), .key(.backspace), .key(.delete), .paste, .tick: return true
        default: return false
        }
    }

    /// Asks the list filter's query for the text on its line now, if the filter is still open.
    func askFilter(_ state: inout AppState) {
        guard state.listFilter != nil, let query = state.listFilter?.typedQuery else { return }
        for answer in world.perform(.filterList(query), in: state, blocked: blockedWait(showing: state)) {
            feed(answer, to: &state)
        }
    }

    /// Updates the state with one event and carries out what it asks, answers included; with
    /// `deferringFilter`, a list filter query is left for the caller to ask later.
    @discardableResult
    func feed(_ event: InputEvent, to state: inout AppState, deferringFilter: Bool = false) -> AppCommand {
        let draftsBefore = state.draftCount
        let command = state.update(event, environment: world.environment())
        switch command {
        case .none, .quit:
            break
        case .filterList where deferringFilter:
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
