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
        let whole = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let main = whole.droppingBottom(1)
        switch screen.kind {
        case .list: renderList(in: main, into: &frame)
        case .article: renderArticle(in: main, into: &frame)
        }
        renderOverlays(in: whole, into: &frame, overStatusLine: false)
        renderStatus(in: whole.bottom(1), room: whole, into: &frame)
        renderOverlays(in: whole, into: &frame, overStatusLine: true)
        return frame
    }

    // MARK: - List

    /// A header row, then two rows per article: its title, then its file, words and what was found in it.
    func renderList(in area: Rect, into frame: inout Frame) {
        frame.fill(area.top(1), style: theme.header)
        let count = records.count == 1 ? "1 article" : "\(records.count) articles"
        frame.put(" reader · \(count)", x: area.x, y: area.y, style: theme.header)
        let pending = records.filter { $0.analysis == nil }.count
        if pending > 0, !records.isEmpty {
            let note = "analysing \(records.count - pending)/\(records.count) "
            frame.put(note, x: area.x + max(0, area.width - CellWidth.of(note)), y: area.y, style: theme.header)
        }
        for row in 0..<max(1, (area.height - 1) / 2) {
            let index = listTop + row
            let y = area.y + 1 + row * 2
            if records.indices.contains(index) {
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
            } else if records.count <= index, index - records.count < problems.count {
                let problem = problems[index - records.count]
                frame.put(" ⚠ \(problem.path)", x: area.x, y: y, style: theme.problem)
                frame.put("   \(problem.message)", x: area.x, y: y + 1, style: theme.problem)
            }
        }
    }

    /// "000_cef5.txt · 498 words · 46 entities · 12 claims · 1 note", with "…" while analysing.
    func listDetails(_ index: Int) -> String {
        let article = records[index].article
        var parts = [article.fileName, "\(article.wordCount) words"]
        if let analysis = records[index].analysis {
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

    // MARK: - Status line

    /// The status line in `area`; a long message grows upwards into `room`.
    func renderStatus(in area: Rect, room: Rect, into frame: inout Frame) {
        // The search prompt draws itself on the status line.
        guard prompt == nil else { return }
        let y = area.y
        frame.fill(area, style: theme.status)
        var left: String
        var right: String
        switch screen.kind {
        case .list:
            left = " " + listHint
            right = records.isEmpty ? "" : "\(selected + 1)/\(records.count) "
        case .article:
            let article = currentArticle
            left = " " + (focusDescription ?? article?.fileName ?? "")
            right = "\((view?.index ?? 0) + 1)/\(records.count) · \(percentRead)% "
        }
        if let message {
            left = " " + message
            // A message longer than the line takes as many lines above it as it needs, whole.
            if CellWidth.of(left) > area.width - CellWidth.of(right) - 1 {
                renderLongMessage(left, in: room, into: &frame)
                return
            }
        }
        let rightWidth = CellWidth.of(right)
        frame.put(left, x: area.x, y: y, style: theme.status, limit: area.x + max(0, area.width - rightWidth - 1))
        frame.put(right, x: area.x + max(0, area.width - rightWidth), y: y, style: theme.status)
    }

    /// The list's status hint, naming each action's first key in the list table: "j/k move · Enter open · ? help · q quit".
    var listHint: String {
        func key(_ action: Action) -> String { keyMap.keys(for: action, in: .list).first.map(KeyMap.name(of:)) ?? "(unbound)" }
        return "\(key(.listDown))/\(key(.listUp)) move · \(key(.open)) open · \(key(.help)) help · \(key(.quit)) quit"
    }

    /// `text` wrapped at spaces to the screen width and drawn up from the status line; what
    /// cannot fit on the screen at all ends in "…".
    func renderLongMessage(_ text: String, in area: Rect, into frame: inout Frame) {
        let width = max(1, area.width - 1)
        var lines = AppState.wrapped(text, width: width)
        let room = max(1, area.height - 1)
        if lines.count > room {
            lines = Array(lines.prefix(room))
            lines[room - 1] = truncated(lines[room - 1], to: width - 1) + "…"
        }
        let rows = area.bottom(lines.count)
        frame.fill(rows, style: theme.status)
        for (row, line) in lines.enumerated() {
            frame.put(line, x: rows.x, y: rows.y + row, style: theme.status, limit: rows.x + rows.width)
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
}
