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

    // MARK: - Status line

    /// The status line in `area`; a long message grows upwards into `room`.
    func renderStatus(in area: Rect, room: Rect, into frame: inout Frame) {
        // The search prompt draws itself on the status line.
        guard prompt == nil else { return }
        if screen.kind == .list, let listFilter, message == nil || listFilter.editing {
            renderFilterLine(listFilter, in: area, into: &frame)
            return
        }
        let y = area.y
        frame.fill(area, style: theme.status)
        var left: String
        var right: String
        switch screen.kind {
        case .list:
            left = " " + listHint
            right = records.isEmpty ? "" : "\(selectedPosition + 1)/\(records.count) "
        case .article:
            let article = currentArticle
            // The page's address, when its format gave one, is the back-link a reader cites.
            let place = article.map { article in article.metadata.url.map { "\(article.fileName) · \($0)" } ?? article.fileName }
            left = " " + (focusDescription ?? place ?? "")
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
