import Annotations
@testable import CorpusIndex
import Foundation
import GRDB
import Testing

/// Feeds and JSON Lines files in the index: each item is an article of its own (its row, title,
/// date, analysis, text for search and mentions), all of a file's items read again together when
/// the file changes, an item gone from its file gone from the index.
@Suite("Items of feeds and JSON Lines in the index")
struct ItemIndexTests {
    static func rss(_ items: [(id: String, title: String, date: String, text: String)]) -> String {
        let body = items.map { item in
            "<item><title>\(item.title)</title><guid isPermaLink=\"false\">\(item.id)</guid><pubDate>\(item.date)</pubDate>"
                + "<description><![CDATA[<p>\(item.text)</p>]]></description></item>"
        }.joined()
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\(body)</channel></rss>\n"
    }

    static let feed = rss([
        (id: "a1", title: "Aleppo evacuation resumes", date: "Thu, 15 Dec 2016 10:00:00 GMT",
         text: "Buses left eastern Aleppo carrying about 8,000 people, Sergei Lavrov said."),
        (id: "a2", title: "Ceasefire talks in Ankara", date: "Fri, 16 Dec 2016 09:00:00 GMT",
         text: "Diplomats from Turkey and Russia met in Ankara to discuss a ceasefire."),
    ])

    static let lines = """
        {"id": "j1", "title": "Mosul offensive", "date": "2016-12-14", "text": "Iraqi forces advanced in Mosul on Wednesday."}
        this line is not JSON
        {"id": "j2", "title": "Harvest report", "date": "2016-12-13", "text": "Farmers in Kansas reported a record wheat harvest."}

        """

