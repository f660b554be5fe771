import GRDB

extension CorpusIndex {
    /// Refreshes the index in `file`; when the refresh meets a damaged database (a file spoiled after
    /// it was opened), the file is moved aside with a notice, a new index is opened in its place and
    /// refreshed once more. Returns the index to keep using, with the refresh's summary.
    public static func refreshRecovering(_ index: CorpusIndex, file: String, scan: CorpusScan,
                                         progress: ((RefreshProgress) -> Void)? = nil, fillsSearchText: Bool = true,
                                         notice: (String) -> Void) throws -> (index: CorpusIndex, summary: RefreshSummary) {
        do {
            return (index, try index.refresh(scan, progress: progress, fillsSearchText: fillsSearchText))
        } catch let error as DatabaseError where IndexFileCheck.isCorruption(error) {
            _ = moveAside(file, notice: notice, reason: "damaged (\(error.message ?? "\(error.resultCode)"))")
            let fresh = open(file: file, notice: notice)
            return (fresh, try fresh.refresh(scan, progress: progress, fillsSearchText: fillsSearchText))
        }
    }
}
