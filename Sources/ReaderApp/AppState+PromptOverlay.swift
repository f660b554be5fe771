import Foundation

/// The prompt in the status line: Enter searches (the open article, or from the list every
/// article of the corpus), or saves the verdict's evidence or note it was opened for; Esc, Ctrl-C
/// or Ctrl-G cancel.
extension AppState {
    mutating func handlePromptKey(_ key: Key, environment: AppEnvironment) -> AppCommand {
        if let verdictPrompt { return handleVerdictPromptKey(key, verdictPrompt, environment: environment) }
        switch keyMap.action(for: key, in: .prompt) {
        case .cancelPrompt?:
            prompt = nil
        case .runSearch?:
            let query = prompt?.text ?? ""
            prompt = nil
            if view == nil {
                let trimmed = query.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { return .searchCorpus(trimmed) }
            } else if query.isEmpty {
                if lastQuery != nil { moveToMatch(forward: true) }
            } else {
                search(query)
            }
        default:
            // Backspace in an empty prompt leaves it, as in less and vi.
            if key == .backspace, prompt?.text.isEmpty == true {
                prompt = nil
            } else {
                _ = prompt?.handle(key)
            }
        }
        return .none
    }

    func renderPrompt(_ prompt: LineEditor, in area: Rect, into frame: inout Frame) {
        let y = area.y
        frame.fill(area, style: theme.status)
        let label = verdictPrompt?.field.label ?? "/"
        let (text, cursorColumn) = prompt.visible(width: max(1, area.width - label.count - 1))
        frame.put(label, x: area.x, y: y, style: theme.status)
        frame.put(text, x: area.x + label.count, y: y, style: theme.status)
        frame.cursor = (x: area.x + label.count + cursorColumn, y: y)
    }
}
