import Annotations
@testable import CorpusIndex
import Foundation
import Testing

@Suite("Index queries")
struct IndexQueryTests {
    @Test func theArticlesMentioningAnEntityComeMostMentionsFirst() throws {
        let folder = CorpusFolder("index-entity")
        defer { folder.remove() }
        let seeds = CorpusFolder.packageRoot + "/seeds"
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: seeds + "/" + name, toPath: folder.corpus + "/" + name)
        }
        folder.write("other.txt", "Nothing to see\n\nA quiet day in a small town.\n")
        let index = CorpusIndex.inMemory()
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let recognizer = Recognizer()
        var expected: [String: Int] = [:]
        for article in ArticleLoader.load(paths: [folder.corpus]).articles {
            let count = recognizer.analyze(article.text).entities.filter { $0.canonical == "Aleppo" }.count
            if count > 0 { expected[CorpusScanner.absolutePath(article.path)] = count }
        }
        let found = try index.articles(mentioning: "Aleppo")
        #expect(found.count == expected.count && !found.isEmpty)
        #expect(found.map(\.mentions) == found.map(\.mentions).sorted(by: >))
        for article in found { #expect(expected[article.absolutePath] == article.mentions) }
        #expect(try index.articles(mentioning: "Aleppo", type: .person).isEmpty)
        #expect(try index.articles(mentioning: "Nobody At All").isEmpty)

        // An edited article drops out of the entity's list; the others stay.
        let edited = try #require(found.first).absolutePath
        try Data("Quiet now\n\nNo names at all here.\n".utf8).write(to: URL(fileURLWithPath: edited))
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(try index.articles(mentioning: "Aleppo").map(\.absolutePath) == found.dropFirst().map(\.absolutePath))
    }

    @Test func searchSaysWhereTheFirstMatchIs() throws {
        let folder = CorpusFolder("index-search")
        defer { folder.remove() }
        folder.write("a.txt", "A title\n\nFirst line.\nThe second line holds Ünïcode and the word zebra here.\n")
        folder.write("b.txt", "Zebra in the title\n\nzebra zebra zebra.\n")
        let index = CorpusIndex.inMemory()
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let hits = try index.search("zebra")
        #expect(hits.map { ($0.absolutePath as NSString).lastPathComponent } == ["b.txt", "a.txt"])
        #expect(hits[1].line == 4 && hits[1].column == 44)
        #expect(hits[1].snippet == "The second line holds Ünïcode and the word zebra here.")
        #expect(try index.search("\"word zebra\"").count == 1)
        #expect(try index.search("zeb*").count == 2)
        #expect(try index.search("zebra NOT unicode").map { ($0.absolutePath as NSString).lastPathComponent } == ["b.txt"])
        #expect(throws: SearchQueryError.self) { try index.search("zebra AND") }
        #expect(throws: SearchQueryError.self) { try index.search("\"unclosed") }
    }

    /// The rows a list takes from the index: one per scanned file in the scan's order (a file reached
    /// through two roots twice), titles and word counts as stored; nil as soon as one file is new,
    /// changed or gone, as `isCurrent` says.
    @Test func currentRowsFollowTheScanAndRefuseAnyDifference() throws {
        let folder = CorpusFolder("index-current-rows")
        defer { folder.remove() }
        folder.write("b.txt", "Bee title\n\nOne two three.\n")
        folder.write("sub/a.txt", "Ay title\n\nFour five.\n")
        #expect(FileManager.default.createFile(atPath: folder.corpus + "/c.txt", contents: Data([0x41, 0, 0x42])))
        // Older than the refresh's racy window, so their times are stored and compared.
        for name in ["b.txt", "sub/a.txt", "c.txt"] {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: folder.corpus + "/" + name)
        }
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let twice = CorpusScanner.scan(paths: [folder.corpus, folder.corpus + "/sub"])
        let rows = try #require(try index.currentRows(for: twice))
        #expect(rows.map(\.absolutePath) == twice.files.map(\.absolutePath))
        #expect(rows.map(\.title) == ["Bee title", "", "Ay title", "Ay title"])
        #expect(rows[1].problem != nil && rows[0].problem == nil)
        #expect(rows.map(\.words) == [5, 0, 4, 4])
        #expect(try index.isCurrent(for: twice) != nil)

        folder.write("new.txt", "New\n\nText.\n")
        #expect(try index.currentRows(for: CorpusScanner.scan(paths: [folder.corpus])) == nil)
        try FileManager.default.removeItem(atPath: folder.corpus + "/new.txt")
        #expect(try index.currentRows(for: CorpusScanner.scan(paths: [folder.corpus])) != nil)
        // Only part of the corpus scanned: the index holds rows for files the scan does not name.
        #expect(try index.currentRows(for: CorpusScanner.scan(paths: [folder.corpus + "/sub"])) == nil)
        folder.write("b.txt", "Bee title\n\nOne two three four.\n")
        #expect(try index.currentRows(for: CorpusScanner.scan(paths: [folder.corpus])) == nil)
    }
}
