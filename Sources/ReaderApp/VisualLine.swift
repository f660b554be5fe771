/// One screen line of a laid-out article: a stretch of the text between two scalar offsets.
public struct VisualLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case title, paragraph, credit
        /// The blank line between blocks.
        case gap
    }

    public var kind: Kind
    /// Index of the block in `Article.blocks`, or -1 for the title.
    public var block: Int
    /// Scalar offsets of the text on this line (empty for a gap, placed at the end of the block before).
    public var range: Range<Int>

    public init(kind: Kind, block: Int, range: Range<Int>) {
        self.kind = kind
        self.block = block
        self.range = range
    }
}
