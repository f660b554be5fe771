/// What one source file held: its articles (one, or one per item of a feed or JSON Lines file)
/// and what could not be read (a bad line, say), each with a message naming where.
public struct SourceContents: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(articles: [Article] = [], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }
}
