import Annotations

/// Searching the whole corpus from the list: `/` opens the prompt, Enter asks the world
/// (`.searchCorpus`), its answer opens a panel of the articles found, and choosing one opens it
/// with the query's words as its matches, so n/N go on from the hit.
extension AppState {
    /// The panel of a corpus search's hits: each article's title with its file and line, then the
    /// line around the match.
    mutating func openCorpusSearchPanel(query: String, hits: [CorpusSearchHit]) {
        var rows: [PanelRow] = []
        for hit in hits where records.indices.contains(hit.articleIndex) {
            let summary = records[hit.articleIndex].summary
            rows.append(PanelRow(text: summary.title?.isEmpty == false ? summary.shownTitle : summary.fileName,
                                 detail: "\(summary.fileName):\(hit.line)",
                                 target: .searchHit(articleIndex: hit.articleIndex, line: hit.line, column: hit.column,
                                                    query: query)))
            rows.append(PanelRow(text: "  " + TerminalText.visible(hit.snippet), style: theme.secondary))
        }
        let count = rows.count / 2
        panel = Panel(kind: .corpusSearch,
                      title: "Search \"\(TerminalText.visible(query))\": \(AppState.plural(count, "article", "articles"))",
                      rows: rows.isEmpty ? [PanelRow(text: "No article matches")] : rows,
                      hint: "Enter: open it at the match (n/N: next, previous) · Esc: close")
    }

    /// Makes the corpus query's words the open article's matches and goes to the first one at or
    /// after `offset`.
    mutating func showSearchHit(query: String, from offset: Int) {
        guard let article = currentArticle else { return }
        lastQuery = query
        var matches: [Range<Int>] = []
        for term in AppState.searchTerms(of: query) {
            matches += TextSearch.matches(of: term, in: article.scalars).filter { article.isShown($0) }
        }
        matches.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        // Overlapping matches (a word inside a phrase) would make n stand still: keep the first.
        var distinct: [Range<Int>] = []
        for match in matches where distinct.last.map({ match.lowerBound >= $0.upperBound }) ?? true { distinct.append(match) }
        guard !distinct.isEmpty else {
            updateView { $0.search = SearchState(query: query, matches: []) }
            message = "Not found in this article: \(query)"
            return
        }
        let current = distinct.firstIndex { $0.lowerBound >= offset } ?? 0
        updateView { $0.search = SearchState(query: query, matches: distinct, current: current) }
        reveal(offset: distinct[current].lowerBound)
        message = "Match \(current + 1) of \(distinct.count) (n/N for the others)"
    }

    /// The words and phrases of a full-text query, without its operators (AND, OR, NOT, NEAR),
    /// brackets, column names or prefix stars: what to look for in the article's text.
    static func searchTerms(of query: String) -> [String] {
        var terms: [String] = []
        var current = ""
        var inQuotes = false
        func finish() {
            var term = current
            current = ""
            if !inQuotes {
                if ["AND", "OR", "NOT", "NEAR"].contains(term) { return }
                if let colon = term.lastIndex(of: ":") { term = String(term[term.index(after: colon)...]) }
                let punctuation: Set<Character> = ["(", ")", "*", "^", "+", "-", ","]
                while let first = term.first, punctuation.contains(first) { term.removeFirst() }
                while let last = term.last, punctuation.contains(last) { term.removeLast() }
            } else if term.hasSuffix("*") {
                term.removeLast()
            }
            if !term.isEmpty, !terms.contains(term) { terms.append(term) }
        }
        for character in query {
            if character == "\"" {
                if inQuotes { finish() } else if !current.isEmpty { finish() }
                inQuotes.toggle()
            } else if !inQuotes, character == " " || character == "\t" || character == "(" || character == ")" {
                finish()
            } else {
                current.append(character)
            }
        }
        finish()
        return terms
    }
}
