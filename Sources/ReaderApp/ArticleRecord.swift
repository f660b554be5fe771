import Annotations

/// Everything the reader holds about one article, together: what the list shows of it, its text
/// once read, what the recogniser found, its annotations and whether its sidecar can be used, and
/// an unsaved note from an earlier run.
public struct ArticleRecord: Sendable {
    public var summary: ArticleSummary
    /// The article, nil until its file is read (a list drawn from the corpus index reads no file).
    /// Held in a box: an article is a large value, and a list of 100,000 records holds few of them,
    /// so each record without one costs a pointer rather than an article's room.
    public var article: Article? {
        get { articleBox?.article }
        set { articleBox = newValue.map(ArticleBox.init) }
    }
    private var articleBox: ArticleBox?
    /// What the recogniser found, nil until the article has been analysed. Only a read article
    /// has one: its offsets need the text.
    public var analysis: Analysis?
    /// The annotations, anchored in the current text.
    public var annotations: [AnchoredAnnotation] = []
    /// Why the sidecar cannot be used, if it cannot: annotating the article is refused with it.
    public var sidecarProblem: String?
    /// Why the article's file could not be read, when it could not.
    public var readProblem: String?
    /// Unsaved editor text from an earlier run: the article's editor reopens with it.
    public var draft: NoteDraft?
    /// Whether the article's file is gone (or listed anew) since the list was drawn from the
    /// corpus index: the record keeps its index, so every other article keeps its own, but is no
    /// longer listed.
    public internal(set) var isGone = false
    /// Whether the article's file went (or was listed anew) while the article was open: it stays
    /// open and listed, marked, and leaves the list once the reader leaves it.
    public internal(set) var isGoneWhileOpen = false

    public init(article: Article) {
        summary = ArticleSummary(article: article)
        self.article = article
    }

    /// An article known only by its summary: its file is read when it is opened or analysed.
    public init(summary: ArticleSummary) {
        self.summary = summary
    }
}
