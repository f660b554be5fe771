/// Where an annotation points: a quote (exact words with some context) and a position, as in the
/// W3C Web Annotation TextQuoteSelector and TextPositionSelector.
public struct AnnotationTarget: Codable, Equatable, Hashable, Sendable {
    public var quote: TextQuoteSelector
    public var position: TextPositionSelector

    public init(quote: TextQuoteSelector, position: TextPositionSelector) {
        self.quote = quote
        self.position = position
    }
}
