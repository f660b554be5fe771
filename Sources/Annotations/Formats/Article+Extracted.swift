extension Article {
    /// An article read from a format other than plain text: `text` is what extraction produced
    /// (its first line the title), with the source's metadata and the container item it came from.
    public static func extracted(path: String, text: String, metadata: ArticleMetadata, itemID: String? = nil,
                                 extractor: String, warnings: [String] = []) -> Article {
        var article = Article(path: path, text: text, warnings: warnings)
        article.metadata = metadata
        if article.metadata.title == nil, !article.title.isEmpty { article.metadata.title = article.title }
        article.itemID = itemID
        article.extractor = extractor
        return article
    }

    /// What to call the article where a file name alone would be ambiguous: `feed.rss#item-id`.
    public var displayPath: String {
        itemID.map { path + "#" + $0 } ?? path
    }
}
