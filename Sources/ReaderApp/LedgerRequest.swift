import Annotations

/// What the ledger panel on the corpus index asks the world to group, off the UI thread: the
/// articles analysed here, whose claims stand for the index's rows of the same paths (an article
/// changed on disk is grouped as it reads now).
public struct LedgerRequest: Equatable, Sendable {
    public struct Analysed: Equatable, Sendable {
        public var path: String
        public var article: Article
        public var analysis: Analysis

        public init(path: String, article: Article, analysis: Analysis) {
            self.path = path
            self.article = article
            self.analysis = analysis
        }
    }

    public var analysed: [Analysed]

    public init(analysed: [Analysed]) {
        self.analysed = analysed
    }
}
