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
        case .article: renderArticle(into: &frame)
        }
        renderStatus(into: &frame)
        if showHelp { renderHelp(into: &frame) }
        return frame
    }

    // MARK: - List

    func renderList(into frame: inout Frame) {
        frame.fill(row: 0, style: theme.header)
        let count = articles.count == 1 ? "1 article" : "\(articles.count) articles"
        frame.put(" reader · \(count)", x: 0, y: 0, style: theme.header)
        let showFile = size.width >= 60
        let fileWidth = showFile ? min(28, articles.map { CellWidth.of($0.fileName) }.max() ?? 0) : 0
        let wordsWidth = 11
        for row in 0..<bodyHeight {
            let index = listTop + row
            let y = row + 1
            if articles.indices.contains(index) {
                let article = articles[index]
                let isSelected = index == selected
                let style = isSelected ? theme.selection : Style.plain
                if isSelected { frame.fill(row: y, style: style) }
                let marker = article.warnings.isEmpty ? " " : "!"
                let right = wordsWidth + (showFile ? fileWidth + 2 : 0)
                let titleLimit = max(4, size.width - right - 1)
                var title = article.title.isEmpty ? "(untitled)" : article.title
                if CellWidth.of(title) > titleLimit - 2 { title = truncated(title, to: titleLimit - 3) + "…" }
                frame.put(marker + title, x: 0, y: y, style: isSelected ? style : (article.warnings.isEmpty ? style : theme.problem), limit: titleLimit)
                if showFile {
                    frame.put(truncated(article.fileName, to: fileWidth), x: size.width - right, y: y,
                              style: isSelected ? style : theme.secondary)
                }
                let words = "\(article.wordCount) words"
                frame.put(words, x: size.width - CellWidth.of(words) - 1, y: y, style: isSelected ? style : theme.secondary)
            } else if articles.count <= index, index - articles.count < problems.count {
                let problem = problems[index - articles.count]
                frame.put(" ⚠ \(problem.path): \(problem.message)", x: 0, y: y, style: theme.problem)
            }
        }
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
        let spans = searchSpans(view)
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
            left = " " + (article?.fileName ?? "")
            right = "\((view?.index ?? 0) + 1)/\(articles.count) · \(percentRead)% "
        }
        if let message { left = " " + message }
        let rightWidth = CellWidth.of(right)
        frame.put(left, x: 0, y: y, style: theme.status, limit: max(0, size.width - rightWidth - 1))
        frame.put(right, x: max(0, size.width - rightWidth), y: y, style: theme.status)
    }

    // MARK: - Help

    func renderHelp(into frame: inout Frame) {
        let lines = HelpText.lines
        let width = min(size.width - 2, (lines.map { CellWidth.of($0) }.max() ?? 0) + 4)
        let height = min(size.height - 2, lines.count + 2)
        let left = max(0, (size.width - width) / 2)
        let top = max(0, (size.height - height) / 2)
        for row in 0..<height {
            frame.put(String(repeating: " ", count: width), x: left, y: top + row, style: theme.header)
        }
        frame.put(" Keys (any key closes) ", x: left + 2, y: top, style: theme.header)
        for (index, line) in lines.prefix(height - 2).enumerated() {
            frame.put(line, x: left + 2, y: top + 1 + index, style: theme.header, limit: left + width)
        }
    }
}
