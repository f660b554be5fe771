import CorpusIndex
import Foundation
import ReaderApp
import Synchronization

/// Reads the analysis counts of the listed articles from the corpus index on a thread of its
/// own, after the first screen: their table holds the analyses too, and reading it before the
/// list would double the time to the first screen.
final class IndexedCountsLoader: Sendable {
    private let result = Mutex<[Int: AnalysisCounts]?>(nil)
    private let index: CorpusIndex
    private let absolutePaths: [String]

    init(index: CorpusIndex, absolutePaths: [String]) {
        self.index = index
        self.absolutePaths = absolutePaths
    }

    func start() {
        let thread = Thread { [self] in
            // The counts only fill in the list: an index that cannot give them leaves it as it is.
            guard let byPath = try? index.currentAnalysisCounts() else { return }
            var counts: [Int: AnalysisCounts] = [:]
            for (position, path) in absolutePaths.enumerated() {
                if let found = byPath[path] { counts[position] = AnalysisCounts(entities: found.entities, claims: found.claims) }
            }
            result.withLock { $0 = counts }
        }
        thread.name = "reader-counts"
        thread.start()
    }

    /// The counts, once, when they are read.
    func take() -> [Int: AnalysisCounts]? {
        result.withLock { found in
            defer { found = nil }
            return found
        }
    }
}
