/// A list shown over the article: its entities, its claims, the layers, an entity across the corpus,
/// the annotations. j/k move, Enter chooses, Esc or q closes.
public struct Panel: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case entities, claims, layers, corpus, annotations
        /// The claim ledger: groups of claims across the corpus, with verdicts.
        case ledger
        /// The articles a corpus search found.
        case corpusSearch
    }

    public var kind: Kind
    public var title: String
    public var rows: [PanelRow]
    public var selected: Int = 0
    public var top: Int = 0
    /// A hint for the panel's keys, shown on its last line.
    public var hint: String

    public init(kind: Kind, title: String, rows: [PanelRow], hint: String) {
        self.kind = kind
        self.title = title
        self.rows = rows
        self.hint = hint
        selected = rows.firstIndex { $0.target != .none } ?? 0
    }

    public var selectedRow: PanelRow? {
        rows.indices.contains(selected) ? rows[selected] : nil
    }

    /// Moves the selection by `delta` rows, skipping rows that do nothing, and keeps it in view.
    public mutating func move(by delta: Int, visibleRows: Int) {
        guard !rows.isEmpty else { return }
        var index = max(0, min(rows.count - 1, selected + delta))
        let step = delta >= 0 ? 1 : -1
        while rows.indices.contains(index), rows[index].target == .none { index += step }
        if rows.indices.contains(index) { selected = index }
        if selected < top { top = selected }
        if selected >= top + visibleRows { top = selected - visibleRows + 1 }
        top = max(0, top)
    }
}
