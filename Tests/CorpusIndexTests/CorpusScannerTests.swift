@testable import Annotations
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

    /// The scanner (bytes, fstatat, subfolders on every core) finds exactly the files the loader's
    /// walk finds: article extensions in any case, hidden entries skipped, links to files followed,
    /// links to folders not, and enough folders that the walk is shared between threads.
    @Test func theScanFindsTheFilesTheLoaderFinds() throws {
        let folder = CorpusFolder("scanner-rules")
        defer { folder.remove() }
        let names = ["a.txt", "B.TXT", "c.Md", "d.markdown", "e.MarkDown", "f.html", "g.jsonl", "h.txt.bak", "noext",
                     "i.json", "j.annotations.json", ".hidden.txt", ".folder/k.txt", "l.t\u{0131}xt", "m.txt\u{00e9}",
                     "deep/er/still/n.txt", "x.txtx", "o.xml"]
        for name in names { folder.write(name, "Title\n\nBody.\n") }
        for number in 0..<40 { folder.write("many/\(number)/p\(number).txt", "Title\n\nBody \(number).\n") }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.corpus + "/linked.txt", withDestinationPath: folder.corpus + "/a.txt")
        try manager.createSymbolicLink(atPath: folder.corpus + "/folderlink", withDestinationPath: folder.corpus + "/deep")
        try manager.createSymbolicLink(atPath: folder.corpus + "/folderlink.txt", withDestinationPath: folder.corpus + "/deep")
        try manager.createSymbolicLink(atPath: folder.corpus + "/dangling.txt", withDestinationPath: folder.corpus + "/nothing")

        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let loaded = ArticleLoader.articleFiles(in: folder.corpus)
        #expect(scan.files.map(\.path) == loaded)
        #expect(scan.files.contains { $0.path.hasSuffix("/linked.txt") })
        #expect(!scan.files.contains { $0.path.contains("/folderlink") || $0.path.contains("/.") })
        #expect(scan.files.filter { $0.path.contains("/many/") }.count == 40)
        for file in scan.files {
            var info = stat()
            #expect(stat(file.absolutePath, &info) == 0)
            #expect(file.size == Int64(info.st_size))
            #expect(file.modified == Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        }
    }
}
