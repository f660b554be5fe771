import Annotations

/// The article screen: its keys (from the article's KeyMap table), scrolling, and its drawing:
/// the text with its highlights, annotations, matches and focus, and the legend.
extension AppState {
    /// Does what an article-view key is bound to.
    mutating func perform(_ action: Action) -> AppCommand {
        switch action {
        case .back:
            screen = .list
            dropArticlesGoneWhileOpen()
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
            // Next and previous in the list's order, as the reader sees it.
            if let index = view?.index, let next = article(atPosition: listPositions[index] + 1) {
                return openArticle(next)
            } else {
                message = "This is the last article"
            }
        case .previousArticle:
            if let index = view?.index, let previous = article(atPosition: listPositions[index] - 1) {
                return openArticle(previous)
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
        case .ledgerPanel:
            return showLedgerPanel()
        case .listDown, .listUp, .listPageDown, .listPageUp, .listFirst, .listLast, .cycleListSort, .open, .quit, .searchCorpus,
             .filterList, .clearFilter,
             .panelDown, .panelUp, .panelPageDown, .panelPageUp, .panelFirst, .panelLast, .choose, .close,
             .editAnnotation, .deleteAnnotation, .mentionsAcrossCorpus, .nextVerdict, .previousVerdict, .verdictEvidence, .verdictNote, .selectWordForward, .selectWordBack,
             .selectLetterForward, .selectLetterBack, .selectLineDown, .selectLineUp, .selectOtherEnd, .cancelSelection,
             .helpDown, .helpUp, .helpPageDown, .helpPageUp, .runSearch, .cancelPrompt, .saveAnnotation, .cancelEditor,
             .completeTagOrSwitchField, .switchField:
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

    /// A header row with the title, the text, and the legend on the last row.
    func renderArticle(in area: Rect, into frame: inout Frame) {
        guard let view, let article = currentArticle else { return }
        frame.fill(area.top(1), style: theme.header)
        frame.put(" " + article.title, x: area.x, y: area.y, style: theme.header)
        let spans = highlightSpans(view) + annotationSpans(view) + searchSpans(view) + focusSpans(view)
        let margin = area.x + max(0, (area.width - textWidth) / 2)
        for row in 0..<max(1, area.height - 2) {
            let index = view.top + row
            guard view.layout.lines.indices.contains(index) else { break }
            let line = view.layout.lines[index]
            let base: Style
            switch line.kind {
            case .title: base = theme.title
            case .credit: base = theme.credit
            case .paragraph, .gap: base = .plain
            }
            LineRenderer.draw(line, of: article, into: &frame, row: area.y + 1 + row, x: margin,
                              limit: min(area.x + area.width, margin + textWidth), base: base, spans: spans)
        }
        renderLegend(in: area.bottom(1), into: &frame)
    }

    /// The text offsets the screen shows, for picking the spans worth drawing.
    func visibleOffsets(_ view: ArticleView) -> Range<Int> {
        let lines = view.layout.lines
        guard !lines.isEmpty else { return 0..<0 }
        let first = lines[min(view.top, lines.count - 1)].range.lowerBound
        let last = lines[max(0, min(view.top + bodyHeight, lines.count) - 1)].range.upperBound
        return first..<max(first, last)
    }

    /// The entities and claims on screen, each in its layer's style.
    func highlightSpans(_ view: ArticleView) -> [StyledSpan] {
        let visible = visibleOffsets(view)
        var spans: [StyledSpan] = []
        // Highlights are sorted by start and short: skip to the first that can reach the screen.
        let from = max(0, visible.lowerBound - 500)
        var low = 0, high = view.highlights.count
        while low < high {
            let middle = (low + high) / 2
            if view.highlights[middle].range.lowerBound < from { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < view.highlights.count, view.highlights[index].range.lowerBound < visible.upperBound {
            let highlight = view.highlights[index]
            if highlight.range.overlaps(visible) {
                spans.append(StyledSpan(range: highlight.range, style: theme.highlight(highlight.kind)))
            }
            index += 1
        }
        return spans
    }

    func focusSpans(_ view: ArticleView) -> [StyledSpan] {
        guard let focused = view.focused else { return [] }
        return [StyledSpan(range: focused.range, style: theme.focus)]
    }

    /// One line under the text: the layers and their styles, hidden ones dimmed; or what is pending.
    func renderLegend(in area: Rect, into frame: inout Frame) {
        guard let view else { return }
        let y = area.y
        guard records[view.index].analysis != nil else {
            frame.put(" analysing…", x: area.x, y: y, style: theme.secondary)
            return
        }
        var x = area.x + 1
        let items: [(String, Highlight.Kind)] = [
            ("person", .entity(.person)), ("org", .entity(.org)), ("place", .entity(.place)), ("norp", .entity(.norp)),
            ("count", .claim(.count)), ("%", .claim(.percent)), ("measure", .claim(.measure)),
            ("money", .claim(.money)), ("date", .claim(.date)), ("time", .claim(.time)),
            ("duration", .claim(.duration)), ("ordinal", .claim(.ordinal)), ("fraction", .claim(.fraction)),
        ]
        for (index, (label, kind)) in items.enumerated() {
            if index == 4 { x = frame.put("│ ", x: x, y: y, style: theme.secondary) }
            let style = config.layers.shows(kind) ? theme.highlight(kind) : theme.secondary
            let shown = config.layers.shows(kind) ? label : "·" + label
            guard x + CellWidth.of(shown) + 1 < area.x + area.width else { break }
            x = frame.put(shown, x: x, y: y, style: style)
            x = frame.put(" ", x: x, y: y)
        }
    }

    func searchSpans(_ view: ArticleView) -> [StyledSpan] {
        guard let search = view.search, !search.matches.isEmpty else { return [] }
        let lines = view.layout.lines
        let first = lines[min(view.top, lines.count - 1)].range.lowerBound
        let last = lines[min(view.top + bodyHeight, lines.count) - 1].range.upperBound
        var spans: [StyledSpan] = []
        // Matches are sorted: skip to the first one that can be on screen.
        var low = 0, high = search.matches.count
        while low < high {
            let middle = (low + high) / 2
            if search.matches[middle].upperBound <= first { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < search.matches.count, search.matches[index].lowerBound < last {
            let style = index == search.current ? theme.searchCurrent : theme.searchMatch
            spans.append(StyledSpan(range: search.matches[index], style: style))
            index += 1
        }
        return spans
    }
}
