/// What a refresh compares with a scanned file, for one indexed row: no title, no analysis.
struct IndexedFileState: Sendable {
    var id: Int64
    /// The file's other rows (the other items of a feed or JSON Lines file).
    var otherIDs: [Int64] = []
    var size: Int64
    var modified: Int64
    /// Filled in only for the rows a refresh must compare by content.
    var hash: String
    /// Whether the row records why the file is not an article rather than an article.
    var isProblem: Bool
    /// The recogniser version of the stored analysis; nil when none is stored yet.
    var recognizerVersion: Int?
}
