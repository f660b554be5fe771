/// The exact annotated words, with about 32 characters of context either side.
public struct TextQuoteSelector: Codable, Equatable, Hashable, Sendable {
    public var exact: String
    public var prefix: String
    public var suffix: String

    public init(exact: String, prefix: String, suffix: String) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}
