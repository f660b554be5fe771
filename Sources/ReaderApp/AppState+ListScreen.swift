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
            return openSelected()
        case .help:
            open(.help(top: 0))
        case .ledgerPanel:
            return showLedgerPanel()
        case .searchCorpus:
            open(.prompt(LineEditor()))
        case .filterList:
            startFiltering()
        case .clearFilter:
            return clearFilter()
        default:
            break
        }
        return .none
    }

    /// Selects the article at a row of the list (clamped to the list).
    mutating func moveSelection(to row: Int) {
        guard !listOrder.isEmpty else { return }
        selected = listOrder[max(0, min(listOrder.count - 1, row))]
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        let position = selectedPosition
        if position < listTop { listTop = position }
        if position >= listTop + listRows { listTop = position - listRows + 1 }
        listTop = max(0, listTop)
    }

    /// Opens an article, at a search hit when given one. An article whose file has not been read
    /// yet opens when the world answers the `.readArticle` this returns.
    @discardableResult
    mutating func openArticle(_ index: Int, at hit: (query: String, line: Int, column: Int)? = nil) -> AppCommand {
        guard records.indices.contains(index) else { return .none }
        selected = index
        keepSelectionVisible()
        guard let article = records[index].article else {
            if let problem = records[index].readProblem {
                message = "Cannot open \(records[index].summary.path): \(problem)"
                return .none
            }
            pendingOpen = PendingOpen(index: index, hit: hit)
            return .readArticle(index)
        }
        pendingOpen = nil
        screen = .article(ArticleView(index: index, article: article, width: textWidth))
        dropArticlesGoneWhileOpen()
        close(.panel)
        close(.selection)
        refreshHighlights()
        if let warning = article.warnings.first { message = warning }
        if let hit {
            showSearchHit(query: hit.query, from: CorpusSearchHit.offset(line: hit.line, column: hit.column, in: article.scalars))
        }
        return .none
    }

    /// Takes an article's text read from its file; opens it if it was asked to open.
    mutating func receiveRead(_ article: Article, annotations: AnnotationUpdate, for index: Int) {
        guard records.indices.contains(index), !records[index].isGone, records[index].article == nil else { return }
        let counts = records[index].summary.indexedCounts
        records[index].article = article
        records[index].summary = ArticleSummary(article: article)
        records[index].summary.indexedCounts = counts
        if records[index].readProblem != nil { unreadableCount -= 1 }
        records[index].readProblem = nil
        receive(annotations, for: index)
        if let pending = pendingOpen, pending.index == index { openArticle(index, at: pending.hit) }
    }

    /// Counts the corpus index holds for articles, shown until their analyses arrive.
    mutating func receiveIndexedCounts(_ counts: [Int: AnalysisCounts]) {
        for (index, found) in counts where records.indices.contains(index) && !staleCounts.contains(index) {
            records[index].summary.indexedCounts = (found.entities, found.claims)
        }
        if listSort == .claims { sortList() }
    }

    /// An article's file could not be read: the list says so, and so does opening it.
    mutating func receiveReadProblem(_ problem: String, for index: Int) {
        guard records.indices.contains(index), !records[index].isGone, records[index].article == nil else { return }
        if records[index].readProblem == nil { unreadableCount += 1 }
        records[index].readProblem = problem
        if pendingOpen?.index == index {
            pendingOpen = nil
            message = "Cannot open \(records[index].summary.path): \(problem)"
            dropArticlesGoneWhileOpen()
        }
    }

    /// A header row, then two rows per article: its title, then its file, words and what was found in it.
    func renderList(in area: Rect, into frame: inout Frame) {
        frame.fill(area.top(1), style: theme.header)
        let listed = records.count - goneCount
        var count = listed == 1 ? "1 article" : "\(listed) articles"
        if let listFilter, !listFilter.query.isEmpty { count = "\(listOrder.count) of \(count)" }
        let order = listSort == .path ? "" : " · \(listSort.label)"
        frame.put(" reader · \(count)\(order)", x: area.x, y: area.y, style: theme.header)
        // Progress over the records listed: a gone record background work had done counts no more.
        let done = analysedCount + unreadableCount + goneWaitingCount - goneCount
        if done < listed, listed > 0 {
            let note = backgroundWork == "analysing" ? "analysing \(done)/\(listed) "
                : "\(backgroundWork) \(done.formatted()) / \(listed.formatted()) "
            frame.put(note, x: area.x + max(0, area.width - CellWidth.of(note)), y: area.y, style: theme.header)
        }
        for row in 0..<max(1, (area.height - 1) / 2) {
            let position = listTop + row
            let y = area.y + 1 + row * 2
            if let index = article(atPosition: position) {
                let summary = records[index].summary
                let troubled = summary.warning != nil || records[index].readProblem != nil || records[index].isGoneWhileOpen
                let isSelected = index == selected
                if isSelected { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 2), style: theme.selection) }
                let marker = troubled ? "!" : " "
                let title = summary.shownTitle
                let titleStyle = isSelected ? theme.selection : (troubled ? theme.problem : Style(bold: true))
                var shown = title
                if CellWidth.of(title) > area.width - 2 { shown = truncated(title, to: area.width - 3) + "…" }
                frame.put(marker + shown, x: area.x, y: y, style: titleStyle)
                let details = filterSnippet(index) ?? listDetails(index)
                frame.put("   " + details, x: area.x, y: y + 1, style: isSelected ? theme.selection : theme.secondary,
                          limit: area.x + area.width)
            } else if listFilter == nil, listOrder.count <= position, position - listOrder.count < problems.count {
                let problem = problems[position - listOrder.count]
                frame.put(" ⚠ \(problem.path)", x: area.x, y: y, style: theme.problem)
                frame.put("   \(problem.message)", x: area.x, y: y + 1, style: theme.problem)
            }
        }
    }

    /// "000_cef5.txt · 498 words · 46 entities · 12 claims · 1 note", with "…" while analysing.
    func listDetails(_ index: Int) -> String {
        let summary = records[index].summary
        // After the file, the source and date when the article's format gave them.
        let date = summary.date.map { PublicationDate($0)?.shortText ?? $0 }
        var parts = [summary.fileName] + [summary.source, date].compactMap { $0 }
        if let problem = records[index].readProblem { return (parts + [problem]).joined(separator: " · ") }
        if records[index].isGoneWhileOpen { parts.append("file gone or changed: leaves the list once closed") }
        if let words = summary.wordCount { parts.append("\(words) words") }
        if let analysis = records[index].analysis {
            parts.append(AppState.plural(analysis.entities.count, "entity", "entities"))
            parts.append(AppState.plural(analysis.claims.count, "claim", "claims"))
        } else if let counts = summary.indexedCounts {
            parts.append(AppState.plural(counts.entities, "entity", "entities"))
            parts.append(AppState.plural(counts.claims, "claim", "claims"))
        } else {
            parts.append(summary.title == nil ? "reading…" : "analysing…")
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
