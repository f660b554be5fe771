import Foundation
import Testing
@testable import ReaderApp

/// A fake terminal that plays a script of keys, resizes and signals to the app loop and keeps every
/// frame it is asked to draw, as bubbletea tests a program with fake input and output.
final class ScriptedTerminal: Terminal {
    enum Step {
        case key(Key)
        /// Characters typed one key each.
        case type(String)
        /// Characters typed faster than the loop takes them: while one is taken, the next already
        /// waits (`hasPendingInput`).
        case typeAhead(String)
        /// A key that arrives while the one before is still being taken.
        case keyTypedAhead(Key)
        case event(InputEvent)
        /// A bracketed paste, cut to `pasteLimit` characters as the real terminal cuts it to bytes.
        case paste(String)
        /// The window changes size: the next event is the resize, as curses sends KEY_RESIZE.
        case resize(Size)
        /// A signal arrives while the loop waits: the wait ends with a tick, as get_wch does on EINTR.
        case signal(Int32)
    }

    private(set) var size: Size
    let colorMode = ColorMode.none
    let pasteLimit = 16
    private(set) var charactersLeftOutOfLastPaste = 0
    private(set) var frames: [Frame] = []
    private var script: [Step]
    private var pendingSignal: Int32 = 0

    init(size: Size, script: [Step]) {
        self.size = size
        self.script = script.flatMap { step -> [Step] in
            if case .type(let text) = step { return text.unicodeScalars.map { .key(.character($0)) } }
            if case .typeAhead(let text) = step { return text.unicodeScalars.map { .keyTypedAhead(.character($0)) } }
            return [step]
        }
    }

    var lastFrame: Frame? { frames.last }

    func draw(_ frame: Frame) {
        frames.append(frame)
    }

    func nextEvent() -> InputEvent {
        guard !script.isEmpty else {
            Issue.record("the script ran out before the loop stopped")
            pendingSignal = SIGHUP
            return .tick
        }
        charactersLeftOutOfLastPaste = 0
        switch script.removeFirst() {
        case .key(let key), .keyTypedAhead(let key): return .key(key)
        case .paste(let text):
            charactersLeftOutOfLastPaste = max(0, text.count - pasteLimit)
            return .paste(String(text.prefix(pasteLimit)))
        case .type, .typeAhead: return .tick
        case .event(let event): return event
        case .resize(let newSize):
            size = newSize
            return .resize(newSize)
        case .signal(let number):
            pendingSignal = number
            return .tick
        }
    }

    /// Whether the next step of the script is a key typed ahead.
    var hasPendingInput: Bool {
        guard case .keyTypedAhead = script.first else { return false }
        return true
    }

    func takeSignal() -> Int32 {
        defer { pendingSignal = 0 }
        return pendingSignal
    }
}
