import Annotations
@testable import CorpusIndex
import Foundation
import GRDB
import Testing

/// The claim ledger on the corpus index: claims read lazily, by the first ledger read, from the stored
/// analyses, equal to a full recompute, and read again only for the articles a refresh analyses again.
@Suite("Claim ledger on the index")
struct LedgerIndexTests {
    /// A corpus of the seeds with some generated articles, indexed, its ledger rows made when `withLedger`.
    static func indexedFolder(_ label: String, withLedger: Bool = true) throws -> (CorpusFolder, CorpusIndex) {
        let folder = CorpusFolder(label)
        let seeds = CorpusFolder.packageRoot + "/seeds"
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: seeds + "/" + name, toPath: folder.corpus + "/" + name)
        }
        var random = SeededGenerator(state: 16)
        for number in 0..<6 { folder.write("g\(number).txt", CorpusFolder.article(using: &random)) }
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        if withLedger { _ = try index.ledgerClaims(for: CorpusScanner.scan(paths: [folder.corpus]).files) }
        return (folder, index)
    }

    /// The ledger made by analysing every file again, as `reader claims` does without an index.
    static func fullRecompute(_ folder: CorpusFolder) -> ClaimLedger {
        let files = CorpusScanner.scan(paths: [folder.corpus]).files
        let recognizer = Recognizer()
        return ClaimLedger(articles: files.compactMap { file in
            guard case .success(let article) = ArticleLoader.loadFile(file.path) else { return nil }
            return LedgerArticle(article: article, analysis: recognizer.analyze(article.text))
        })
    }

    static func indexed(_ index: CorpusIndex, _ folder: CorpusFolder) throws -> (ledger: ClaimLedger, reread: Int) {
        let read = try index.ledgerClaims(for: CorpusScanner.scan(paths: [folder.corpus]).files)
        return (ClaimLedger(claims: read.claims), read.reread)
    }

    /// Sets every stored row's claim count to a mark no refresh writes, to see which rows a refresh rewrites.
    static func markRows(_ index: CorpusIndex) throws {
        try index.database.write { db in try db.execute(sql: "UPDATE ledger SET claims = -7") }
    }

    static func ledgerRowCount(_ index: CorpusIndex) throws -> Int {
        try index.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger") ?? -1 }
    }

    static func rewrittenPaths(_ index: CorpusIndex) throws -> Set<String> {
        try index.database.read { db in
            Set(try String.fetchAll(db, sql: "SELECT a.path FROM ledger l JOIN article a ON a.id = l.article WHERE l.claims != -7")
                .map { ($0 as NSString).lastPathComponent })
        }
    }

    @Test func claimsReadFromTheIndexEqualAFullRecompute() throws {
        let (folder, index) = try Self.indexedFolder("ledger-index-equal")
        defer { folder.remove() }
        let full = Self.fullRecompute(folder)
        let (fromIndex, reread) = try Self.indexed(index, folder)
        #expect(reread == 0, "the first ledger read stored every article's claims")
        #expect(fromIndex.claims == full.claims)
        #expect(fromIndex.groups == full.groups)
        #expect(fromIndex.sharedGroups.contains { group in group.members.filter { $0.id.path.contains("/003_") }.count == 4 }, "the seeds' evacuation figures group")
    }

    /// Lazy: a refresh stores no ledger rows; the first ledger read makes every row, right (equal to a
    /// full recompute), the next reads none; a changed article's row goes with the refresh that analyses
    /// it again, and the next ledger read makes that row alone, from the new text.
    @Test func theLedgerRowsAreMadeByTheFirstReadAndRedoneForAChangedArticle() throws {
        let (folder, index) = try Self.indexedFolder("ledger-index-lazy", withLedger: false)
        defer { folder.remove() }
        let files = CorpusScanner.scan(paths: [folder.corpus]).files
        #expect(try Self.ledgerRowCount(index) == 0, "indexing computes no ledger rows")
        let (first, firstReread) = try Self.indexed(index, folder)
        #expect(firstReread == files.count)
        #expect(try Self.ledgerRowCount(index) == files.count)
        #expect(first.claims == Self.fullRecompute(folder).claims)
        #expect(try Self.indexed(index, folder).reread == 0)

        try Self.markRows(index)
        let seed = folder.corpus + "/003_58af670faad38b86.txt"
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        folder.write("003_58af670faad38b86.txt", text.replacingOccurrences(of: "more than 6,400 people", with: "more than 9,400 people"))
        let summary = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(summary.analyzed == 1)
        #expect(try Self.ledgerRowCount(index) == files.count - 1, "the changed article's row is gone")
        let (again, reread) = try Self.indexed(index, folder)
        #expect(reread == 1)
        #expect(try Self.rewrittenPaths(index) == ["003_58af670faad38b86.txt"])
        #expect(again.claims.contains { $0.claim.text == "more than 9,400 people" })
        #expect(!again.claims.contains { $0.claim.text == "more than 6,400 people" })
        let full = Self.fullRecompute(folder)
        #expect(again.claims == full.claims)
        #expect(again.groups == full.groups)
    }

    /// Incremental: after one file changes, one is added and one removed, the ledger read after the
    /// refresh makes the claims of the changed and added files only, and the groups equal a full recompute.
    @Test func aRefreshRereadsOnlyTheClaimsOfChangedArticles() throws {
        let (folder, index) = try Self.indexedFolder("ledger-index-incremental")
        defer { folder.remove() }
        try Self.markRows(index)
        let seed = folder.corpus + "/003_58af670faad38b86.txt"
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        folder.write("003_58af670faad38b86.txt", text.replacingOccurrences(of: "more than 6,400 people", with: "more than 9,400 people"))
        folder.write("new.txt", "Aid convoy\n\nMore than 7,000 civilians were evacuated from eastern Aleppo, the Red Cross said.\n")
        try FileManager.default.removeItem(atPath: folder.corpus + "/g0.txt")
        let summary = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(summary.analyzed == 2)
        #expect(try Self.rewrittenPaths(index).isEmpty)
        let (fromIndex, reread) = try Self.indexed(index, folder)
        #expect(reread == 2)
        #expect(try Self.rewrittenPaths(index) == ["003_58af670faad38b86.txt", "new.txt"])
        let full = Self.fullRecompute(folder)
        // The marks changed only a column the ledger does not read: the claims are the stored ones.
        #expect(fromIndex.claims == full.claims)
        #expect(fromIndex.groups == full.groups)
        #expect(fromIndex.claims.contains { $0.claim.text == "more than 9,400 people" })
        #expect(!fromIndex.claims.contains { $0.id.path.hasSuffix("/g0.txt") })
        // The removed file's row leaves with it (the index deletes an article's rows itself).
        let orphans = try index.database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger WHERE article NOT IN (SELECT id FROM article)")
        }
        #expect(orphans == 0)
    }

    @Test func aRenamedFileKeepsItsClaimsUnderItsNewPath() throws {
        let (folder, index) = try Self.indexedFolder("ledger-index-rename")
        defer { folder.remove() }
        try Self.markRows(index)
        try FileManager.default.moveItem(atPath: folder.corpus + "/000_cef5231f6ba4b524.txt", toPath: folder.corpus + "/moved.txt")
        let summary = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(summary.renamed == 1 && summary.analyzed == 0)
        #expect(try Self.rewrittenPaths(index).isEmpty)
        let (fromIndex, _) = try Self.indexed(index, folder)
        #expect(fromIndex.claims.contains { $0.id.path == folder.corpus + "/moved.txt" && $0.claim.text == "8,000 evacuees" })
        #expect(fromIndex.groups == Self.fullRecompute(folder).groups)
    }

    /// An index made before the ledger was stored (no ledger table): opening it adds the table, and
    /// the first ledger read fills it from the stored analyses and texts, once.
    @Test func anIndexFromBeforeTheLedgerIsFilledFromItsAnalyses() throws {
        let (folder, index) = try Self.indexedFolder("ledger-index-old")
        defer { folder.remove() }
        try index.database.write { db in
            // As an index from before the ledger: no ledger table, nor what later migrations add to it.
            try db.execute(sql: "DROP TABLE ledger; DROP TABLE ledger_bucket")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('v2-ledger', 'v5-ledger-buckets')")
        }
        let reopened = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let files = CorpusScanner.scan(paths: [folder.corpus]).files
        let (ledger, reread) = try Self.indexed(reopened, folder)
        #expect(reread == files.count)
        #expect(ledger.groups == Self.fullRecompute(folder).groups)
        #expect(try Self.indexed(reopened, folder).reread == 0)
    }

    /// Claims stored by other rules (an older reader) are read again, not trusted.
    @Test func claimsOfAnotherReaderVersionAreReadAgain() throws {
        let (folder, index) = try Self.indexedFolder("ledger-index-version")
        defer { folder.remove() }
        try index.database.write { db in
            try db.execute(sql: "UPDATE ledger SET version = ?, blob = x'00'", arguments: [LedgerBlob.storedVersion - 1])
        }
        let (ledger, reread) = try Self.indexed(index, folder)
        #expect(reread == CorpusScanner.scan(paths: [folder.corpus]).files.count)
        #expect(ledger.groups == Self.fullRecompute(folder).groups)
    }

    /// A row whose bytes do not decode (damaged, or of another format under the same version) is
    /// read again from the analysis rather than leaving the article's claims out.
    @Test func aDamagedRowIsReadAgain() throws {
        let (folder, index) = try Self.indexedFolder("ledger-index-damaged")
        defer { folder.remove() }
        try index.database.write { db in try db.execute(sql: "UPDATE ledger SET blob = x'02FF' WHERE article = 1") }
        let (ledger, reread) = try Self.indexed(index, folder)
        #expect(reread == 1)
        #expect(ledger.groups == Self.fullRecompute(folder).groups)
        #expect(try Self.indexed(index, folder).reread == 0, "the row read again was stored")
    }

    @Test func theBlobRoundTripsAndRefusesDamage() throws {
        let recognizer = Recognizer()
        for article in ArticleLoader.load(paths: [CorpusFolder.packageRoot + "/seeds"]).articles {
            let claims = LedgerArticle(article: article, analysis: recognizer.analyze(article.text)).ledgerClaims()
            #expect(claims.contains { $0.attribution != nil } && claims.contains { $0.features != nil })
            let blob = LedgerBlob.encode(claims)
            #expect(LedgerBlob.decode(blob, path: article.path, title: article.title) == claims)
            #expect(LedgerBlob.decode(Array(blob.dropLast()), path: article.path, title: article.title) == nil)
            #expect(LedgerBlob.decode(blob + [0], path: article.path, title: article.title) == nil)
            var wrongVersion = blob
            wrongVersion[0] = 99
            #expect(LedgerBlob.decode(wrongVersion, path: article.path, title: article.title) == nil)
        }
    }
}
