import Annotations

/// A panel's keys, mouse and drawing: j/k move, Enter chooses the row, Esc or q closes; the
/// layers and annotations panels have keys of their own. Building each panel's rows is in AppState+Panels.
extension AppState {
    /// The keys of the panel's own kind first, then those of every panel.
    mutating func handlePanelKey(_ key: Key, environment: AppEnvironment) -> AppCommand {
        guard let panel else { return .none }
        let kindMode: KeyMode? = switch panel.kind {
        case .layers: .layersPanel
        case .annotations: .annotationsPanel
        case .entities: .entitiesPanel
        case .ledger: .ledgerPanel
        case .claims, .corpus, .corpusSearch: nil
        }
        guard let action = kindMode.flatMap({ keyMap.action(for: key, in: $0) }) ?? keyMap.action(for: key, in: .panel)
        else { return .none }
        return perform(action, in: panel, environment: environment)
    }

    /// Does what a panel key is bound to.
    mutating func perform(_ action: Action, in panel: Panel, environment: AppEnvironment) -> AppCommand {
        var panel = panel
        switch action {
        case .close:
            self.panel = nil
        case .panelDown:
            panel.move(by: 1, visibleRows: panelRows)
            self.panel = panel
        case .panelUp:
            panel.move(by: -1, visibleRows: panelRows)
            self.panel = panel
        case .panelPageDown:
            panel.move(by: panelRows, visibleRows: panelRows)
            self.panel = panel
        case .panelPageUp:
            panel.move(by: -panelRows, visibleRows: panelRows)
            self.panel = panel
        case .panelFirst:
            panel.move(by: -panel.rows.count, visibleRows: panelRows)
            self.panel = panel
        case .panelLast:
            panel.move(by: panel.rows.count, visibleRows: panelRows)
            self.panel = panel
        case .toggleEntities:
            let command = changeLayers { $0.toggleEntities() }
            reopenLayers(keeping: panel)
            return command
        case .toggleClaims:
            let command = changeLayers { $0.toggleClaims() }
            reopenLayers(keeping: panel)
            return command
        case .editAnnotation:
            if case .annotation(let id)? = panel.selectedRow?.target { editAnnotation(id: id) }
        case .deleteAnnotation:
            if case .annotation(let id)? = panel.selectedRow?.target {
                // The panel is rebuilt when the store's answer comes back with the annotations.
                return deleteAnnotation(id: id)
            }
        case .undo:
            return undo()
        case .mentionsAcrossCorpus:
            if case .mentions(let name, _)? = panel.selectedRow?.target,
               let type = selectedEntityType(panel) {
                if indexAnswersMentions { return lookUpEntityArticles(name: name, type: type) }
                openCorpusPanel(name: name, type: type)
            }
        case .nextVerdict, .previousVerdict:
            return cycleVerdict(by: action == .nextVerdict ? 1 : -1, in: panel, environment: environment)
        case .verdictEvidence, .verdictNote:
            openVerdictPrompt(action == .verdictEvidence ? .evidence : .note, in: panel)
        case .choose:
            return choose(panel.selectedRow?.target ?? .none, in: panel)
        default:
            break
        }
        return .none
    }

    /// The wheel moves the selection three rows; a click chooses the row under it.
    mutating func handlePanelMouse(_ mouse: MouseEvent, in panel: Panel) -> AppCommand {
        var panel = panel
        switch mouse.action {
        case .wheelDown: panel.move(by: 3, visibleRows: panelRows)
        case .wheelUp: panel.move(by: -3, visibleRows: panelRows)
        case .click:
            let index = panel.top + mouse.y - 2
            if mouse.y >= 2, panel.rows.indices.contains(index), panel.rows[index].target != .none {
                panel.selected = index
                self.panel = panel
                return choose(panel.rows[index].target, in: panel)
            }
        }
        self.panel = panel
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
        case .unjudgedClaimsLayer:
            let command = changeLayers { $0.hidesUnjudgedClaims.toggle() }
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
        case .entityMentions(let index, let name, let type):
            self.panel = nil
            return openAtMentions(index, name: name, type: type)
        case .annotation(let id):
            self.panel = nil
            jumpToAnnotation(id: id)
        case .searchHit(let articleIndex, let line, let column, let query):
            self.panel = nil
            return openArticle(articleIndex, at: (query: query, line: line, column: column))
        case .claim(let articleIndex, let range, let kind):
            self.panel = nil
            // The article may not be read or analysed yet (a list from the corpus index): the
            // claim is focused once it is open and analysed.
            claimToFocus = (articleIndex, range, kind)
            let command = view?.index == articleIndex ? AppCommand.none : openArticle(articleIndex)
            showPendingClaim()
            return command
        }
        return .none
    }

    /// A title row, the rows that fit, and the hint on the last row of `area`.
    func renderPanel(_ panel: Panel, in area: Rect, into frame: inout Frame) {
        frame.fill(area, style: .plain)
        frame.fill(area.top(1), style: theme.header)
        let right = area.x + area.width
        frame.put(" " + panel.title, x: area.x, y: area.y, style: theme.header, limit: right)
        for row in 0..<max(1, area.height - 2) {
            let index = panel.top + row
            guard panel.rows.indices.contains(index) else { break }
            let item = panel.rows[index]
            let y = area.y + 1 + row
            let isSelected = index == panel.selected && item.target != .none
            if isSelected { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme.selection) }
            let detailWidth = min(CellWidth.of(item.detail), max(0, area.width / 2 - 2))
            let textLimit = right - (detailWidth > 0 ? detailWidth + 2 : 0)
            let style = isSelected ? theme.selection : item.style
            frame.put(" " + item.text, x: area.x, y: y, style: style, limit: textLimit)
            if detailWidth > 0 {
                frame.put(truncated(item.detail, to: detailWidth), x: right - detailWidth - 1, y: y,
                          style: isSelected ? theme.selection : theme.secondary, limit: right)
            }
        }
        frame.put(" " + panel.hint, x: area.x, y: area.lastRow, style: theme.secondary, limit: right)
    }
}
