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
}
