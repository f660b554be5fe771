import Annotations
import CorpusIndex
import Foundation
import Testing

@Suite("Corpus scanner")
struct CorpusScannerTests {
    /// The scan says what ArticleLoader says of a path it cannot use, so `analyze` (which scans)
    /// and `open` (which loads) give the same reason.
    @Test func aPathItCannotUseIsExplainedAsTheLoaderExplainsIt() throws {
        let folder = CorpusFolder("scanner-problems")
        defer { folder.remove() }
        let file = folder.write("one.txt", "One\n\nText.\n")
        let paths = [folder.corpus + "/missing", file + "/inside"]
        let scanned = CorpusScanner.scan(paths: paths).problems
        let loaded = ArticleLoader.load(paths: paths).problems
        #expect(scanned.map(\.message) == loaded.map(\.message))
        #expect(scanned.last?.message == "no such file or folder (a part of the path is a file, not a folder)")
    }
}
