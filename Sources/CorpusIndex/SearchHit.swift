/// One article matching a search, best first: where its first match is and the line around it.
public struct SearchHit: Equatable, Sendable {
    public var absolutePath: String
    public var title: String
    /// The item's id when the article is an item of a feed or JSON Lines file.
    public var item: String? = nil
    /// 1-based line and column (in Unicode scalars) of the first matched word.
    public var line: Int
    public var column: Int
    /// The matched line, shortened around the match, with no control characters.
    public var snippet: String
    /// SQLite's bm25 rank: lower is better.
    public var rank: Double
}
