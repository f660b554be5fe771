import Annotations

/// The article list: its keys (from the list's KeyMap table) and its drawing.
extension AppState {
    /// Does what a list key is bound to.
    mutating func performOnList(_ action: Action) -> AppCommand {
        switch action {
        case .quit:
            return .quit
        case .listDown:
            moveSelection(to: selectedPosition + 1)
        case .listUp:
            moveSelection(to: selectedPosition - 1)
        case .listFirst:
            moveSelection(to: 0)
        case .listLast:
            moveSelection(to: records.count - 1)
        case .listPageDown:
            moveSelection(to: selectedPosition + listRows)
        case .listPageUp:
            moveSelection(to: selectedPosition - listRows)
        case .cycleListSort:
            cycleListSort()
        case .open:
            openArticle(selected)
        case .help:
            open(.help(top: 0))
        case .ledgerPanel:
            openLedgerPanel()
        case .searchCorpus:
            open(.prompt(LineEditor()))
        default:
            break
        }
        return .none
    }

    /// Selects the article at a row of the list (clamped to the list).
    mutating func moveSelection(to row: Int) {
        guard !records.isEmpty else { return }
        selected = listOrder[max(0, min(records.count - 1, row))]
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        let position = selectedPosition
        if position < listTop { listTop = position }
        if position >= listTop + listRows { listTop = position - listRows + 1 }
        listTop = max(0, listTop)
    }

    mutating func openArticle(_ index: Int) {
        guard records.indices.contains(index) else { return }
        selected = index
        keepSelectionVisible()
        screen = .article(ArticleView(index: index, article: records[index].article, width: textWidth))
        close(.panel)
        close(.selection)
        refreshHighlights()
        if let warning = records[index].article.warnings.first { message = warning }
    }

    /// A header row, then two rows per article: its title, then its file, words and what was found in it.
    func renderList(in area: Rect, into frame: inout Frame) {
        frame.fill(area.top(1), style: theme.header)
        let count = records.count == 1 ? "1 article" : "\(records.count) articles"
        let order = listSort == .path ? "" : " · \(listSort.label)"
        frame.put(" reader · \(count)\(order)", x: area.x, y: area.y, style: theme.header)
        let pending = records.filter { $0.analysis == nil }.count
        if pending > 0, !records.isEmpty {
            let note = "analysing \(records.count - pending)/\(records.count) "
            frame.put(note, x: area.x + max(0, area.width - CellWidth.of(note)), y: area.y, style: theme.header)
        }
        for row in 0..<max(1, (area.height - 1) / 2) {
            let position = listTop + row
            let y = area.y + 1 + row * 2
            if let index = article(atPosition: position) {
                let article = records[index].article
                let isSelected = index == selected
                if isSelected { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 2), style: theme.selection) }
                let marker = article.warnings.isEmpty ? " " : "!"
                let title = article.title.isEmpty ? "(untitled)" : article.title
                let titleStyle = isSelected ? theme.selection : (article.warnings.isEmpty ? Style(bold: true) : theme.problem)
                var shown = title
                if CellWidth.of(title) > area.width - 2 { shown = truncated(title, to: area.width - 3) + "…" }
                frame.put(marker + shown, x: area.x, y: y, style: titleStyle)
                frame.put("   " + listDetails(index), x: area.x, y: y + 1,
                          style: isSelected ? theme.selection : theme.secondary)
            } else if records.count <= position, position - records.count < problems.count {
                let problem = problems[position - records.count]
                frame.put(" ⚠ \(problem.path)", x: area.x, y: y, style: theme.problem)
                frame.put("   \(problem.message)", x: area.x, y: y + 1, style: theme.problem)
            }
        }
    }

    /// "000_cef5.txt · 498 words · 46 entities · 12 claims · 1 note", with "…" while analysing.
    func listDetails(_ index: Int) -> String {
        let article = records[index].article
        // After the file, the source and date when the article's format gave them.
        let date = article.metadata.date.map { PublicationDate($0)?.shortText ?? $0 }
        var parts = [article.fileName] + [article.metadata.source, date].compactMap { $0 }
        parts.append("\(article.wordCount) words")
        if let analysis = records[index].analysis {
            parts.append(AppState.plural(analysis.entities.count, "entity", "entities"))
            parts.append(AppState.plural(analysis.claims.count, "claim", "claims"))
        } else {
            parts.append("analysing…")
        }
        if let notes = noteCount(index) { parts.append(AppState.plural(notes, "note", "notes")) }
        let judged = verdictCounts(index)
        if judged.disputed > 0 { parts.append("\(judged.disputed) disputed") }
        if judged.false > 0 { parts.append("\(judged.false) false") }
        return parts.joined(separator: " · ")
    }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    /// The list's status hint, naming each action's first key in the list table: "j/k move · Enter open · ? help · q quit".
    var listHint: String {
        func key(_ action: Action) -> String { keyMap.keys(for: action, in: .list).first.map(KeyMap.name(of:)) ?? "(unbound)" }
        return "\(key(.listDown))/\(key(.listUp)) move · \(key(.open)) open · \(key(.help)) help · \(key(.quit)) quit"
    }
}
