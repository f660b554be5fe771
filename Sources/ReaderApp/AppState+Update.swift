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
            return .none
        case .annotations(let index, let update):
            receive(update, for: index)
            return .none
        case .notice(let text):
            message = text
            return .none
        case .paste(let pasted):
            // A paste is text: control characters (a stray ESC, a bell) are left out, line breaks and tabs kept.
            let text = String(String.UnicodeScalarView(pasted.unicodeScalars.filter { scalar in
                scalar == "\n" || scalar == "\r" || scalar == "\t" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
            }))
            overlayPaste(text)
            return .none
        case .mouse(let mouse):
            handleMouse(mouse)
            return .none
        case .key(let key):
            message = nil
            if let command = overlayHandles(key, environment: environment) { return command }
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

    // MARK: - List

    /// Does what a list key is bound to.
    mutating func performOnList(_ action: Action) -> AppCommand {
        switch action {
        case .quit:
            return .quit
        case .listDown:
            moveSelection(to: selected + 1)
        case .listUp:
            moveSelection(to: selected - 1)
        case .listFirst:
            moveSelection(to: 0)
        case .listLast:
            moveSelection(to: records.count - 1)
        case .listPageDown:
            moveSelection(to: selected + listRows)
        case .listPageUp:
            moveSelection(to: selected - listRows)
        case .open:
            openArticle(selected)
        case .help:
            open(.help(top: 0))
        default:
            break
        }
        return .none
    }

    mutating func moveSelection(to row: Int) {
        selected = max(0, min(records.count - 1, row))
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        if selected < listTop { listTop = selected }
        if selected >= listTop + listRows { listTop = selected - listRows + 1 }
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

    // MARK: - Article

    /// Does what an article-view key is bound to.
    mutating func perform(_ action: Action) -> AppCommand {
        switch action {
        case .back:
            screen = .list
        case .lineDown:
            scroll(by: 1)
        case .lineUp:
            scroll(by: -1)
        case .pageDown:
            scroll(by: max(1, bodyHeight - 1))
        case .pageUp:
            scroll(by: -max(1, bodyHeight - 1))
        case .halfPageDown:
            scroll(by: max(1, bodyHeight / 2))
        case .halfPageUp:
            scroll(by: -max(1, bodyHeight / 2))
        case .top:
            updateView { $0.top = 0 }
        case .bottom:
            let bottom = maximumTop
            updateView { $0.top = bottom }
        case .nextArticle:
            if let index = view?.index, index + 1 < records.count {
                openArticle(index + 1)
            } else {
                message = "This is the last article"
            }
        case .previousArticle:
            if let index = view?.index, index > 0 {
                openArticle(index - 1)
            } else {
                message = "This is the first article"
            }
        case .search:
            open(.prompt(LineEditor()))
        case .nextMatch:
            moveToMatch(forward: true)
        case .previousMatch:
            moveToMatch(forward: false)
        case .nextHighlight:
            moveFocus(forward: true)
        case .previousHighlight:
            moveFocus(forward: false)
        case .entityPanel:
            openEntityPanel()
        case .claimPanel:
            openClaimPanel()
        case .layersPanel:
            openLayersPanel()
        case .toggleEntities:
            let command = changeLayers { $0.toggleEntities() }
            message = config.layers.showsAnyEntity ? "Entities shown" : "Entities hidden (E shows them)"
            return command
        case .toggleClaims:
            let command = changeLayers { $0.toggleClaims() }
            message = config.layers.showsAnyClaim ? "Claims shown" : "Claims hidden (C shows them)"
            return command
        case .annotate, .visualSelect, .annotationPanel, .undo, .export:
            return performAnnotationAction(action)
        case .help:
            open(.help(top: 0))
        case .listDown, .listUp, .listPageDown, .listPageUp, .listFirst, .listLast, .open, .quit,
             .panelDown, .panelUp, .panelPageDown, .panelPageUp, .panelFirst, .panelLast, .choose, .close,
             .editAnnotation, .deleteAnnotation, .mentionsAcrossCorpus, .selectWordForward, .selectWordBack,
             .selectLetterForward, .selectLetterBack, .selectLineDown, .selectLineUp, .selectOtherEnd, .cancelSelection:
            break
        }
        return .none
    }

    mutating func scroll(by lines: Int) {
        let maximum = maximumTop
        updateView { $0.top = max(0, min(maximum, $0.top + lines)) }
    }

    /// Scrolls so that the text at `offset` is on screen, a third of the way down if it was not.
    mutating func reveal(offset: Int) {
        let height = bodyHeight, maximum = maximumTop
        updateView { view in
            let line = view.layout.lineIndex(containing: offset)
            if line < view.top || line >= view.top + height {
                view.top = max(0, min(maximum, line - height / 3))
            }
        }
    }

    // MARK: - Search

    /// Finds every match of `query` in the open article and goes to the first one on or after the top.
    public mutating func search(_ query: String) {
        guard let article = currentArticle, let view else { return }
        lastQuery = query
        let matches = TextSearch.matches(of: query, in: article.scalars).filter { article.isShown($0) }
        guard !matches.isEmpty else {
            updateView { $0.search = SearchState(query: query, matches: []) }
            message = "Not found: \(query)"
            return
        }
        let top = view.topOffset
        let first = matches.firstIndex { $0.lowerBound >= top }
        updateView { $0.search = SearchState(query: query, matches: matches, current: first ?? 0) }
        if first == nil { message = "Search wrapped to the top" }
        reveal(offset: matches[first ?? 0].lowerBound)
        if message == nil { message = "Match \((first ?? 0) + 1) of \(matches.count)" }
    }

    mutating func moveToMatch(forward: Bool) {
        guard let view else { return }
        guard let search = view.search else {
            message = "No search yet: press / to search"
            return
        }
        guard !search.matches.isEmpty else {
            message = "Not found: \(search.query)"
            return
        }
        let count = search.matches.count
        var next = (search.current ?? -1) + (forward ? 1 : -1)
        if next >= count {
            next = 0
            message = "Search wrapped to the top"
        } else if next < 0 {
            next = count - 1
            message = "Search wrapped to the bottom"
        }
        updateView { $0.search?.current = next }
        reveal(offset: search.matches[next].lowerBound)
        if message == nil { message = "Match \(next + 1) of \(count)" }
    }

    // MARK: - Mouse

    mutating func handleMouse(_ mouse: MouseEvent) {
        if overlayHandles(mouse) { return }
        switch (screen.kind, mouse.action) {
        case (.list, .click):
            let row = listTop + (mouse.y - 1) / 2
            if mouse.y >= 1, mouse.y <= listRows * 2, records.indices.contains(row) { openArticle(row) }
        case (.list, .wheelDown):
            moveSelection(to: selected + 3)
        case (.list, .wheelUp):
            moveSelection(to: selected - 3)
        case (.article, .wheelDown):
            scroll(by: 3)
        case (.article, .wheelUp):
            scroll(by: -3)
        case (.article, .click):
            clickInArticle(x: mouse.x, y: mouse.y)
        }
    }
}
