import Annotations

extension AppState {
    /// Rows a panel shows at once: the body less its title and hint lines.
    var panelRows: Int { max(1, size.height - 4) }

    // MARK: - Opening

    mutating func openEntityPanel() {
        guard let view, let analysis = analyses[view.index] else {
            message = "Still analysing this article…"
            return
        }
        let groups = EntityGroup.groups(in: analysis.entities)
        let rows = groups.map { group in
            PanelRow(text: "\(group.type.rawValue.padding(5)) \(group.name)", detail: "\(group.ranges.count)×",
                     style: theme.highlight(.entity(group.type)),
                     target: .mentions(name: group.name, ranges: group.ranges))
        }
        panel = Panel(kind: .entities, title: "Entities in this article (\(groups.count))",
                      rows: rows.isEmpty ? [PanelRow(text: "No entities found")] : rows,
                      hint: "Enter: go to mentions (n/N next) · a: articles that mention it · Esc: close")
    }

    mutating func openClaimPanel() {
        guard let view, let analysis = analyses[view.index] else {
            message = "Still analysing this article…"
            return
        }
        let rows = analysis.claims.map { claim in
            PanelRow(text: "\(claim.kind.rawValue.padding(8)) \(claim.text)", detail: AppState.describe(claim),
                     style: theme.highlight(.claim(claim.kind)),
                     target: .highlight(.claim(claim.kind), claim.start..<claim.end))
        }
        panel = Panel(kind: .claims, title: "Numeric claims in this article (\(rows.count))",
                      rows: rows.isEmpty ? [PanelRow(text: "No numeric claims found")] : rows,
                      hint: "Enter: go to the claim · Esc: close")
    }

    mutating func openLayersPanel(selecting kind: Highlight.Kind? = nil) {
        var rows: [PanelRow] = [PanelRow(text: "Entities", style: Style(bold: true))]
        for type in EntityType.allCases {
            let kind = Highlight.Kind.entity(type)
            rows.append(PanelRow(text: "[\(config.layers.shows(kind) ? "x" : " ")] \(type.rawValue)",
                                 detail: AppState.layerDescription(kind), style: theme.highlight(kind), target: .layer(kind)))
        }
        rows.append(PanelRow(text: "Claims", style: Style(bold: true)))
        for claimKind in ClaimKind.allCases {
            let kind = Highlight.Kind.claim(claimKind)
            rows.append(PanelRow(text: "[\(config.layers.shows(kind) ? "x" : " ")] \(claimKind.rawValue)",
                                 detail: AppState.layerDescription(kind), style: theme.highlight(kind), target: .layer(kind)))
        }
        var newPanel = Panel(kind: .layers, title: "Highlight layers (kept in the config file)", rows: rows,
                             hint: "Enter/Space: show or hide · E: all entities · C: all claims · Esc: close")
        if let kind, let index = rows.firstIndex(where: { $0.target == .layer(kind) }) { newPanel.selected = index }
        panel = newPanel
    }

    /// Every analysed article that mentions an entity, with the number of mentions.
    mutating func openCorpusPanel(name: String, type: EntityType) {
        var rows: [PanelRow] = []
        var pending = 0
        for (index, article) in articles.enumerated() {
            guard let analysis = analyses[index] else {
                pending += 1
                continue
            }
            let ranges = analysis.entities.filter { $0.type == type && $0.canonical == name }.map { $0.start..<$0.end }
            guard !ranges.isEmpty else { continue }
            rows.append(PanelRow(text: article.title.isEmpty ? article.fileName : article.title,
                                 detail: "\(ranges.count)× · \(article.fileName)",
                                 target: .article(index: index, name: name, ranges: ranges)))
        }
        if pending > 0 { rows.append(PanelRow(text: "(\(pending) article\(pending == 1 ? "" : "s") still being analysed)")) }
        panel = Panel(kind: .corpus, title: "Articles that mention \(name) (\(type.rawValue))",
                      rows: rows.isEmpty ? [PanelRow(text: "No article mentions it")] : rows,
                      hint: "Enter: open the article at its mentions · Esc: close")
    }

    static func layerDescription(_ kind: Highlight.Kind) -> String {
        switch kind {
        case .entity(.person): "people"
        case .entity(.org): "organisations, agencies, media"
        case .entity(.place): "countries, cities, regions, places"
        case .entity(.norp): "nationalities, religious and political groups"
        case .claim(.count): "how many"
        case .claim(.percent): "percentages"
        case .claim(.measure): "distances, weights, sizes"
        case .claim(.money): "amounts of money"
        case .claim(.duration): "how long, ages"
        case .claim(.time): "clock times"
        case .claim(.date): "dates and years"
        case .claim(.ordinal): "first, second…"
        case .claim(.fraction): "three-quarters, half…"
        }
    }

    // MARK: - Keys

