import Foundation
import Synchronization

/// Gives the terminal back on every way out: quit and errors (through `CursesTerminal.end`),
/// SIGINT/SIGTERM/SIGHUP (a flag the event loop sees, then a normal exit), and crash signals
/// (restored at once from the handler with async-signal-safe calls, then the signal re-raised).
enum TerminalRestorer {
    /// The signal that asked us to stop, or 0.
    static let pendingSignal = Atomic<Int32>(0)

    /// The terminal modes from before curses started.
    nonisolated(unsafe) private static var savedModes = termios()
    nonisolated(unsafe) private static var haveSavedModes = false

    /// Leaves the alternate screen, shows the cursor, resets attributes and turns mouse reports off.
    private static let resetSequence: [UInt8] = Array("\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n".utf8)

    static func saveTerminalModes() {
        haveSavedModes = tcgetattr(STDIN_FILENO, &savedModes) == 0
    }

    static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { received in
                TerminalRestorer.pendingSignal.store(received, ordering: .relaxed)
            }
        }
        for number in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            signal(number) { received in
                TerminalRestorer.restoreFromSignalHandler()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Puts the saved terminal modes back (after curses' own endwin).
    static func restore() {
        if haveSavedModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedModes) }
    }

    /// Only async-signal-safe calls: tcsetattr and write.
    static func restoreFromSignalHandler() {
        restore()
        resetSequence.withUnsafeBufferPointer { buffer in
            _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
        }
    }
}
