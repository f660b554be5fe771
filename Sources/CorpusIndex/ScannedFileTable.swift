import Synchronization

/// Each scanned file by the path an article carries, made the first time it is asked for: the
/// worker asks when it first stores or looks up an analysis, after the first screen is drawn, so
/// a warm start of a large corpus does not hash every path before it can show the list.
public final class ScannedFileTable: Sendable {
    private let scan: @Sendable () -> CorpusScan
    private let table = Mutex<[String: CorpusFile]?>(nil)

    public init(_ scan: CorpusScan) {
        self.scan = { scan }
    }

    /// The table of a scan made when first needed (`scan` is called once, on the asking thread).
    public init(scanning scan: @escaping @Sendable () -> CorpusScan) {
        self.scan = scan
    }

    /// The file scanned at `path` (the first one, when a path was met twice).
    public subscript(path: String) -> CorpusFile? {
        table.withLock { table in
            if table == nil {
                table = Dictionary(scan().files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return table?[path]
        }
    }
}
