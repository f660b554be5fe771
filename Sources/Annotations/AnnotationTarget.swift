/// Where an annotation points: a quote (exact words with some context) and a position, as in the
/// W3C Web Annotation TextQuoteSelector and TextPositionSelector.
public struct AnnotationTarget: Codable, Equatable, Hashable, Sendable {
    public var quote: TextQuoteSelector
    public var position: TextPositionSelector
    /// The item of a container file (feed, JSON Lines) the annotation belongs to; absent for a
    /// file of one article. The container's one sidecar holds every item's annotations.
    public var item: String?

    public init(quote: TextQuoteSelector, position: TextPositionSelector, item: String? = nil) {
        self.quote = quote
        self.position = position
        self.item = item
    }
}
