import Annotations

/// Everything the reader holds about one article, together: its text, what the recogniser found,
/// its annotations and whether its sidecar can be used, and an unsaved note from an earlier run.
public struct ArticleRecord: Sendable {
    public var article: Article
    /// What the recogniser found, nil until the article has been analysed.
    public var analysis: Analysis?
    /// The annotations, anchored in the current text.
    public var annotations: [AnchoredAnnotation] = []
    /// Why the sidecar cannot be used, if it cannot: annotating the article is refused with it.
    public var sidecarProblem: String?
    /// Unsaved editor text from an earlier run: the article's editor reopens with it.
    public var draft: NoteDraft?

    public init(article: Article) {
        self.article = article
    }
}
