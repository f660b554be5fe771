import Annotations
@testable import CorpusIndex
import Foundation
import GRDB
import Testing

/// Grouping on the corpus index is incremental: how each bucket split is kept in `ledger_bucket`,
/// and a ledger read after a refresh splits only the buckets a changed, added or removed article's
/// claims fall in, with groups equal to a grouping from scratch.
@Suite("Incremental ledger on the index")
struct IncrementalLedgerIndexTests {
    static func files(_ folder: CorpusFolder) -> [CorpusFile] { CorpusScanner.scan(paths: [folder.corpus]).files }

    static func bucketRowCount(_ index: CorpusIndex) throws -> Int {
        try index.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger_bucket") ?? -1 }
    }

    @Test func aLedgerReadAfterARefreshSplitsOnlyTheTouchedBucketsAndEqualsAFullGrouping() throws {
        let (folder, index) = try LedgerIndexTests.indexedFolder("ledger-incremental")
        defer { folder.remove() }
        let first = try index.ledger(for: Self.files(folder)).ledger
        #expect(first.regroupedBuckets.count == first.bucketGroupings.count, "nothing was kept yet")
        #expect(try Self.bucketRowCount(index) == first.bucketGroupings.count)
        let second = try index.ledger(for: Self.files(folder)).ledger
        #expect(second.regroupedBuckets.isEmpty, "no claim changed: every bucket's groups come from the index")
        #expect(second.groups == first.groups)

        let text = try String(contentsOfFile: folder.corpus + "/003_58af670faad38b86.txt", encoding: .utf8)
        folder.write("003_58af670faad38b86.txt", text.replacingOccurrences(of: "more than 6,400 people", with: "more than 9,400 people"))
        folder.write("new.txt", "Aid convoy\n\nMore than 7,000 civilians were evacuated from eastern Aleppo, the Red Cross said.\n")
        try FileManager.default.removeItem(atPath: folder.corpus + "/g0.txt")
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))

        let (incremental, reread) = try index.ledger(for: Self.files(folder))
        #expect(reread == 2, "the changed and the added article")
        #expect(!incremental.regroupedBuckets.isEmpty)
        #expect(incremental.regroupedBuckets.count < incremental.bucketGroupings.count)
        let full = LedgerIndexTests.fullRecompute(folder)
        #expect(incremental.claims == full.claims)
        #expect(incremental.groups == full.groups)
        let convoy = try #require(incremental.claims.firstIndex { $0.claim.text == "More than 7,000 civilians" && $0.id.path.hasSuffix("new.txt") })
        #expect(incremental.group(ofClaimAt: convoy)?.members.contains { $0.claim.text == "more than 9,400 people" } == true)

        // A reopened index (another run) reads the groupings as this one wrote them.
        let reopened = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let later = try reopened.ledger(for: Self.files(folder)).ledger
        #expect(later.regroupedBuckets.isEmpty)
        #expect(later.groups == full.groups)
    }

    @Test func aDamagedBucketRowIsSplitAgain() throws {
        let (folder, index) = try LedgerIndexTests.indexedFolder("ledger-bucket-damaged")
        defer { folder.remove() }
        let first = try index.ledger(for: Self.files(folder)).ledger
        let bucket = try #require(first.bucketGroupings.keys.sorted().first)
        try index.database.write { db in
            try db.execute(sql: "UPDATE ledger_bucket SET blob = x'01ff' WHERE bucket = ?", arguments: [bucket])
        }
        let again = try index.ledger(for: Self.files(folder)).ledger
        #expect(again.regroupedBuckets == [bucket])
        #expect(again.groups == first.groups)
    }

    @Test func theBucketBlobRoundTrips() throws {
        let grouping = ClaimBucketGrouping(signature: 42, groups: [
            .init(id: "count|people|-|-|days|report", key: ClaimGroupKey(family: "count", subject: "people", event: "displacement",
                                                                         place: "Aleppo", isLongPeriod: false, isProjection: true,
                                                                         direction: "east"), members: [0, 3, 200, 70_000]),
            .init(id: "b#2", key: ClaimGroupKey(family: "share", subject: "unspecified", event: nil, place: nil, isLongPeriod: true),
                  members: [1]),
        ])
        let bytes = LedgerBucketBlob.encode(grouping)
        #expect(LedgerBucketBlob.decode(bytes, signature: 42) == grouping)
        #expect(LedgerBucketBlob.decode(Array(bytes.dropLast()), signature: 42) == nil)
        #expect(LedgerBucketBlob.decode([9] + bytes.dropFirst(), signature: 42) == nil)
    }

    /// An index written by the previous schema (no stamps, no `ledger_bucket`), as main's build left
    /// it: it migrates on open, keeps its ledger rows, and groups as from scratch.
    @Test func anIndexWithoutBucketsMigratesOnOpenAndKeepsItsLedgerRows() throws {
        let (folder, index) = try LedgerIndexTests.indexedFolder("ledger-bucket-migration")
        defer { folder.remove() }
        try index.database.write { db in
            try db.execute(sql: "DROP TABLE ledger_bucket")
            try db.execute(sql: "ALTER TABLE ledger DROP COLUMN stamp")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5-ledger-buckets'")
        }
        let reopened = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let (ledger, reread) = try reopened.ledger(for: Self.files(folder))
        #expect(reread == 0, "the ledger rows stay")
        #expect(ledger.groups == LedgerIndexTests.fullRecompute(folder).groups)
        #expect(try Self.bucketRowCount(reopened) == ledger.bucketGroupings.count)
        #expect(try reopened.ledger(for: Self.files(folder)).ledger.regroupedBuckets.isEmpty)
    }
}

