/// An article asked to open before its file was read, and where to open it: it opens when the
/// world answers `.readArticle` with its text.
struct PendingOpen: Equatable, Sendable {
    var index: Int
    /// A corpus search hit to open at: the query, and the 1-based line and column of the match.
    var hit: (query: String, line: Int, column: Int)?

    static func == (left: PendingOpen, right: PendingOpen) -> Bool {
        left.index == right.index && left.hit?.query == right.hit?.query && left.hit?.line == right.hit?.line
            && left.hit?.column == right.hit?.column
    }
}
