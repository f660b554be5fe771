/// The screen the app shows, with the state only that screen has: an article screen always has
/// its view, and the list has none to keep in step.
public enum Screen: Equatable, Sendable {
    case list
    case article(ArticleView)

    /// Which screen this is, without its state.
    public enum Kind: Equatable, Sendable {
        case list, article
    }

    public var kind: Kind {
        switch self {
        case .list: .list
        case .article: .article
        }
    }

    /// The open article's view, on the article screen.
    public var articleView: ArticleView? {
        if case .article(let view) = self { view } else { nil }
    }
}
