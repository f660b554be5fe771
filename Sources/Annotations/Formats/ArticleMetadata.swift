/// What a source says about an article besides its text. Every field is optional: a plain-text
/// file has none, an HTML page or a feed item usually has most.
public struct ArticleMetadata: Codable, Equatable, Hashable, Sendable {
    public var title: String?
    public var byline: String?
    /// The publication date as the source wrote it (ISO 8601 for HTML meta and Atom, RFC 822 for RSS).
    public var date: String?
    /// The publication's name (og:site_name, the feed's title, JSON's `source`).
    public var source: String?
    /// The canonical URL when known (link rel=canonical, og:url, the item's link).
    public var url: String?

    public init(title: String? = nil, byline: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil) {
        self.title = title
        self.byline = byline
        self.date = date
        self.source = source
        self.url = url
    }

    public var isEmpty: Bool { self == ArticleMetadata() }
}
