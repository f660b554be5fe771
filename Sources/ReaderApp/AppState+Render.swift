import Annotations

extension AppState {
    /// The whole screen for the current state.
    public func render() -> Frame {
        var frame = Frame(size: size)
        guard size.width > 0, size.height > 0 else { return frame }
        if isTooSmall {
            let lines = ["Too small", "\(size.width)x\(size.height), need", "\(AppState.minimumSize.width)x\(AppState.minimumSize.height)"]
            for (row, text) in lines.enumerated() where row < size.height {
                frame.put(text, x: 0, y: row, style: theme.problem)
            }
            return frame
        }
        switch screen {
        case .list: renderList(into: &frame)
        case .article:
            renderArticle(into: &frame)
            if let panel { renderPanel(panel, into: &frame) }
            if let editor { renderEditor(editor, into: &frame) }
        }
        renderStatus(into: &frame)
        if showHelp { renderHelp(into: &frame) }
        return frame
    }

    // MARK: - List

    /// Two rows per article: its title, then its file, words and what was found in it.
    func renderList(into frame: inout Frame) {
        frame.fill(row: 0, style: theme.header)
        let count = articles.count == 1 ? "1 article" : "\(articles.count) articles"
        frame.put(" reader · \(count)", x: 0, y: 0, style: theme.header)
        let pending = analyses.filter { $0 == nil }.count
        if pending > 0, !articles.isEmpty {
            let note = "analysing \(articles.count - pending)/\(articles.count) "
            frame.put(note, x: max(0, size.width - CellWidth.of(note)), y: 0, style: theme.header)
        }
        for row in 0..<listRows {
            let index = listTop + row
            let y = 1 + row * 2
            if articles.indices.contains(index) {
                let article = articles[index]
                let isSelected = index == selected
                if isSelected {
                    frame.fill(row: y, style: theme.selection)
                    frame.fill(row: y + 1, style: theme.selection)
                }
                let marker = article.warnings.isEmpty ? " " : "!"
                let title = article.title.isEmpty ? "(untitled)" : article.title
                let titleStyle = isSelected ? theme.selection : (article.warnings.isEmpty ? Style(bold: true) : theme.problem)
                var shown = title
                if CellWidth.of(title) > size.width - 2 { shown = truncated(title, to: size.width - 3) + "…" }
                frame.put(marker + shown, x: 0, y: y, style: titleStyle)
                frame.put("   " + listDetails(index), x: 0, y: y + 1,
                          style: isSelected ? theme.selection : theme.secondary)
            } else if articles.count <= index, index - articles.count < problems.count {
                let problem = problems[index - articles.count]
                frame.put(" ⚠ \(problem.path)", x: 0, y: y, style: theme.problem)
                frame.put("   \(problem.message)", x: 0, y: y + 1, style: theme.problem)
            }
        }
    }

