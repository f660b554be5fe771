/// What reading one file found, for the writer to store.
enum RefreshOutcome: Sendable {
    /// Same bytes as the row: only the size and time are new.
    case touch(rowID: Int64, file: CorpusFile)
    /// New path, bytes of a vanished file whose analysis is current: move that row here.
    case rename(hash: String, file: CorpusFile)
    /// Read and analysed: store it (over `rowID` when the path was indexed).
    case store(rowID: Int64?, file: CorpusFile, record: IndexEntry)
    /// Not an article: remember why, so a warm start does not read it again.
    case problem(rowID: Int64?, file: CorpusFile, hash: String, message: String)
}
