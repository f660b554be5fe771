import Annotations

/// The entity panel's `a` answered by the corpus index: the articles that mention an entity come
/// from its mention table (constant in the corpus size, analysed or not), and choosing one opens it
/// at the mentions once its analysis is there.
extension AppState {
    /// Asks the world for the articles mentioning an entity; the panel says it is looking until
    /// the answer (`.entityArticles`) arrives.
    mutating func lookUpEntityArticles(name: String, type: EntityType) -> AppCommand {
        panel = Panel(kind: .corpus, title: "Articles that mention \(name) (\(type.rawValue))",
                      rows: [PanelRow(text: "Looking them up in the corpus index…")],
                      hint: "Enter: open the article at its mentions · Esc: close")
        return .findMentions(name: name, type: type)
    }

    /// The index's answer, most mentions first: shown if the panel still waits for this entity.
    mutating func receiveEntityArticles(name: String, type: EntityType, articles: [EntityMentionCount]) {
        guard let open = panel, open.kind == .corpus, open.title == "Articles that mention \(name) (\(type.rawValue))" else { return }
        let rows = articles.filter { records.indices.contains($0.articleIndex) }.map { found in
            let summary = records[found.articleIndex].summary
            return PanelRow(text: summary.title?.isEmpty == false ? summary.shownTitle : summary.fileName,
                            detail: "\(found.mentions)× · \(summary.fileName)",
                            target: .entityMentions(articleIndex: found.articleIndex, name: name, type: type))
        }
        panel = Panel(kind: .corpus, title: open.title, rows: rows.isEmpty ? [PanelRow(text: "No article mentions it")] : rows,
                      hint: open.hint)
    }

    /// Opens an article at an entity's mentions: now if its analysis is there, else when it arrives.
    mutating func openAtMentions(_ index: Int, name: String, type: EntityType) -> AppCommand {
        mentionsToShow = (index, name, type)
        let command = openArticle(index)
        showPendingMentions()
        return command
    }

    /// Shows the mentions waited for, once the article is open and analysed.
    mutating func showPendingMentions() {
        guard let (index, name, type) = mentionsToShow, view?.index == index,
              let analysis = records[index].analysis else { return }
        mentionsToShow = nil
        let ranges = analysis.entities.filter { $0.type == type && $0.canonical == name }.map { $0.start..<$0.end }
        if ranges.isEmpty {
            message = "\(name) is not mentioned in the text shown"
        } else {
            showMentions(name: name, ranges: ranges)
        }
    }
}