/// Feeds and JSON Lines files in the index's ledger: every item's claims, in the file's order, as
/// reading the files gives them.
@Suite("Items of feeds in the index's ledger")
struct ItemLedgerIndexTests {
    static let moreLines = """
        {"id": "j1", "title": "Evacuation count", "date": "2016-12-16", "text": "More than 7,000 civilians were evacuated from eastern Aleppo, Mevlut Cavusoglu said."}
        {"id": "j2", "title": "Later count", "date": "2016-12-17", "text": "Some 20,000 people were evacuated from eastern Aleppo, the Red Cross said."}

        """

    @Test func everyItemsClaimsAreInTheLedgerAsReadingTheFilesGivesThem() throws {
        let folder = CorpusFolder("ledger-items")
        defer { folder.remove() }
        folder.write("wire.rss", ItemIndexTests.rss([
            (id: "a1", title: "Aleppo evacuation resumes", date: "Thu, 15 Dec 2016 10:00:00 GMT",
             text: "Buses left eastern Aleppo carrying about 8,000 people, Sergei Lavrov said."),
            (id: "a2", title: "More buses", date: "Fri, 16 Dec 2016 09:00:00 GMT",
             text: "More than 6,400 people were evacuated from eastern Aleppo, the defence ministry said."),
        ]))
        folder.write("archive.jsonl", Self.moreLines)
        folder.write("plain.txt", "Plain story\n\nAbout 9,000 civilians were evacuated from eastern Aleppo on Thursday.\n")
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        try index.refresh(scan)
        let recognizer = Recognizer()
        let read = ArticleLoader.load(paths: scan.files.map(\.path))
        #expect(read.articles.count == 5)
        let expected = ClaimLedger(articles: read.articles.map { LedgerArticle(article: $0, analysis: recognizer.analyze($0.text)) })
        let (fromIndex, reread) = try index.ledger(for: scan.files)
        #expect(reread == 5, "each item's claims are read and stored")
        #expect(fromIndex.claims == expected.claims)
        #expect(fromIndex.groups == expected.groups)
        let evacuation = try #require(fromIndex.claims.firstIndex { $0.claim.text == "More than 6,400 people" })
        let members = Set(fromIndex.group(ofClaimAt: evacuation)?.members.map(\.claim.text) ?? [])
        #expect(members.isSuperset(of: ["about 8,000 people", "More than 7,000 civilians"]), "items of both files group")
        // From the stored rows, the same.
        let again = try index.ledger(for: scan.files)
        #expect(again.reread == 0)
        #expect(again.ledger.claims == expected.claims)
        #expect(again.ledger.groups == expected.groups)
    }

    @Test func keyedByItemEachItemsClaimsCarryItsOwnKeyAndItsOwnOffsets() throws {
        let folder = CorpusFolder("ledger-item-keys")
        defer { folder.remove() }
        // Both items hold a claim at the same offsets: keyed by the file alone, they would share an id.
        folder.write("wire.rss", ItemIndexTests.rss([
            (id: "a1", title: "First count", date: "Thu, 15 Dec 2016 10:00:00 GMT",
             text: "About 8,000 people left eastern Aleppo, Sergei Lavrov said."),
            (id: "a2", title: "Second count", date: "Fri, 16 Dec 2016 09:00:00 GMT",
             text: "About 9,000 people left eastern Aleppo, the Red Cross said."),
        ]))
        folder.write("plain.txt", "Plain story\n\nAbout 7,000 civilians were evacuated from eastern Aleppo on Thursday.\n")
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        try index.refresh(scan)
        let rows = try index.ledgerRows(for: scan.files, itemKey: { $0 + "#" + $1 })
        let wire = try #require(scan.files.first { $0.path.hasSuffix("wire.rss") }).path
        let plain = try #require(scan.files.first { $0.path.hasSuffix("plain.txt") }).path
        #expect(Set(rows.paths) == [wire + "#a1", wire + "#a2", plain])
        let first = try #require(rows.claims.first { $0.claim.text == "About 8,000 people" })
        let second = try #require(rows.claims.first { $0.claim.text == "About 9,000 people" })
        #expect(first.id.path == wire + "#a1")
        #expect(second.id.path == wire + "#a2")
        #expect(first.id != second.id)
        #expect(rows.claims.first { $0.claim.text.hasPrefix("About 7,000") }?.id.path == plain)
        // Without a key, every item's claims carry the file's path, as `reader claims` prints them.
        let byFile = try index.ledgerRows(for: scan.files)
        let itemClaims = rows.claims.filter { $0.id.path.hasPrefix(wire + "#") }.count
        #expect(itemClaims >= 2)
        #expect(byFile.claims.filter { $0.id.path == wire }.count == itemClaims)
        #expect(byFile.claims.map(\.claim) == rows.claims.map(\.claim))
    }
}
