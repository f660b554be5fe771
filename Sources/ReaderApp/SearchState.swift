/// The last search in an article: its query, where it matched, and which match is current.
public struct SearchState: Equatable, Sendable {
    public var query: String
    public var matches: [Range<Int>]
    public var current: Int?

    public init(query: String, matches: [Range<Int>], current: Int? = nil) {
        self.query = query
        self.matches = matches
        self.current = current
    }
}
