/// The list filtered as the user types after `/`: the text typed, the query last answered, the
/// articles it matched (best first) with where, and why the last query was not understood.
public struct ListFilter: Sendable {
    public internal(set) var editor = LineEditor()
    /// Keys go to the filter's line (typing) rather than to the list.
    public internal(set) var editing = true
    /// The query the shown articles answer.
    public internal(set) var query = ""
    public internal(set) var hits: [CorpusSearchHit] = []
    /// Each matched article's hit, by article index.
    var hitByArticle: [Int: CorpusSearchHit] = [:]
    /// Why the query as typed is not understood (the index's full-text syntax rejected it).
    public internal(set) var problem: String?
    /// How much of the corpus the full-text search looked at, when not all of it yet.
    public internal(set) var coverage: String?

    /// The query to ask for the text typed: nil when there is nothing to look for.
    var typedQuery: String? {
        let trimmed = editor.text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
