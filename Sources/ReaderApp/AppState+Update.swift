import Annotations

extension AppState {
    /// Applies one event; returns what the outside world must do (quit, say). The time and any new
    /// id come from `environment`, so the same state, event and environment give the same result.
    public mutating func update(_ event: InputEvent, environment: AppEnvironment) -> AppCommand {
        switch event {
        case .resize(let newSize):
            resize(to: newSize)
            return .none
        case .tick:
            return .none
        case .analyzed(let index, let analysis):
            receive(analysis, for: index)
            let regroup = refreshLedgerPanelAfterAnalysis()
            showPendingMentions()
            showPendingClaim()
            return givePendingVerdict(environment: environment) ?? regroup
        case .annotations(let index, let update):
            receive(update, for: index)
            return .none
        case .notice(let text):
            message = text
            return .none
        case .corpusSearchResults(let query, let hits):
            openCorpusSearchPanel(query: query, hits: hits)
            return .none
        case .articleRead(let index, let article, let annotations):
            receiveRead(article, annotations: annotations, for: index)
            showPendingClaim()
            return givePendingVerdict(environment: environment) ?? .none
        case .articleUnreadable(let index, let problem):
            receiveReadProblem(problem, for: index)
            if let pending = pendingVerdict, pending.index == index {
                pendingVerdict = nil
                message = "No verdict given: \(problem)"
            }
            return .none
        case .indexedCounts(let counts):
            receiveIndexedCounts(counts)
            return .none
        case .listChanged(let changes):
            receiveListChanges(changes)
            return .none
        case .entityArticles(let name, let type, let articles):
            receiveEntityArticles(name: name, type: type, articles: articles)
            return .none
        case .indexedLedger(let answer):
            return receiveIndexedLedger(answer)
        case .listFilterResults(let query, let hits, let problem):
            receiveFilterResults(query: query, hits: hits, problem: problem)
            return .none
        case .searchCoverage(let note):
            listFilter?.coverage = note
            return .none
        case .paste(let pasted):
            // A paste is text: control characters (a stray ESC, a bell) are left out, line breaks and tabs kept.
            let text = String(String.UnicodeScalarView(pasted.unicodeScalars.filter { scalar in
                scalar == "\n" || scalar == "\r" || scalar == "\t" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
            }))
            if overlays.isEmpty, screen.kind == .list, listFilter?.editing == true { return filterPaste(text) }
            overlayPaste(text)
            return .none
        case .mouse(let mouse):
            return handleMouse(mouse)
        case .key(let key):
            message = nil
            if let command = overlayHandles(key, environment: environment) { return command }
            if screen.kind == .list, listFilter?.editing == true { return handleFilterKey(key) }
            switch screen.kind {
            case .list: return keyMap.action(for: key, in: .list).map { performOnList($0) } ?? .none
            case .article: return keyMap.action(for: key, in: .article).map { perform($0) } ?? .none
            }
        }
    }

    // MARK: - Size

    mutating func resize(to newSize: Size) {
        size = newSize
        // A screen too small to draw on shows a message only: scrolling to suit it would leave the
        // list and the article scrolled oddly once the screen is big again.
        guard !isTooSmall else { return }
        if let article = currentArticle {
            let width = textWidth, height = bodyHeight
            updateView { view in
                view.reflow(article: article, width: width)
                view.top = min(view.top, max(0, view.layout.lines.count - height))
            }
        }
        // A taller list (or panel, or help) shows rows it had scrolled past instead of empty rows
        // at the bottom.
        listTop = min(listTop, max(0, records.count + problems.count - listRows))
        keepSelectionVisible()
        fitOverlaysToSize()
    }

    // MARK: - Mouse

    mutating func handleMouse(_ mouse: MouseEvent) -> AppCommand {
        if let command = overlayHandles(mouse) { return command }
        switch (screen.kind, mouse.action) {
        case (.list, .click):
            if mouse.y >= 1, mouse.y <= listRows * 2, let index = article(atPosition: listTop + (mouse.y - 1) / 2) {
                selected = index
                return openSelected()
            }
        case (.list, .wheelDown):
            moveSelection(to: selectedPosition + 3)
        case (.list, .wheelUp):
            moveSelection(to: selectedPosition - 3)
        case (.article, .wheelDown):
            scroll(by: 3)
        case (.article, .wheelUp):
            scroll(by: -3)
        case (.article, .click):
            clickInArticle(x: mouse.x, y: mouse.y)
        }
        return .none
    }
}
