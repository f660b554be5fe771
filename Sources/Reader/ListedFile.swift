/// One file of a list drawn from the corpus index's rows, as the scan behind the list compares
/// it: its size and time as the index saw them, and what the list shows of it.
struct ListedFile: Sendable {
    var absolutePath: String
    var size: Int64
    var modified: Int64
    /// Its articles' records (one, or one per item of a feed or JSON Lines file).
    var records: Range<Int>
    /// The paths of the list's problems that come from it (an unreadable file; a line of a JSON
    /// Lines file that is no JSON).
    var problemPaths: [String] = []
    /// Whether its records are items of a feed or JSON Lines file.
    var hasItems = false
}
