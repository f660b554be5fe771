import Annotations

extension AppState {
    /// Applies one event; returns what the outside world must do (quit, say).
    public mutating func update(_ event: InputEvent) -> AppCommand {
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
            if editor != nil {
                pasteIntoEditor(text)
            } else if prompt != nil {
                prompt?.insert(text)
            }
            return .none
        case .mouse(let mouse):
            handleMouse(mouse)
            return .none
        case .key(let key):
            message = nil
            if showHelp {
                scrollHelp(key)
                return .none
            }
            if editor != nil {
                return handleEditorKey(key)
            }
            if prompt != nil {
                handlePromptKey(key)
                return .none
            }
            if screen == .article, view?.selection != nil {
                return handleSelectionKey(key)
            }
            if panel != nil {
                return handlePanelKey(key)
            }
            if key == .character("?") {
                showHelp = true
                helpTop = 0
                return .none
            }
            switch screen {
            case .list: return handleListKey(key)
            case .article: return handleArticleKey(key)
            }
        }
    }

    // MARK: - Size

    mutating func resize(to newSize: Size) {
        size = newSize
        // A screen too small to draw on shows a message only: scrolling to suit it would leave the
        // list and the article scrolled oddly once the screen is big again.
        guard !isTooSmall else { return }
        if var view, let article = currentArticle {
            view.reflow(article: article, width: textWidth)
            view.top = min(view.top, max(0, view.layout.lines.count - bodyHeight))
            self.view = view
        }
        // A taller list (or panel, or help) shows rows it had scrolled past instead of empty rows
        // at the bottom.
        listTop = min(listTop, max(0, articles.count + problems.count - listRows))
        keepSelectionVisible()
        if var panel {
            panel.top = min(panel.top, max(0, panel.rows.count - panelRows))
            panel.move(by: 0, visibleRows: panelRows)
            self.panel = panel
        }
        helpTop = min(helpTop, max(0, HelpText.lines(keyMap: keyMap).count - max(1, size.height - 4)))
    }

    // MARK: - List

    mutating func handleListKey(_ key: Key) -> AppCommand {
        switch key {
        case .character("q"):
            return .quit
        case .character("j"), .down:
            moveSelection(to: selected + 1)
        case .character("k"), .up:
            moveSelection(to: selected - 1)
        case .character("g"), .home:
            moveSelection(to: 0)
        case .character("G"), .end:
            moveSelection(to: articles.count - 1)
        case .pageDown, .character(" "):
            moveSelection(to: selected + listRows)
        case .pageUp, .character("b"):
            moveSelection(to: selected - listRows)
        case .enter, .character("l"), .right:
            openArticle(selected)
        default:
            break
        }
        return .none
    }

    mutating func moveSelection(to row: Int) {
        selected = max(0, min(articles.count - 1, row))
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        if selected < listTop { listTop = selected }
        if selected >= listTop + listRows { listTop = selected - listRows + 1 }
        listTop = max(0, listTop)
    }

    mutating func openArticle(_ index: Int) {
        guard articles.indices.contains(index) else { return }
        selected = index
        keepSelectionVisible()
        view = ArticleView(index: index, article: articles[index], width: textWidth)
        screen = .article
        panel = nil
        refreshHighlights()
        if let warning = articles[index].warnings.first { message = warning }
    }

    // MARK: - Article

    mutating func handleArticleKey(_ key: Key) -> AppCommand {
        guard view != nil else {
            screen = .list
            return .none
        }
        guard let action = keyMap.action(for: key) else { return .none }
        return perform(action)
    }

    /// Does what an article-view key is bound to.
    mutating func perform(_ action: Action) -> AppCommand {
        switch action {
        case .back:
            screen = .list
            view = nil
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
            view?.top = 0
        case .bottom:
            let bottom = maximumTop
            view?.top = bottom
        case .nextArticle:
            if let index = view?.index, index + 1 < articles.count {
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
            prompt = LineEditor()
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
        }
        return .none
    }

    mutating func scroll(by lines: Int) {
        guard var view else { return }
        view.top = max(0, min(maximumTop, view.top + lines))
        self.view = view
    }

    /// Scrolls so that the text at `offset` is on screen, a third of the way down if it was not.
    mutating func reveal(offset: Int) {
        guard var view else { return }
        let line = view.layout.lineIndex(containing: offset)
        if line < view.top || line >= view.top + bodyHeight {
            view.top = max(0, min(maximumTop, line - bodyHeight / 3))
        }
        self.view = view
    }

    // MARK: - Search

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

    /// Finds every match of `query` in the open article and goes to the first one on or after the top.
    public mutating func search(_ query: String) {
        guard let article = currentArticle, var view else { return }
        lastQuery = query
        let matches = TextSearch.matches(of: query, in: article.scalars).filter { article.isShown($0) }
        guard !matches.isEmpty else {
            view.search = SearchState(query: query, matches: [])
            self.view = view
            message = "Not found: \(query)"
            return
        }
        let top = view.topOffset
        let first = matches.firstIndex { $0.lowerBound >= top }
        view.search = SearchState(query: query, matches: matches, current: first ?? 0)
        self.view = view
        if first == nil { message = "Search wrapped to the top" }
        reveal(offset: matches[first ?? 0].lowerBound)
        if message == nil { message = "Match \((first ?? 0) + 1) of \(matches.count)" }
    }

    mutating func moveToMatch(forward: Bool) {
        guard var view else { return }
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
        view.search?.current = next
        self.view = view
        reveal(offset: search.matches[next].lowerBound)
        if message == nil { message = "Match \(next + 1) of \(count)" }
    }

    // MARK: - Mouse

    mutating func handleMouse(_ mouse: MouseEvent) {
        if showHelp {
            showHelp = false
            return
        }
        if var panel {
            switch mouse.action {
            case .wheelDown: panel.move(by: 3, visibleRows: panelRows)
            case .wheelUp: panel.move(by: -3, visibleRows: panelRows)
            case .click:
                let index = panel.top + mouse.y - 2
                if mouse.y >= 2, panel.rows.indices.contains(index), panel.rows[index].target != .none {
                    panel.selected = index
                    self.panel = panel
                    _ = choose(panel.rows[index].target, in: panel)
                    return
                }
            }
            self.panel = panel
            return
        }
        switch (screen, mouse.action) {
        case (.list, .click):
            let row = listTop + (mouse.y - 1) / 2
            if mouse.y >= 1, mouse.y <= listRows * 2, articles.indices.contains(row) { openArticle(row) }
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

    // MARK: - Help

    /// j/k and the page keys scroll a help longer than the screen; any other key closes it.
    mutating func scrollHelp(_ key: Key) {
        let visible = max(1, size.height - 4)
        let maximum = max(0, HelpText.lines(keyMap: keyMap).count - visible)
        switch key {
        case .character("j"), .down: helpTop = min(maximum, helpTop + 1)
        case .character("k"), .up: helpTop = max(0, helpTop - 1)
        case .character(" "), .pageDown: helpTop = min(maximum, helpTop + visible)
        case .character("b"), .pageUp: helpTop = max(0, helpTop - visible)
        default: showHelp = false
        }
    }
}
