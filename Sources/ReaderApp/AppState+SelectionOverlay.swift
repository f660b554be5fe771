import Annotations

/// Choosing any span for an annotation: w/b by word, l/h by letter, j/k by line, o the other end,
/// a annotates, Esc cancels. The span is drawn by the article as one of its styled spans.
extension AppState {
    var selectionHint: String {
        "Select: w/b word, l/h letter, j/k line, o other end · a annotate · Esc cancel"
    }

    mutating func handleSelectionKey(_ key: Key) -> AppCommand {
        guard let view, var selection, let article = currentArticle else { return .none }
        let scalars = article.scalars
        switch keyMap.action(for: key, in: .selection) {
        case .cancelSelection?:
            close(.selection)
            message = nil
            return .none
        case .annotate?:
            return performAnnotationAction(.annotate)
        case .selectWordForward?:
            selection.moveByWord(1, in: scalars)
        case .selectWordBack?:
            selection.moveByWord(-1, in: scalars)
        case .selectLetterForward?:
            selection.moveByCharacter(1, textLength: scalars.count)
        case .selectLetterBack?:
            selection.moveByCharacter(-1, textLength: scalars.count)
        case .selectLineDown?, .selectLineUp?:
            let down = keyMap.action(for: key, in: .selection) == .selectLineDown
            let lines = view.layout.lines
            let line = view.layout.lineIndex(containing: selection.movingOffset)
            var target = line + (down ? 1 : -1)
            while lines.indices.contains(target), lines[target].kind == .gap { target += down ? 1 : -1 }
            if lines.indices.contains(target) {
                let column = selection.movingOffset - lines[line].range.lowerBound
                let destination = lines[target].range
                selection.moveEnd(to: min(destination.upperBound, destination.lowerBound + max(0, column)),
                                  textLength: scalars.count)
            }
        case .selectOtherEnd?:
            selection.switchEnds()
        default:
            message = selectionHint
            return .none
        }
        self.selection = selection
        reveal(offset: selection.movingOffset)
        message = "“\(AppState.shortQuote(article.slice(selection.range)))” · a annotate · Esc cancel"
        return .none
    }
}
