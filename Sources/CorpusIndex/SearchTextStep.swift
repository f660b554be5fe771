/// An article whose text waits for the full-text table, with the hash of the bytes it was analysed from.
struct SearchTextStep: Sendable {
    var id: Int64
    var absolutePath: String
    var hash: String
}