    mutating func handlePanelKey(_ key: Key) -> AppCommand {
        guard var panel else { return .none }
        switch key {
        case .escape, .character("q"):
            self.panel = nil
        case .character("j"), .down, .tab:
            panel.move(by: 1, visibleRows: panelRows)
            self.panel = panel
        case .character("k"), .up, .backTab:
            panel.move(by: -1, visibleRows: panelRows)
            self.panel = panel
        case .character(" ") where panel.kind != .layers, .pageDown:
            panel.move(by: panelRows, visibleRows: panelRows)
            self.panel = panel
        case .pageUp, .character("b"):
            panel.move(by: -panelRows, visibleRows: panelRows)
            self.panel = panel
        case .character("g"), .home:
            panel.move(by: -panel.rows.count, visibleRows: panelRows)
            self.panel = panel
        case .character("G"), .end:
            panel.move(by: panel.rows.count, visibleRows: panelRows)
            self.panel = panel
        case .character("E") where panel.kind == .layers:
            let command = changeLayers { $0.toggleEntities() }
            reopenLayers(keeping: panel)
            return command
        case .character("C") where panel.kind == .layers:
            let command = changeLayers { $0.toggleClaims() }
            reopenLayers(keeping: panel)
            return command
        case .character("e") where panel.kind == .annotations:
            if case .annotation(let id)? = panel.selectedRow?.target { editAnnotation(id: id) }
        case .character("d") where panel.kind == .annotations, .delete where panel.kind == .annotations:
            if case .annotation(let id)? = panel.selectedRow?.target {
                // The panel is rebuilt when the store's answer comes back with the annotations.
                return deleteAnnotation(id: id)
            }
        case _ where panel.kind == .annotations && keyMap.action(for: key) == .undo:
            return undo()
        case .character("a") where panel.kind == .entities:
            if case .mentions(let name, _)? = panel.selectedRow?.target,
               let type = selectedEntityType(panel) {
                openCorpusPanel(name: name, type: type)
            }
        case .enter, .character(" "), .character("l"), .right:
            return choose(panel.selectedRow?.target ?? .none, in: panel)
        default:
            break
        }
        return .none
    }

    func selectedEntityType(_ panel: Panel) -> EntityType? {
        guard case .mentions(let name, let ranges)? = panel.selectedRow?.target, let first = ranges.first,
              let analysis = currentAnalysis else { return nil }
        return analysis.entities.first { $0.canonical == name && $0.start == first.lowerBound }?.type
    }

    mutating func reopenLayers(keeping old: Panel) {
        let selectedTarget = old.selectedRow?.target
        openLayersPanel()
        if let selectedTarget, var panel, let index = panel.rows.firstIndex(where: { $0.target == selectedTarget }) {
            panel.selected = index
            panel.top = old.top
            self.panel = panel
        }
    }

    /// Does what a panel row says.
    mutating func choose(_ target: PanelRow.Target, in panel: Panel) -> AppCommand {
        switch target {
        case .none:
            return .none
        case .layer(let kind):
            let command = changeLayers { layers in
                switch kind {
                case .entity(let type): layers.toggle(type)
                case .claim(let claimKind): layers.toggle(claimKind)
                }
            }
            reopenLayers(keeping: panel)
            return command
        case .mentions(let name, let ranges):
            self.panel = nil
            showMentions(name: name, ranges: ranges)
        case .highlight(let kind, let range):
            self.panel = nil
            focus(kind: kind, range: range)
            if view?.focus == nil { message = "That layer is hidden (h shows the layers)" }
        case .article(let index, let name, let ranges):
            self.panel = nil
            openArticle(index)
            showMentions(name: name, ranges: ranges)
        case .annotation(let id):
            self.panel = nil
            jumpToAnnotation(id: id)
        }
        return .none
    }

    /// Makes an entity's mentions the article's matches, so n/N go through them, and goes to the first.
    mutating func showMentions(name: String, ranges: [Range<Int>]) {
        guard var view, let first = ranges.first else { return }
        view.search = SearchState(query: name, matches: ranges, current: 0)
        self.view = view
        reveal(offset: first.lowerBound)
        message = "\(name): mention 1 of \(ranges.count) (n/N for the others)"
    }

    // MARK: - Drawing

    func renderPanel(_ panel: Panel, into frame: inout Frame) {
        for y in 1..<(size.height - 1) { frame.fill(row: y, style: .plain) }
        frame.fill(row: 1, style: theme.header)
        frame.put(" " + panel.title, x: 0, y: 1, style: theme.header)
        let rows = panelRows
        for row in 0..<rows {
            let index = panel.top + row
            guard panel.rows.indices.contains(index) else { break }
            let item = panel.rows[index]
            let y = row + 2
            let isSelected = index == panel.selected && item.target != .none
            if isSelected { frame.fill(row: y, style: theme.selection) }
            let detailWidth = min(CellWidth.of(item.detail), max(0, size.width / 2 - 2))
            let textLimit = size.width - (detailWidth > 0 ? detailWidth + 2 : 0)
            let style = isSelected ? theme.selection : item.style
            frame.put(" " + item.text, x: 0, y: y, style: style, limit: textLimit)
            if detailWidth > 0 {
                frame.put(truncated(item.detail, to: detailWidth), x: size.width - detailWidth - 1, y: y,
                          style: isSelected ? theme.selection : theme.secondary)
            }
        }
        frame.put(" " + panel.hint, x: 0, y: size.height - 2, style: theme.secondary)
    }
}
