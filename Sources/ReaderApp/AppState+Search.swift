import Annotations

/// Searching the open article: every match of a query, n/N through them.
extension AppState {
    /// Finds every match of `query` in the open article and goes to the first one on or after the top.
    public mutating func search(_ query: String) {
        guard let article = currentArticle, let view else { return }
        lastQuery = query
        let matches = TextSearch.matches(of: query, in: article.scalars).filter { article.isShown($0) }
        guard !matches.isEmpty else {
            updateView { $0.search = SearchState(query: query, matches: []) }
            message = "Not found: \(query)"
            return
        }
        let top = view.topOffset
        let first = matches.firstIndex { $0.lowerBound >= top }
        updateView { $0.search = SearchState(query: query, matches: matches, current: first ?? 0) }
        if first == nil { message = "Search wrapped to the top" }
        reveal(offset: matches[first ?? 0].lowerBound)
        if message == nil { message = "Match \((first ?? 0) + 1) of \(matches.count)" }
    }

    mutating func moveToMatch(forward: Bool) {
        guard let view else { return }
        guard let search = view.search else {
            message = "No search yet: press / to search"
            return
        }
        guard !search.matches.isEmpty else {
            message = "Not found: \(search.query)"
            return
        }
        let count = search.matches.count
        var next = (search.current ?? -1) + (forward ? 1 : -1)
        if next >= count {
            next = 0
            message = "Search wrapped to the top"
        } else if next < 0 {
            next = count - 1
            message = "Search wrapped to the bottom"
        }
        updateView { $0.search?.current = next }
        reveal(offset: search.matches[next].lowerBound)
        if message == nil { message = "Match \(next + 1) of \(count)" }
    }
}
