/// A stretch of article text drawn in a style (a search match, later an entity or a claim).
/// Later spans in a list are drawn over earlier ones.
public struct StyledSpan: Equatable, Sendable {
    public var range: Range<Int>
    public var style: Style

    public init(range: Range<Int>, style: Style) {
        self.range = range
        self.style = style
    }
}
