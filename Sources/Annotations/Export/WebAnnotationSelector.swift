/// A TextQuoteSelector (exact, prefix, suffix) or a TextPositionSelector (start, end in code points).
public struct WebAnnotationSelector: Codable, Equatable, Sendable {
    public static let quoteType = "TextQuoteSelector"
    public static let positionType = "TextPositionSelector"

    public var type: String
    public var exact: String?
    public var prefix: String?
    public var suffix: String?
    public var start: Int?
    public var end: Int?

    public init(_ quote: TextQuoteSelector) {
        type = Self.quoteType
        exact = quote.exact
        prefix = quote.prefix
        suffix = quote.suffix
    }

    public init(_ position: TextPositionSelector) {
        type = Self.positionType
        start = position.start
        end = position.end
    }
}
