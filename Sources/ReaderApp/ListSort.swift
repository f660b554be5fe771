/// The order of the article list, which the list's sort key cycles through. Articles without the
/// key (no date known, not analysed yet, a sidecar that cannot be read) come after those with it,
/// each group in path order.
public enum ListSort: String, CaseIterable, Sendable {
    case path, title, date, claims, notes

    /// The next order in the cycle, back to path after notes.
    public var next: ListSort {
        let all = ListSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// "by date": shown in the list's header.
    public var label: String {
        switch self {
        case .path: "by path"
        case .title: "by title"
        case .date: "newest first"
        case .claims: "most claims first"
        case .notes: "most notes first"
        }
    }
}
