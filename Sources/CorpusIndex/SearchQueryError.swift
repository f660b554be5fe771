/// A search query SQLite's full-text syntax does not accept, with its message.
public struct SearchQueryError: Error, CustomStringConvertible {
    public var query: String
    public var message: String

    public var description: String {
        "cannot search for \(query.debugDescription): \(message). Write words, \"a phrase\", AND, OR, NOT, "
            + "prefix* or ( ); quote a word that holds punctuation."
    }
}
