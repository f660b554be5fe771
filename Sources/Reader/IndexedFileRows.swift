import CorpusIndex

/// The corpus index's current rows (`CorpusIndex.currentRows`) beside the files of the scan they
/// answer: each file once, in the scan's order, with its rows (one, or a feed's items and the
/// problems beside them), in the order of the file.
enum IndexedFileRows {
    static func group(_ rows: [IndexedArticle], of scan: CorpusScan) -> [(file: CorpusFile, rows: ArraySlice<IndexedArticle>)] {
        var groups: [(file: CorpusFile, rows: ArraySlice<IndexedArticle>)] = []
        groups.reserveCapacity(scan.files.count)
        var seen = Set<String>()
        seen.reserveCapacity(scan.files.count)
        var next = 0
        for file in scan.files {
            let start = next
            // A file's rows go up by position; a path met twice has its rows again right after.
            while next < rows.count, rows[next].absolutePath == file.absolutePath,
                  next == start || rows[next].position > rows[next - 1].position {
                next += 1
            }
            if seen.insert(file.absolutePath).inserted { groups.append((file, rows[start..<next])) }
        }
        return groups
    }
}
