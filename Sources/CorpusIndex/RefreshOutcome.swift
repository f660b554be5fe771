import Annotations

/// What reading one file found, for the writer to store.
enum RefreshOutcome: Sendable {
    /// Same bytes as the row: only the size and time are new.
    case touch(rowID: Int64, file: CorpusFile)
    /// New path, bytes of a vanished file whose analysis is current: move that row here.
    case rename(hash: String, file: CorpusFile)
    /// Read and analysed: store its articles (one, or a feed's items in order) and the problems
    /// that left the others out (a line that is not JSON), over the rows the path had.
    case store(rowID: Int64?, file: CorpusFile, records: [IndexEntry], problems: [LoadProblem] = [])
    /// Not an article: remember why, so a warm start does not read it again.
    case problem(rowID: Int64?, file: CorpusFile, hash: String, message: String)
}
