/// The search prompt in the status line: Enter searches, Esc, Ctrl-C or Ctrl-G cancel.
extension AppState {
    mutating func handlePromptKey(_ key: Key) {
        switch key {
        case .escape, .control("c"), .control("g"):
            prompt = nil
        case .enter:
            let query = prompt?.text ?? ""
            prompt = nil
            if query.isEmpty {
                if lastQuery != nil { moveToMatch(forward: true) }
            } else {
                search(query)
            }
        case .backspace where prompt?.text.isEmpty == true:
            prompt = nil
        default:
            _ = prompt?.handle(key)
        }
    }

    func renderPrompt(_ prompt: LineEditor, into frame: inout Frame) {
        let y = size.height - 1
        frame.fill(row: y, style: theme.status)
        let (text, cursorColumn) = prompt.visible(width: size.width - 1)
        frame.put("/", x: 0, y: y, style: theme.status)
        frame.put(text, x: 1, y: y, style: theme.status)
        frame.cursor = (x: 1 + cursorColumn, y: y)
    }
}
