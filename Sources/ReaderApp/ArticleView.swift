import Annotations

/// The open article: its layout at the current width, the scroll position, its highlights and
/// which one has the focus.
public struct ArticleView: Equatable, Sendable {
    public var index: Int
    public var layout: TextLayout
    /// The first visual line shown.
    public var top: Int
    public var search: SearchState?
    /// The entities and claims the layers show, sorted by start.
    public var highlights: [Highlight] = []
    /// Index into `highlights` of the one Tab moved to.
    public var focus: Int?

    public init(index: Int, article: Article, width: Int) {
        self.index = index
        self.layout = TextLayout(article: article, width: width)
        self.top = 0
    }

    /// The text offset at the top of the screen: kept when the layout changes width.
    public var topOffset: Int {
        layout.lines.indices.contains(top) ? layout.lines[top].range.lowerBound : 0
    }

    public var focused: Highlight? {
        focus.flatMap { highlights.indices.contains($0) ? highlights[$0] : nil }
    }

    /// Lays the article out again for a new width, keeping the text that was at the top in view.
    public mutating func reflow(article: Article, width: Int) {
        guard width != layout.width else { return }
        let offset = topOffset
        let wasGap = layout.lines.indices.contains(top) && layout.lines[top].kind == .gap
        layout = TextLayout(article: article, width: width)
        top = layout.lineIndex(containing: offset)
        if wasGap, top > 0, layout.lines[top - 1].kind == .gap { top -= 1 }
    }

    /// Replaces the highlights, keeping the focus on the same text where it is still shown.
    public mutating func setHighlights(_ new: [Highlight]) {
        let old = focused
        highlights = new
        focus = old.flatMap { old in new.firstIndex { $0.range == old.range && $0.kind == old.kind } }
    }
}
