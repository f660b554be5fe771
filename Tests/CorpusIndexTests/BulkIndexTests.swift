import Annotations
@testable import CorpusIndex
import Foundation
import GRDB
import Testing

@Suite("Bulk index")
struct BulkIndexTests {
    /// A refresh that loads in bulk (the entity index dropped, built again at the end, batches
    /// sharing transactions) leaves the same index as one that inserts entry by entry, and the
    /// entity lookups find the same articles through the rebuilt index.
    @Test func aBulkLoadEqualsAnEntryByEntryLoad() throws {
        let folder = CorpusFolder("index-bulk")
        defer { folder.remove() }
        var random = SeededGenerator(state: 21)
        for number in 0..<40 { folder.write("\(number % 3)/a\(number).txt", CorpusFolder.article(using: &random)) }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let bulk = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        try bulk.refresh(scan, progress: nil, bulkFrom: 1)
        let single = CorpusIndex.inMemory()
        try single.refresh(scan, progress: nil, bulkFrom: Int.max)
        #expect(try IndexSnapshot(bulk) == IndexSnapshot(single))
        let indexes = try bulk.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mention'")
        }
        #expect(indexes == ["mention_entity"])
        let entity = try #require(try single.mostMentionedEntity())
        #expect(try bulk.articles(mentioning: entity) == single.articles(mentioning: entity))
        #expect(!(try bulk.articles(mentioning: entity)).isEmpty)
    }

    /// An index whose bulk load was killed before the entity index was built again gets it back
    /// at the next refresh, and answers entity lookups meanwhile.
    @Test func aMissingEntityIndexIsBuiltAtTheNextRefresh() throws {
        let folder = CorpusFolder("index-bulk-killed")
        defer { folder.remove() }
        var random = SeededGenerator(state: 22)
        folder.write("one.txt", CorpusFolder.article(using: &random))
        let first = CorpusIndex.open(file: folder.indexFile) { _ in }
        try first.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        try first.database.write { db in try db.execute(sql: "DROP INDEX mention_entity") }
        let reopened = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let entity = try #require(try reopened.mostMentionedEntity())
        let found = try reopened.articles(mentioning: entity)
        #expect(found.count == 1)
        try reopened.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(try reopened.articles(mentioning: entity) == found)
        let indexes = try reopened.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mention'")
        }
        #expect(indexes == ["mention_entity"])
    }

    /// An index made by the first schema keeps its mentions through the migration to the second.
    @Test func theMigrationKeepsTheMentions() throws {
        let folder = CorpusFolder("index-migration")
        defer { folder.remove() }
        var random = SeededGenerator(state: 23)
        folder.write("one.txt", CorpusFolder.article(using: &random))
        folder.write("two.txt", CorpusFolder.article(using: &random))
        try FileManager.default.createDirectory(atPath: folder.cache, withIntermediateDirectories: true)
        // The first schema, filled by hand as the first version's refresh filled it.
        let old = try DatabaseQueue(path: folder.indexFile)
        try IndexSchema.migrator.migrate(old, upTo: "v1")
        let reference = CorpusIndex.inMemory()
        try reference.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let mentions = try reference.database.read { db in
            try Row.fetchAll(db, sql: "SELECT entity, article, count FROM mention ORDER BY entity, article")
        }
        let entities = try reference.database.read { db in try Row.fetchAll(db, sql: "SELECT id, canonical, type FROM entity") }
        let articles = try reference.database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, path, size, modified, hash, title, words, problem, recognizer FROM article")
        }
        try old.write { db in
            for row in articles {
                try db.execute(sql: "INSERT INTO article VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: StatementArguments(row.databaseValues))
            }
            for row in entities { try db.execute(sql: "INSERT INTO entity VALUES (?, ?, ?)", arguments: StatementArguments(row.databaseValues)) }
            for row in mentions {
                try db.execute(sql: "INSERT INTO mention (entity, article, count) VALUES (?, ?, ?)", arguments: StatementArguments(row.databaseValues))
            }
        }
        try old.close()
        let migrated = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let after = try migrated.database.read { db in
            try Row.fetchAll(db, sql: "SELECT entity, article, count FROM mention ORDER BY entity, article")
        }
        #expect(after == mentions && !mentions.isEmpty)
    }
}
