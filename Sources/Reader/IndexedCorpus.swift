import Annotations
import CorpusIndex
import Foundation

/// The corpus index of some paths, opened (or made) at the file-system edge, with its notices on
/// standard error. A refresh that meets a damaged file moves it aside and starts again once
/// (`CorpusIndex.refreshRecovering`).
struct IndexedCorpus {
    let paths: [String]
    let file: String
    private(set) var index: CorpusIndex

    init(paths: [String], options: IndexOptions) {
        self.paths = paths
        file = IndexLocation.file(for: paths, explicit: options.file)
        index = CorpusIndex.open(file: file) { printError("reader: \($0)") }
    }

    /// Whether an index file for these paths exists already.
    static func exists(paths: [String], options: IndexOptions) -> Bool {
        FileManager.default.fileExists(atPath: IndexLocation.file(for: paths, explicit: options.file))
    }

    @discardableResult
    mutating func refresh(_ scan: CorpusScan, progress: ((RefreshProgress) -> Void)? = nil,
                          fillsSearchText: Bool = true) throws -> RefreshSummary {
        let (recovered, summary) = try CorpusIndex.refreshRecovering(index, file: file, scan: scan, progress: progress,
                                                                     fillsSearchText: fillsSearchText) {
            printError("reader: \($0)")
        }
        index = recovered
        return summary
    }

    /// The path to show for an indexed file: under the root the user named, as the scan shows it.
    func shownPath(_ absolutePath: String) -> String {
        for path in paths {
            let root = CorpusScanner.absolutePath(path)
            if absolutePath == root { return path }
            if absolutePath.hasPrefix(root == "/" ? "/" : root + "/") {
                let rest = absolutePath.dropFirst(root == "/" ? 1 : root.count + 1)
                return (path.hasSuffix("/") ? path : path + "/") + rest
            }
        }
        return absolutePath
    }
}
