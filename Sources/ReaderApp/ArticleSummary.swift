import Annotations

/// What the list shows of an article: known before its file is read when the corpus index has a
/// row for it, so the first screen needs no article text.
public struct ArticleSummary: Equatable, Sendable {
    /// The path as the user reached it.
    public var path: String
    /// The title, nil when the file has not been read yet and the index has no row for it.
    public var title: String?
    public var wordCount: Int?
    public var source: String?
    public var date: String?
    /// The item's id, for an item of a feed or JSON Lines file.
    public var item: String?
    /// The first problem met reading the article (repaired UTF-8, an unreadable file).
    public var warning: String?
    /// Entity and claim counts from the index's stored analysis, until the analysis itself arrives.
    public var indexedCounts: (entities: Int, claims: Int)?

    public init(path: String, title: String?, wordCount: Int?, indexedCounts: (entities: Int, claims: Int)? = nil) {
        self.path = path
        self.title = title
        self.wordCount = wordCount
        self.indexedCounts = indexedCounts
    }

    public init(article: Article) {
        self.init(path: article.path, title: article.title, wordCount: article.wordCount)
        source = article.metadata.source
        date = article.metadata.date
        item = article.itemID
        warning = article.warnings.first
    }

    /// What names the article in the claim ledger: its path, and for an item of a feed or JSON Lines
    /// file the item's id after a NUL (which no path holds), as the corpus index names its articles;
    /// the items of one file share its path and would otherwise be taken for one another.
    public var ledgerKey: String {
        Self.ledgerKey(path: path, item: item)
    }

    public static func ledgerKey(path: String, item: String?) -> String {
        item.map { path + "\u{0}" + $0 } ?? path
    }

    /// The file name without its folders.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// What the list and panels call the article: its title, else its file name.
    public var shownTitle: String {
        guard let title, !title.isEmpty else { return title == nil ? fileName : "(untitled)" }
        return title
    }

    public static func == (left: ArticleSummary, right: ArticleSummary) -> Bool {
        left.path == right.path && left.title == right.title && left.wordCount == right.wordCount
            && left.source == right.source && left.date == right.date && left.warning == right.warning
            && left.indexedCounts?.entities == right.indexedCounts?.entities
            && left.indexedCounts?.claims == right.indexedCounts?.claims
    }
}