    /// Files written an hour ago: a refresh trusts their times (a file written in the last seconds
    /// is compared by hash at the next start, and so is not yet current for a list).
    func age(_ folder: CorpusFolder) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.corpus) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: folder.corpus + "/" + name)
        }
    }

    /// The feed, the JSON Lines file and a plain article written an hour ago, an index for them, and their scan.
    func feedJSONLinesAndText(in folder: CorpusFolder) throws -> (CorpusIndex, CorpusScan) {
        folder.write("wire.rss", Self.feed)
        folder.write("archive.jsonl", Self.lines)
        folder.write("plain.txt", "Plain story\n\nNothing about the war here.\n")
        try age(folder)
        return (indexed(folder), CorpusScanner.scan(paths: [folder.corpus]))
    }

    func indexed(_ folder: CorpusFolder) -> CorpusIndex {
        CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
    }

    @Test func eachItemIsAnArticleFoundBySearchAndByItsMentions() throws {
        let folder = CorpusFolder("items-search")
        defer { folder.remove() }
        let (index, scan) = try feedJSONLinesAndText(in: folder)
        let summary = try index.refresh(scan)
        #expect(summary.analyzed == 3)
        let ankara = try index.search("ankara")
        #expect(ankara.map(\.item) == ["a2"])
        #expect(ankara.first?.title == "Ceasefire talks in Ankara")
        #expect(ankara.first?.absolutePath == folder.corpus + "/wire.rss")
        #expect(try index.search("wheat").map(\.item) == ["j2"])
        // The markup of the feed is no part of any article's text.
        #expect(try index.search("guid").isEmpty && index.search("CDATA").isEmpty)
        let mosul = try index.articles(mentioning: "Mosul")
        #expect(mosul.map(\.item) == ["j1"])
        let rows = try #require(try index.currentRows(for: scan))
        #expect(rows.map { $0.item ?? "-" } == [":2", "j1", "j2", "-", "a1", "a2"])
        #expect(rows.map(\.date) == [nil, "2016-12-14", "2016-12-13", nil,
                                     "Thu, 15 Dec 2016 10:00:00 GMT", "Fri, 16 Dec 2016 09:00:00 GMT"])
        #expect(rows[0].problem == "line 2 is not valid JSON; skipped" && rows[0].position < 0)
        #expect(rows[4].source == "Wire")
        // Unchanged, nothing is read again.
        let again = try index.refresh(scan)
        #expect(again.analyzed == 0 && again.bytesRead == 0 && again.unchanged == 3)
    }

    /// A large refresh puts texts in for search after the articles: each item's own text, read
    /// again from its file by its place there, not the file's markup nor another item's text.
    @Test func aBulkLoadPutsEachItemsOwnTextInForSearch() throws {
        let folder = CorpusFolder("items-bulk")
        defer { folder.remove() }
        let (index, scan) = try feedJSONLinesAndText(in: folder)
        let summary = try index.refresh(scan, progress: nil, bulkFrom: 1)
        #expect(summary.searchTexts == 5)
        #expect(try index.searchCoverage().isComplete)
        #expect(try index.search("ankara").map(\.item) == ["a2"])
        #expect(try index.search("wheat").map(\.item) == ["j2"])
        #expect(try index.search("guid").isEmpty && index.search("CDATA").isEmpty)
        let reference = CorpusIndex.inMemory()
        try reference.refresh(scan, progress: nil, bulkFrom: Int.max)
        #expect(try IndexSnapshot(index) == IndexSnapshot(reference))
    }

    @Test func anItemLeavingItsFileLeavesTheIndexAndARenamedFeedKeepsItsItems() throws {
        let folder = CorpusFolder("items-change")
        defer { folder.remove() }
        let path = folder.write("wire.rss", Self.feed)
        let old = Date(timeIntervalSinceNow: -3600)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
        let index = indexed(folder)
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let renamedPath = folder.corpus + "/moved.rss"
        try FileManager.default.moveItem(atPath: path, toPath: renamedPath)
        let renamed = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(renamed.renamed == 1 && renamed.analyzed == 0 && renamed.removed == 0)
        #expect(try index.search("ankara").map(\.absolutePath) == [renamedPath])
        #expect(try index.search("lavrov").map(\.item) == ["a1"])
        // The first item leaves the file: its row, text and mentions leave the index.
        folder.write("moved.rss", Self.rss([(id: "a2", title: "Ceasefire talks in Ankara", date: "Fri, 16 Dec 2016 09:00:00 GMT",
                                            text: "Diplomats from Turkey and Russia met in Ankara to discuss a ceasefire.")]))
        let edited = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(edited.analyzed == 1)
        #expect(try index.search("lavrov").isEmpty)
        #expect(try index.articles(mentioning: "Sergei Lavrov").isEmpty)
        #expect(try index.search("ankara").map(\.item) == ["a2"])
        let rebuilt = CorpusIndex.inMemory()
        try rebuilt.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(try IndexSnapshot(index) == IndexSnapshot(rebuilt))
        try FileManager.default.removeItem(atPath: renamedPath)
        folder.write("other.txt", "Other\n\nText.\n")
        let removed = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(removed.removed == 1)
        #expect(try index.search("ankara").isEmpty)
    }

    /// Hostile items: a title with control characters is kept as the source gave it (the callers make
    /// it visible), and a file of 20,000 items is indexed whole, every item searchable.
    @Test func hostileItemsLoseNothing() throws {
        let folder = CorpusFolder("items-hostile")
        defer { folder.remove() }
        folder.write("odd.jsonl", "{\"id\": \"x\", \"title\": \"Bell\\u0007 and \\u001b[31mred\", \"text\": \"Zanzibar ferry sank.\"}\n")
        let count = 20_000
        var many = ""
        for number in 0..<count {
            many += "{\"id\": \"n\(number)\", \"title\": \"Item \(number)\", \"text\": \"Story number w\(number)x about Aleppo.\"}\n"
        }
        folder.write("many.jsonl", many)
        try age(folder)
        let index = indexed(folder)
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        try index.refresh(scan)
        let rows = try #require(try index.currentRows(for: scan))
        #expect(rows.count == count + 1)
        #expect(rows.last?.title == "Bell\u{7} and \u{1B}[31mred")
        #expect(try index.search("w19999x").map(\.item) == ["n19999"])
        #expect(try index.search("zanzibar").first?.title == "Bell\u{7} and \u{1B}[31mred")
    }

    /// An index made before items (schema v3, every file one row, a JSON Lines file read as text) is
    /// migrated on open, and its feed and JSON Lines files are read again through their formats.
    @Test func anIndexFromBeforeItemsIsMigratedAndItsItemFilesReadAgain() throws {
        let folder = CorpusFolder("items-migrate")
        defer { folder.remove() }
        let path = folder.write("archive.jsonl", Self.lines)
        let plain = folder.write("plain.txt", "Plain story\n\nNothing about the war here.\n")
        let old = Date(timeIntervalSinceNow: -3600)
        for file in [path, plain] { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file) }
        try FileManager.default.createDirectory(atPath: folder.cache, withIntermediateDirectories: true)
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        do {
            // The rows the previous version wrote: the JSON Lines file as one plain text.
            let queue = try DatabaseQueue(path: folder.indexFile)
            try IndexSchema.migrator.migrate(queue, upTo: "v3-article-state")
            try queue.write { db in
                for file in scan.files {
                    let text = try String(contentsOfFile: file.absolutePath, encoding: .utf8)
                    try db.execute(sql: """
                        INSERT INTO article (path, size, modified, hash, title, words, recognizer) VALUES (?, ?, ?, 'h', ?, 3, ?)
                        """, arguments: [file.absolutePath, file.size, file.modified, String(text.prefix(10)), Recognizer.version])
                    try db.execute(sql: "INSERT INTO article_text (rowid, title, body) VALUES (?, '', ?)",
                                   arguments: [db.lastInsertedRowID, text])
                }
            }
        }
        let index = indexed(folder)
        let summary = try index.refresh(scan)
        #expect(summary.analyzed == 1 && summary.unchanged == 1)
        #expect(try index.search("mosul").map(\.item) == ["j1"])
        #expect(try index.search("\"not JSON\"").isEmpty)
        #expect(try index.search("nothing").map(\.absolutePath) == [plain])
    }
}
