/// What the index knows of one file without reading it again.
public struct IndexedArticle: Equatable, Sendable {
    public var absolutePath: String
    public var size: Int64
    public var modified: Int64
    public var hash: String
    public var title: String
    public var words: Int
    /// Why the file is not an article (binary, unreadable, too large); nil for an article.
    public var problem: String?
    /// The recogniser version of the stored analysis; nil when none is stored yet.
    public var recognizerVersion: Int?
    /// The article's place in its file: 0 for a file of one article, an item's number in a feed or
    /// JSON Lines file, below 0 for a problem of the file beside its items.
    public var position = 0
    /// The item's id in a feed or JSON Lines file (for a problem beside items: where, such as ":3").
    public var item: String?
    /// The publication date as the source wrote it, the byline, the publication's name and the
    /// article's address, when its source gives them.
    public var date: String?
    public var byline: String?
    public var source: String?
    public var url: String?
}
