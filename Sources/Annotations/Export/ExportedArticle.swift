/// One article as an export sees it: the article, the path to name it by, and its annotations
/// anchored in the current text.
public struct ExportedArticle: Sendable {
    public var article: Article
    /// The article's path as the export writes it: relative to the export file's folder, so the
    /// links keep working when the two are moved together.
    public var path: String
    /// In text order, orphans last (as `Anchoring.anchor` returns them).
    public var annotations: [AnchoredAnnotation]

    public init(article: Article, path: String, annotations: [AnchoredAnnotation]) {
        self.article = article
        self.path = path
        self.annotations = annotations
    }

    /// The path with the container item's id (`feeds/news.rss#guid`), or the path alone.
    public var namedPath: String {
        article.itemID.map { path + "#" + $0 } ?? path
    }

    /// Only the annotations carrying at least one of `tags` (all of them when `tags` is empty).
    public func keeping(tags: [String]) -> ExportedArticle {
        let wanted = Set(Annotation.normalizedTags(tags))
        guard !wanted.isEmpty else { return self }
        var copy = self
        copy.annotations = annotations.filter { !wanted.isDisjoint(with: $0.annotation.tags) }
        return copy
    }
}
