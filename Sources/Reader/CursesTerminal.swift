import CNcurses
import Foundation
import ReaderApp

/// The only type that talks to curses: starts and ends the screen, draws Frames, and turns
/// `get_wch` results into InputEvents.
final class CursesTerminal: Terminal {
    private(set) var colorMode: ColorMode = .none
    /// Colour pairs made so far, by (foreground, background).
    private var pairs: [PairKey: Int16] = [:]
    private var isActive = false

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Starts curses: the alternate screen, no echo, keypad and mouse, and colours unless NO_COLOR.
    init() {
        if setlocale(LC_ALL, "") == nil || String(cString: setlocale(LC_CTYPE, nil)) == "C" {
            setlocale(LC_ALL, "C.UTF-8")
        }
        TerminalRestorer.saveTerminalModes()
        initscr()
        isActive = true
        TerminalRestorer.install()
        cbreak()
        allowControlS()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        set_escdelay(25)
        mousemask(shim_all_mouse_events(), nil)
        mouseinterval(0)
        // Wake up regularly so signals and background work are seen without a key press.
        timeout(100)
        // Bracketed paste: a paste arrives wrapped in ESC[200~ … ESC[201~, so pasted text is
        // inserted as text and never runs as keys.
        writeToTerminal("\u{1B}[?2004h")
        curs_set(0)
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            colorMode = shim_colors() >= 256 ? .full : .eight
        }
    }

    deinit { end() }

    /// Turns off XON/XOFF flow control, so Ctrl-S (save a note) reaches the reader instead of
    /// freezing the terminal. The saved modes put it back on exit.
    private func allowControlS() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        // Curses puts its recorded program mode back after Ctrl-Z and fg: record this one.
        def_prog_mode()
    }

    /// Ends curses and gives the terminal back as it was. Safe to call twice.
    func end() {
        guard isActive else { return }
        isActive = false
        writeToTerminal("\u{1B}[?2004l")
        mousemask(0, nil)
        curs_set(1)
        endwin()
        TerminalRestorer.restore()
    }

    var size: Size {
        Size(width: Int(shim_cols()), height: Int(shim_lines()))
    }

    /// Draws a whole frame and shows it.
    func draw(_ frame: Frame) {
        erase()
        let width = frame.size.width
        let height = min(frame.size.height, Int(shim_lines()))
        for y in 0..<height {
            var x = 0
            while x < min(width, Int(shim_cols())) {
                let cell = frame[x, y]
                if cell.width == 0 {
                    x += 1
                    continue
                }
                var characters = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                if characters.isEmpty { characters = [32] }
                characters.append(0)
                let attributes = attributes(for: cell.style)
                let pair = colorPair(for: cell.style)
                _ = characters.withUnsafeBufferPointer {
                    shim_put_cell(Int32(y), Int32(x), $0.baseAddress, attributes, pair)
                }
                x += max(1, cell.width)
            }
        }
        if let cursor = frame.cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
    }

    private func attributes(for style: Style) -> attr_t {
        var attributes = shim_a_normal()
        if style.bold { attributes |= shim_a_bold() }
        if style.underline { attributes |= shim_a_underline() }
        if style.reverse { attributes |= shim_a_reverse() }
        if style.dim { attributes |= shim_a_dim() }
        return attributes
    }

    private func colorPair(for style: Style) -> Int16 {
        guard colorMode != .none, style.foreground != nil || style.background != nil else { return 0 }
        let key = PairKey(foreground: number(style.foreground), background: number(style.background))
        if let pair = pairs[key] { return pair }
        let pair = Int16(pairs.count + 1)
        guard Int32(pair) < shim_color_pairs() else { return 0 }
        init_pair(pair, key.foreground, key.background)
        pairs[key] = pair
        return pair
    }

    private func number(_ color: Color?) -> Int16 {
        guard let color else { return -1 }
        if case .indexed(let index) = color, colorMode != .full { return Int16(index % 8) }
        return color.number
    }

    private func writeToTerminal(_ sequence: String) {
        fflush(nil)
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// The most a paste keeps, in bytes of UTF-8; the rest is read to its end and left out.
    static let pasteLimit = 1_000_000
    var pasteLimit: Int { CursesTerminal.pasteLimit }

    /// Characters the last paste left out, past `pasteLimit`.
    private(set) var charactersLeftOutOfLastPaste = 0

    /// After an ESC: the text of a bracketed paste (ESC[200~ … ESC[201~), or nil when the ESC
    /// was a key of its own, in which case whatever was read after it is given back to curses.
    private func readBracketedPaste() -> String? {
        let start: [UInt32] = [0x5B, 0x32, 0x30, 0x30, 0x7E]  // "[200~"
        // The rest of a paste's opening is already on its way: wait briefly, not the full tick.
        timeout(30)
        defer { timeout(100) }
        var consumed: [UInt32] = []
        for expected in start {
            var character: wint_t = 0
            let result = get_wch(&character)
            guard result == OK, UInt32(character) == expected else {
                if result == KEY_CODE_YES { ungetch(Int32(character)) }
                if result == OK { unget_wch(wchar_t(bitPattern: UInt32(character))) }
                for earlier in consumed.reversed() { unget_wch(wchar_t(bitPattern: earlier)) }
                return nil
            }
            consumed.append(expected)
        }
        return readPasteBody()
    }

    /// The paste after its opening, read from the terminal in blocks (curses would take a system
    /// call per byte) up to its closing ESC[201~, however long: a paste is text, never keys.
    /// What is past `pasteLimit` is read and counted but not kept.
    private func readPasteBody() -> String {
        let end: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC "[201~"
        var kept: [UInt8] = []
        var leftOut = 0
        var matched = 0  // bytes of the closing sequence seen so far
        var after: [UInt8] = []
        func keep(_ bytes: UnsafeBufferPointer<UInt8>) {
            let room = max(0, CursesTerminal.pasteLimit - kept.count)
            kept.append(contentsOf: bytes.prefix(room))
            for byte in bytes.dropFirst(room) where byte & 0xC0 != 0x80 { leftOut += 1 }
        }
        var block = [UInt8](repeating: 0, count: 65_536)
        var finished = false
        while !finished {
            // Curses reads a byte at a time, so nothing of the paste is buffered there. A terminal
            // that stops mid-paste for two seconds has lost the end: what came is the paste.
            var waiting = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, 2_000)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { break }
            let count = block.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count > 0 else { break }
            block.withUnsafeBufferPointer { buffer in
                end.withUnsafeBufferPointer { closing in
                    var index = 0
                    while index < count {
                        if matched == 0 {
                            // Text up to the next ESC is taken at once.
                            let next = memchr(buffer.baseAddress! + index, 0x1B, count - index)
                                .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - buffer.baseAddress! } ?? count
                            keep(UnsafeBufferPointer(rebasing: buffer[index..<next]))
                            index = next
                            if index == count { break }
                        }
                        let byte = buffer[index]
                        index += 1
                        if byte == closing[matched] {
                            matched += 1
                            if matched == closing.count {
                                after = Array(buffer[index..<count])
                                finished = true
                                return
                            }
                            continue
                        }
                        // Not the closing sequence after all: what matched of it was text.
                        keep(UnsafeBufferPointer(rebasing: closing[0..<matched]))
                        matched = 0
                        index -= 1
                    }
                }
            }
        }
        // Keys typed after the paste, read with its end, go back to curses in order.
        for byte in after.reversed() { ungetch(Int32(byte)) }
        // A multi-byte character cut at the limit is left out whole.
        if leftOut > 0, let lead = kept.lastIndex(where: { $0 & 0xC0 != 0x80 }) {
            let length = kept[lead] >= 0xF0 ? 4 : kept[lead] >= 0xE0 ? 3 : kept[lead] >= 0xC0 ? 2 : 1
            if kept.count - lead < length {
                kept.removeSubrange(lead...)
                leftOut += 1
            }
        }
        charactersLeftOutOfLastPaste = leftOut
        return String(decoding: kept, as: UTF8.self)
    }

    func takeSignal() -> Int32 {
        TerminalRestorer.pendingSignal.exchange(0, ordering: .relaxed)
    }

    /// Bytes the terminal has sent that curses has not read: curses reads a byte at a time, so a
    /// key typed ahead waits in the kernel's buffer, not in curses's.
    var hasPendingInput: Bool {
        var waiting = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&waiting, 1, 0) > 0 && waiting.revents & Int16(POLLIN) != 0
    }

    /// The next event, or `.tick` when nothing happened within the input timeout.
    func nextEvent() -> InputEvent {
        var character: wint_t = 0
        let result = get_wch(&character)
        if result == ERR { return .tick }
        if result == KEY_CODE_YES { return keyCodeEvent(Int32(character)) }
        return characterEvent(UInt32(character))
    }

    private func characterEvent(_ value: UInt32) -> InputEvent {
        switch value {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x1B: return readBracketedPaste().map { .paste($0) } ?? .key(.escape)
        case 0x09: return .key(.tab)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x01...0x1A: return .key(.control(Unicode.Scalar(value + 0x60)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .tick }
            return .key(.character(scalar))
        }
    }

    private func keyCodeEvent(_ code: Int32) -> InputEvent {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE: return mouseEvent()
        default:
            for number in 1...12 where code == shim_key_f(Int32(number)) { return .key(.function(number)) }
            return .tick
        }
    }

    private func mouseEvent() -> InputEvent {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .tick }
        let state = event.bstate
        let x = Int(event.x), y = Int(event.y)
        if state & shim_button4_pressed() != 0 { return .mouse(MouseEvent(action: .wheelUp, x: x, y: y)) }
        if state & shim_button5_pressed() != 0 { return .mouse(MouseEvent(action: .wheelDown, x: x, y: y)) }
        if state & (shim_button1_pressed() | shim_button1_click_only()) != 0 {
            return .mouse(MouseEvent(action: .click, x: x, y: y))
        }
        return .tick
    }
}
