/// The articles read from the paths a user named, and what could not be read.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(articles: [Article] = [], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }
}
