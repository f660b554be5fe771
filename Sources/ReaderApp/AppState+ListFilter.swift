import Annotations

/// Filtering the list as you type (`/`): every change of the line asks the world for the articles
/// that match (`.filterList`, the corpus index's full-text search with the last word as a prefix,
/// or a substring search without one); the answer shows only those, best first, each with the line
/// around its match. Enter opens the selected one at its match (n/N go on there); Esc clears.
extension AppState {
    mutating func startFiltering() {
        if listFilter == nil { listFilter = ListFilter() }
        listFilter?.editing = true
    }

    /// A key while the filter's line has the keys.
    mutating func handleFilterKey(_ key: Key) -> AppCommand {
        switch key {
        case .escape, .control("c"), .control("g"):
            return clearFilter()
        case .enter:
            listFilter?.editing = false
            return listOrder.isEmpty ? .none : openSelected()
        case .down, .control("n"):
            moveSelection(to: selectedPosition + 1)
        case .up, .control("p"):
            moveSelection(to: selectedPosition - 1)
        case .pageDown:
            moveSelection(to: selectedPosition + listRows)
        case .pageUp:
            moveSelection(to: selectedPosition - listRows)
        case .backspace where listFilter?.editor.text.isEmpty == true:
            // As in the search prompt, Backspace on an empty line leaves it.
            return clearFilter()
        default:
            let before = listFilter?.editor.text
            _ = listFilter?.editor.handle(key)
            if listFilter?.editor.text != before { return filterChanged() }
        }
        return .none
    }

    /// Text typed into (or pasted into) the filter's line.
    mutating func filterPaste(_ text: String) -> AppCommand {
        listFilter?.editor.insert(text.replacingOccurrences(of: "\n", with: " "))
        return filterChanged()
    }

    /// The line changed: ask for the new query's articles, or show them all again when it is empty.
    mutating func filterChanged() -> AppCommand {
        guard let query = listFilter?.typedQuery else {
            listFilter?.query = ""
            listFilter?.hits = []
            listFilter?.hitByArticle = [:]
            listFilter?.problem = nil
            showWholeList()
            return .none
        }
        return .filterList(query)
    }

    /// The articles matching a query typed: shown unless the line has changed since it was asked.
    mutating func receiveFilterResults(query: String, hits: [CorpusSearchHit], problem: String?) {
        guard var filter = listFilter, filter.typedQuery == query else { return }
        if let problem {
            // The articles of the last query understood stay, with the reason beside the line.
            filter.problem = problem
            listFilter = filter
            return
        }
        filter.problem = nil
        filter.query = query
        var order: [Int] = []
        var byArticle: [Int: CorpusSearchHit] = [:]
        for hit in hits where records.indices.contains(hit.articleIndex) && !records[hit.articleIndex].isGone
            && byArticle[hit.articleIndex] == nil {
            byArticle[hit.articleIndex] = hit
            order.append(hit.articleIndex)
        }
        filter.hits = hits
        filter.hitByArticle = byArticle
        listFilter = filter
        setListOrder(order)
        listTop = 0
        if let first = order.first { selected = first }
    }

    /// Leaves the filter: the whole list again, in its sort order, the selected article kept.
    mutating func clearFilter() -> AppCommand {
        guard listFilter != nil else { return .none }
        listFilter = nil
        showWholeList()
        return .none
    }

    mutating func showWholeList() {
        setListOrder(AppState.order(records, by: listSort, appendedFrom: appendedFrom))
        keepSelectionVisible()
    }

    /// Shows `order` (article indices, top first) as the list.
    mutating func setListOrder(_ order: [Int]) {
        listOrder = order
        if listPositions.count != records.count { listPositions = Array(repeating: 0, count: records.count) }
        for (position, index) in order.enumerated() { listPositions[index] = position }
    }

    /// Whether the list shows a filter's articles rather than all of them.
    var isFiltered: Bool { !(listFilter?.query.isEmpty ?? true) }

    /// Opens the selected article: at its match when the list is filtered.
    mutating func openSelected() -> AppCommand {
        if isFiltered, let hit = listFilter?.hitByArticle[selected], let query = listFilter?.query {
            return openArticle(selected, at: (query: query, line: hit.line, column: hit.column))
        }
        return openArticle(selected)
    }

    /// A filtered row's second line: the file and line of the match, and the text around it.
    func filterSnippet(_ index: Int) -> String? {
        guard isFiltered, let hit = listFilter?.hitByArticle[index] else { return nil }
        return "\(records[index].summary.fileName):\(hit.line) · " + TerminalText.visible(hit.snippet)
    }

    /// The filter's line in the status line: what is typed, and how many articles match or why
    /// the query is not understood.
    func renderFilterLine(_ filter: ListFilter, in area: Rect, into frame: inout Frame) {
        let y = area.y
        frame.fill(area, style: theme.status)
        var right: String
        if let problem = filter.problem {
            right = problem
        } else if filter.query.isEmpty {
            right = "type to filter · Enter open · Esc clear "
        } else {
            right = AppState.plural(listOrder.count, "article", "articles") + (filter.coverage.map { " · " + $0 } ?? "")
                + " · Enter open · Esc clear "
        }
        // The line typed takes what it needs up to half the width; the rest says how it went.
        let lineWidth = max(10, min(CellWidth.of(filter.editor.text) + 1, area.width / 2))
        let room = max(0, area.width - lineWidth - 2)
        if CellWidth.of(right) > room { right = room > 1 ? truncated(right, to: room - 1) + "…" : "" }
        let rightWidth = CellWidth.of(right)
        let (text, cursorColumn) = filter.editor.visible(width: max(1, area.width - rightWidth - 2))
        frame.put("/", x: area.x, y: y, style: theme.status)
        frame.put(text, x: area.x + 1, y: y, style: theme.status)
        frame.put(right, x: area.x + max(0, area.width - rightWidth), y: y,
                  style: filter.problem == nil ? theme.status : theme.problem, limit: area.x + area.width)
        if filter.editing { frame.cursor = (x: area.x + 1 + cursorColumn, y: y) }
    }
}