    /// "000_cef5.txt · 498 words · 46 entities · 12 claims · 1 note" (after the file, the source and
    /// date when the article's format gave them), with "…" while analysing.
    func listDetails(_ index: Int) -> String {
        let article = articles[index]
        var parts = [article.fileName] + [article.metadata.source, article.metadata.date].compactMap { $0 }
        parts.append("\(article.wordCount) words")
        if let analysis = analyses[index] {
            parts.append(AppState.plural(analysis.entities.count, "entity", "entities"))
            parts.append(AppState.plural(analysis.claims.count, "claim", "claims"))
        } else {
            parts.append("analysing…")
        }
        if let notes = noteCount(index) { parts.append(AppState.plural(notes, "note", "notes")) }
        return parts.joined(separator: " · ")
    }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    /// `text` cut to at most `width` cells.
    func truncated(_ text: String, to width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let cells = CellWidth.of(String(character))
            if used + cells > width { break }
            used += cells
            result.append(character)
        }
        return result
    }

    // MARK: - Article

    func renderArticle(into frame: inout Frame) {
        guard let view, let article = currentArticle else { return }
        frame.fill(row: 0, style: theme.header)
        frame.put(" " + article.title, x: 0, y: 0, style: theme.header)
        let spans = highlightSpans(view) + annotationSpans(view) + searchSpans(view) + focusSpans(view)
        let margin = max(0, (size.width - textWidth) / 2)
        for row in 0..<bodyHeight {
            let index = view.top + row
            guard view.layout.lines.indices.contains(index) else { break }
            let line = view.layout.lines[index]
            let base: Style
            switch line.kind {
            case .title: base = theme.title
            case .credit: base = theme.credit
            case .paragraph, .gap: base = .plain
            }
            LineRenderer.draw(line, of: article, into: &frame, row: row + 1, x: margin,
                              limit: min(size.width, margin + textWidth), base: base, spans: spans)
        }
        renderLegend(into: &frame, y: size.height - 2)
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
    func renderLegend(into frame: inout Frame, y: Int) {
        guard let view else { return }
        guard analyses[view.index] != nil else {
            frame.put(" analysing…", x: 0, y: y, style: theme.secondary)
            return
        }
        var x = 1
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
            guard x + CellWidth.of(shown) + 1 < size.width else { break }
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

    // MARK: - Status line and prompt

    func renderStatus(into frame: inout Frame) {
        let y = size.height - 1
        frame.fill(row: y, style: theme.status)
        if let prompt {
            let (text, cursorColumn) = prompt.visible(width: size.width - 1)
            frame.put("/", x: 0, y: y, style: theme.status)
            frame.put(text, x: 1, y: y, style: theme.status)
            frame.cursor = (x: 1 + cursorColumn, y: y)
            return
        }
        var left: String
        var right: String
        switch screen {
        case .list:
            left = " j/k move · Enter open · ? help · q quit"
            right = articles.isEmpty ? "" : "\(selected + 1)/\(articles.count) "
        case .article:
            let article = currentArticle
            left = " " + (focusDescription ?? article?.fileName ?? "")
            right = "\((view?.index ?? 0) + 1)/\(articles.count) · \(percentRead)% "
        }
        if let message {
            left = " " + message
            // A message longer than the line takes as many lines above it as it needs, whole.
            if CellWidth.of(left) > size.width - CellWidth.of(right) - 1 {
                renderLongMessage(left, into: &frame)
                return
            }
        }
        let rightWidth = CellWidth.of(right)
        frame.put(left, x: 0, y: y, style: theme.status, limit: max(0, size.width - rightWidth - 1))
        frame.put(right, x: max(0, size.width - rightWidth), y: y, style: theme.status)
    }

    /// `text` wrapped at spaces to the screen width and drawn up from the status line; what
    /// cannot fit on the screen at all ends in "…".
    func renderLongMessage(_ text: String, into frame: inout Frame) {
        let width = max(1, size.width - 1)
        var lines = AppState.wrapped(text, width: width)
        let room = max(1, size.height - 1)
        if lines.count > room {
            lines = Array(lines.prefix(room))
            lines[room - 1] = truncated(lines[room - 1], to: width - 1) + "…"
        }
        let top = size.height - lines.count
        for (row, line) in lines.enumerated() {
            frame.fill(row: top + row, style: theme.status)
            frame.put(line, x: 0, y: top + row, style: theme.status, limit: size.width)
        }
    }

    /// Lines of at most `width` cells, broken after spaces where there is one, else anywhere.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = "", lineWidth = 0
        var lastSpace: String.Index? = nil
        for character in text {
            let cells = CellWidth.of(String(character))
            if lineWidth + cells > width, !line.isEmpty {
                if let space = lastSpace, space > line.startIndex {
                    let rest = String(line[line.index(after: space)...])
                    lines.append(String(line[..<space]))
                    line = rest
                } else {
                    lines.append(line)
                    line = ""
                }
                lineWidth = CellWidth.of(line)
                lastSpace = line.lastIndex(of: " ")
            }
            if character == " " { lastSpace = line.endIndex }
            line.append(character)
            lineWidth += cells
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    // MARK: - Help

    func renderHelp(into frame: inout Frame) {
        let lines = HelpText.lines(keyMap: keyMap)
        let width = min(size.width - 2, (lines.map { CellWidth.of($0) }.max() ?? 0) + 4)
        let height = min(size.height - 2, lines.count + 2)
        let left = max(0, (size.width - width) / 2)
        let top = max(0, (size.height - height) / 2)
        for row in 0..<height {
            frame.put(String(repeating: " ", count: width), x: left, y: top + row, style: theme.header)
        }
        let scrolls = lines.count > height - 2
        frame.put(scrolls ? " Keys (j/k scroll, any other key closes) " : " Keys (any key closes) ", x: left + 2, y: top,
                  style: theme.header, limit: left + width)
        for (index, line) in lines.dropFirst(helpTop).prefix(height - 2).enumerated() {
            frame.put(line, x: left + 2, y: top + 1 + index, style: theme.header, limit: left + width)
        }
    }
}
