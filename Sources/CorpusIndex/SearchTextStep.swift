/// An article whose text waits for the full-text table, with the hash of the bytes it was analysed from.
struct SearchTextStep: Sendable {
    var id: Int64
    var absolutePath: String
    /// The article's place among its file's articles (0 unless the file is a feed or JSON Lines).
    var position: Int
    var hash: String
}
