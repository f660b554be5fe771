import Annotations
@testable import CorpusIndex
import Foundation
import Testing

/// The rows a warm start lists before any scan: those under one folder, in byte order of path and
/// each file's items in order, whether the table holds them in that order or not.
@Suite("Rows under a folder, for the list before the scan")
struct RowsUnderRootTests {
    func rows(_ index: CorpusIndex, under root: String) throws -> (rows: [IndexedArticle], restarted: Bool) {
        var rows: [IndexedArticle] = []
        var restarted = false
        try index.forEachRow(under: root, restart: {
            restarted = true
            rows.removeAll()
        }) { rows.append($0) }
        return (rows, restarted)
    }

    @Test func rowsComeInPathOrderAndOnlyFromUnderTheFolderEvenWhenStoredOutOfOrder() throws {
        let folder = CorpusFolder("rows-under-root")
        defer { folder.remove() }
        folder.write("a/1.txt", "One\n\nFirst.\n")
        folder.write("a/2.txt", "Two\n\nSecond.\n")
        folder.write("a/wire.rss", ItemIndexTests.feed)
        folder.write("ab/3.txt", "Three\n\nBeside the folder, not in it.\n")
        folder.write("b/4.txt", "Four\n\nFourth.\n")
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        for name in ["a/1.txt", "a/2.txt", "a/wire.rss", "ab/3.txt", "b/4.txt"] {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: folder.corpus + "/" + name)
        }
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let stored = try rows(index, under: folder.corpus + "/a")
        #expect(!stored.restarted)
        #expect(stored.rows.map { ($0.absolutePath as NSString).lastPathComponent + ($0.item.map { "#" + $0 } ?? "") }
                == ["1.txt", "2.txt", "wire.rss#a1", "wire.rss#a2"])
        #expect(stored.rows[0].title == "One" && stored.rows[2].title == "Aleppo evacuation resumes")

        // The first file stored again, its row moved to the end of the table (as a file deleted and stored anew is).
        folder.write("a/1.txt", "One, longer now\n\nFirst, rewritten.\n")
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        try index.database.write { db in
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE path = ?", arguments: [folder.corpus + "/a/1.txt"])!
            try db.execute(sql: "UPDATE article SET id = (SELECT max(id) + 1 FROM article) WHERE id = ?", arguments: [id])
        }
        let moved = try rows(index, under: folder.corpus + "/a/")
        #expect(moved.restarted)
        #expect(moved.rows.map { ($0.absolutePath as NSString).lastPathComponent } == ["1.txt", "2.txt", "wire.rss", "wire.rss"])
        #expect(moved.rows[0].title == "One, longer now")
    }
}
