@testable import CorpusIndex
import Foundation
import GRDB
import Testing

/// A refresh compares the scan with the index in one pass in byte order of the absolute paths
/// (`CorpusIndex.compare`): right also when the scan's own order (by the paths as given) is another,
/// when roots overlap, and for names that Swift's String equality would call one. The list's
/// `currentRows` takes rows in table order, matched to the scan as bytes where the orders agree.
@Suite("The refresh's comparison of the scan with the index")
struct IndexComparisonTests {
    @Test func rootsWhoseShownOrderIsNotTheByteOrderCompareRight() throws {
        let folder = CorpusFolder("index-comparison-order")
        defer { folder.remove() }
        folder.write("a/1.txt", "Convoy\n\nMore than 7,000 civilians were evacuated.\n")
        folder.write("a/2.txt", "Figures\n\nAbout 6,400 people left the city.\n")
        folder.write("b/1.txt", "Aid\n\nThe Red Cross sent 40 trucks.\n")
        // Shown as ".../zz/../a/…", after ".../b/…"; its absolute paths come before b's. The third root
        // overlaps the first: its files are met twice and are one file each.
        let roots = [folder.corpus + "/zz/../a", folder.corpus + "/b", folder.corpus + "/a"]
        let scan = CorpusScanner.scan(paths: roots)
        let absolute = scan.files.map(\.absolutePath)
        #expect(absolute != absolute.sorted(), "the scan's order is not the order of its absolute paths here")
        #expect(absolute.count == 5)
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let cold = try index.refresh(scan)
        #expect(cold.analyzed == 3)
        let warm = try index.refresh(CorpusScanner.scan(paths: roots))
        #expect(warm.analyzed == 0 && warm.removed == 0 && warm.touched + warm.unchanged == 3)

        folder.write("b/1.txt", "Aid\n\nThe Red Cross sent 45 trucks.\n")
        try FileManager.default.removeItem(atPath: folder.corpus + "/a/2.txt")
        folder.write("a/3.txt", "Shelter\n\nSome 900 families found shelter.\n")
        let changed = try index.refresh(CorpusScanner.scan(paths: roots))
        #expect(changed.analyzed == 2 && changed.removed == 1)
        let paths = try index.database.read { db in try String.fetchAll(db, sql: "SELECT path FROM article ORDER BY path") }
        #expect(paths == ["a/1.txt", "a/3.txt", "b/1.txt"].map { folder.corpus + "/" + $0 })
    }

    @Test func namesEqualAsStringsButNotAsBytesAreTwoFiles() throws {
        let folder = CorpusFolder("index-comparison-accents")
        defer { folder.remove() }
        folder.write("caf\u{E9}.txt", "Composed\n\nAbout 6,400 people left the city.\n")
        folder.write("cafe\u{301}.txt", "Decomposed\n\nMore than 7,000 civilians were evacuated.\n")
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        #expect(scan.files.count == 2)
        #expect(try index.refresh(scan).analyzed == 2)
        let warm = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(warm.analyzed == 0 && warm.removed == 0 && warm.touched + warm.unchanged == 2)
        let count = try index.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") }
        #expect(count == 2)
    }

    /// Rows stored out of the scan's order (a file added later, sorting first; a path met twice) are
    /// each given to their files.
    @Test func currentRowsStoredOutOfTheScansOrderFollowTheScan() throws {
        let folder = CorpusFolder("index-comparison-rows")
        defer { folder.remove() }
        folder.write("b.txt", "Bravo title\n\nAbout 6,400 people left the city.\n")
        folder.write("c.txt", "Charlie title\n\nMore than 7,000 civilians were evacuated.\n")
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        folder.write("a.txt", "Alpha title\n\nThe Red Cross sent 40 trucks.\n")
        folder.write("d.txt", "Delta title\n\nSome 900 families found shelter.\n")
        // Older than the refresh's racy window, so their times are stored and compared.
        for name in ["a.txt", "b.txt", "c.txt", "d.txt"] {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: folder.corpus + "/" + name)
        }
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let scan = CorpusScanner.scan(paths: [folder.corpus, folder.corpus + "/c.txt"])
        let rows = try #require(try index.currentRows(for: scan))
        #expect(rows.map(\.title) == ["Alpha title", "Bravo title", "Charlie title", "Charlie title", "Delta title"])
        #expect(rows.map(\.absolutePath) == scan.files.map(\.absolutePath))
    }
}
