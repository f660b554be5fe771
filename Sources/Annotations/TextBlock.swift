/// A block of an article's body as it is laid out: a paragraph, or a credit line glued to a repeated title.
public struct TextBlock: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case paragraph
        /// A photo or agency credit ("Reuters") that followed a repeated title with no space.
        case credit
    }

    /// Unicode scalar offsets into the article text, trimmed of surrounding white space.
    public var range: Range<Int>
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind = .paragraph) {
        self.range = range
        self.kind = kind
    }
}
