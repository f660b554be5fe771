import Annotations

/// One row of a panel: what it says, how it looks, and what choosing it does.
public struct PanelRow: Equatable, Sendable {
    /// What Enter on a row does.
    public enum Target: Equatable, Sendable {
        /// Jump to the mentions of an entity in the open article (n/N go through them).
        case mentions(name: String, ranges: [Range<Int>])
        /// Focus one highlight of the open article.
        case highlight(Highlight.Kind, Range<Int>)
        /// Toggle a layer.
        case layer(Highlight.Kind)
        /// Toggle the layer that hides claims without a verdict.
        case unjudgedClaimsLayer
        /// Open an article, with the mentions of an entity as its matches.
        case article(index: Int, name: String, ranges: [Range<Int>])
        /// Open an article at an entity's mentions, found once it is read and analysed (a row of
        /// the corpus index's answer).
        case entityMentions(articleIndex: Int, name: String, type: EntityType)
        /// Jump to an annotation of the open article (by id).
        case annotation(String)
        /// Open an article at one of its claims, focused (a claim of the ledger).
        case claim(articleIndex: Int, range: Range<Int>, kind: ClaimKind)
        /// Open an article with a corpus search's terms as its matches, at the first match from a
        /// 1-based line and column (in scalars).
        case searchHit(articleIndex: Int, line: Int, column: Int, query: String)
        /// Nothing to do (a heading or a message).
        case none
    }

    public var text: String
    /// Right-aligned detail: a count, a value.
    public var detail: String
    public var style: Style
    public var target: Target

    public init(text: String, detail: String = "", style: Style = .plain, target: Target = .none) {
        self.text = text
        self.detail = detail
        self.style = style
        self.target = target
    }
}
