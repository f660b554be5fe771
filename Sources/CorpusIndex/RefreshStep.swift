/// What a refresh does with one file, decided before reading it where the size and time tell.
struct RefreshStep: Sendable {
    var file: CorpusFile
    /// The index's row for this path, if any.
    var row: IndexedFileState?
}
