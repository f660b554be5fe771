import Annotations

extension AppState {
    /// Rows a panel shows at once: the body less its title and hint lines.
    var panelRows: Int { max(1, size.height - 4) }

    // MARK: - Opening

    mutating func openEntityPanel() {
        guard let view, let analysis = records[view.index].analysis else {
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
        guard let view, let analysis = records[view.index].analysis else {
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
        rows.append(PanelRow(text: "[\(config.layers.hidesUnjudgedClaims ? " " : "x")] unjudged",
                             detail: "claims nobody has given a verdict", target: .unjudgedClaimsLayer))
        var newPanel = Panel(kind: .layers, title: "Highlight layers (kept in the config file)", rows: rows,
                             hint: "Enter/Space: show or hide · E: all entities · C: all claims · Esc: close")
        if let kind, let index = rows.firstIndex(where: { $0.target == .layer(kind) }) { newPanel.selected = index }
        panel = newPanel
    }

    /// Every analysed article that mentions an entity, with the number of mentions.
    mutating func openCorpusPanel(name: String, type: EntityType) {
        var rows: [PanelRow] = []
        var pending = 0
        for (index, record) in records.enumerated() {
            let article = record.summary
            guard let analysis = record.analysis else {
                pending += 1
                continue
            }
            let ranges = analysis.entities.filter { $0.type == type && $0.canonical == name }.map { $0.start..<$0.end }
            guard !ranges.isEmpty else { continue }
            rows.append(PanelRow(text: article.title?.isEmpty == false ? article.shownTitle : article.fileName,
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

    /// Makes an entity's mentions the article's matches, so n/N go through them, and goes to the first.
    mutating func showMentions(name: String, ranges: [Range<Int>]) {
        guard view != nil, let first = ranges.first else { return }
        updateView { $0.search = SearchState(query: name, matches: ranges, current: 0) }
        reveal(offset: first.lowerBound)
        message = "\(name): mention 1 of \(ranges.count) (n/N for the others)"
    }
}
