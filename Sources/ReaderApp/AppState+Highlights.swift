import Annotations

extension AppState {
    // MARK: - Analysis

    /// Takes an article's analysis from the background recogniser.
    public mutating func receive(_ analysis: Analysis, for index: Int) {
        // The offsets need the text: the world reads an article before handing over its analysis.
        guard records.indices.contains(index), !records[index].isGone, let article = records[index].article else { return }
        if records[index].analysis == nil { analysedCount += 1 }
        records[index].analysis = article.shownPart(of: analysis)
        if view?.index == index { refreshHighlights() }
        // Sorting by claims after every analysis would be quadratic over a large corpus in the
        // background: the order is brought up to date as the analysed count doubles, and at the end.
        let count = analysedCount
        if listSort == .claims, count & (count - 1) == 0 || count == records.count { sortList() }
    }

    /// Rebuilds the open article's highlights from its analysis and the layers.
    mutating func refreshHighlights() {
        guard let index = view?.index else { return }
        // A verdict sits on an annotation whose span is the claim's (as the ledger places it).
        let judged = Set(records[index].annotations.compactMap { $0.annotation.verdict == nil ? nil : $0.range })
        let highlights = records[index].analysis.map { Highlight.all(in: $0, layers: config.layers, judgedClaims: judged) } ?? []
        updateView { $0.setHighlights(highlights) }
    }

    // MARK: - Focus

    /// Moves the focus to the next (or previous) highlight, starting from the top of the screen
    /// when nothing has the focus or the focused one scrolled out of view, and scrolls to it.
    mutating func moveFocus(forward: Bool) {
        guard let view else { return }
        guard !view.highlights.isEmpty else {
            message = records[view.index].analysis == nil ? "Still analysing this article…"
                : "No highlights to move to (h shows the layers)"
            return
        }
        let count = view.highlights.count
        let next: Int
        if let focus = view.focus, isOnScreen(view.highlights[focus].range.lowerBound) {
            next = forward ? focus + 1 : focus - 1
        } else {
            let top = view.topOffset
            let firstVisible = view.highlights.firstIndex { $0.range.lowerBound >= top } ?? count
            next = forward ? firstVisible : firstVisible - 1
        }
        let focus: Int
        if next >= count {
            focus = 0
            message = "Wrapped to the first highlight"
        } else if next < 0 {
            focus = count - 1
            message = "Wrapped to the last highlight"
        } else {
            focus = next
        }
        updateView { $0.focus = focus }
        reveal(offset: view.highlights[focus].range.lowerBound)
    }

    /// Puts the focus on the highlight at `range`, if the layers show it.
    mutating func focus(kind: Highlight.Kind, range: Range<Int>) {
        updateView { view in view.focus = view.highlights.firstIndex { $0.range == range && $0.kind == kind } }
        reveal(offset: range.lowerBound)
    }

    func isOnScreen(_ offset: Int) -> Bool {
        guard let view else { return false }
        let line = view.layout.lineIndex(containing: offset)
        return line >= view.top && line < view.top + bodyHeight
    }

    /// What the status line says of the focused highlight: the entity's type, canonical name and
    /// mentions; the claim's kind, value, qualifier and unit.
    public var focusDescription: String? {
        guard let view, let focused = view.focused, let analysis = records[view.index].analysis else { return nil }
        switch focused.kind {
        case .entity(let type):
            guard analysis.entities.indices.contains(focused.index) else { return nil }
            let entity = analysis.entities[focused.index]
            let mentions = analysis.entities.filter { $0.canonical == entity.canonical && $0.type == entity.type }.count
            let name = entity.canonical == entity.text ? entity.text : "\(entity.canonical) (“\(entity.text)”)"
            return "\(type.rawValue) \(name) · \(mentions) mention\(mentions == 1 ? "" : "s")"
        case .claim(let kind):
            guard analysis.claims.indices.contains(focused.index) else { return nil }
            return "\(kind.rawValue) " + AppState.describe(analysis.claims[focused.index])
        }
    }

    /// A claim's normalised value with its qualifier and unit: "8000 · nearer · evacuees".
    public static func describe(_ claim: Claim) -> String {
        var parts: [String] = []
        if let normalized = claim.normalized {
            parts.append(normalized)
        } else if let value = claim.value {
            parts.append(formatNumber(value))
        }
        if let qualifier = claim.qualifier {
            switch claim.bound {
            case .lower?: parts.append("\(qualifier) (at least)")
            case .upper?: parts.append("\(qualifier) (at most)")
            case .approximate?: parts.append("\(qualifier) (approx.)")
            case nil: parts.append(qualifier)
            }
        }
        if let unit = claim.unit { parts.append(unit) }
        return parts.isEmpty ? "“\(claim.text)”" : parts.joined(separator: " · ")
    }

    /// 20000 as "20000", 0.75 as "0.75": no needless ".0".
    public static func formatNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    // MARK: - Layers

    mutating func changeLayers(_ change: (inout HighlightLayers) -> Void) -> AppCommand {
        change(&config.layers)
        refreshHighlights()
        return .saveConfig(config)
    }

    // MARK: - Mouse

    /// A click on a highlight focuses it; a click elsewhere in the text clears the focus.
    mutating func clickInArticle(x: Int, y: Int) {
        guard let view, let article = currentArticle, y >= 1, y <= bodyHeight else { return }
        let lineIndex = view.top + y - 1
        guard view.layout.lines.indices.contains(lineIndex) else { return }
        let margin = max(0, (size.width - textWidth) / 2)
        let offset = LineRenderer.offset(atColumn: x, of: view.layout.lines[lineIndex], in: article, x: margin)
        let focus = offset.flatMap { offset in view.highlights.lastIndex { $0.range.contains(offset) } }
        updateView { $0.focus = focus }
    }
}
