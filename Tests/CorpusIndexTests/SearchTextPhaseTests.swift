import Annotations
@testable import CorpusIndex
import Foundation
import GRDB
import Testing

/// A large refresh stores the articles first and their texts for search after: a search between
/// the phases says how much it covered, a run stopped between them is finished by the next, and the
/// result is the index an entry-by-entry refresh makes.
@Suite("Search text phase")
struct SearchTextPhaseTests {
    static func corpus(_ label: String, seed: UInt64, count: Int = 24) -> CorpusFolder {
        let folder = CorpusFolder(label)
        var random = SeededGenerator(state: seed)
        for number in 0..<count {
            folder.write("\(number % 3)/a\(number).txt", CorpusFolder.article(using: &random) + "marker\(number)\n")
        }
        return folder
    }

    @Test func aRunStoppedBetweenThePhasesSaysSoAndTheNextRefreshFinishesIt() throws {
        let folder = Self.corpus("search-text-stopped", seed: 31)
        defer { folder.remove() }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let stopped = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let first = try stopped.refresh(scan, progress: nil, bulkFrom: 1, fillsSearchText: false)
        #expect(first.analyzed == 24 && first.searchTexts == 0)
        // The list, entities and claims are there; search knows it has seen nothing yet.
        #expect(try stopped.listRows().count == 24)
        #expect(try stopped.mostMentionedEntity() != nil)
        #expect(try stopped.searchCoverage() == SearchCoverage(searchable: 0, pending: 24))
        #expect(try stopped.searchCoverage().shortDescription == "search index: 0 / 24 articles")
        #expect(try stopped.search("marker7").isEmpty)

        let reopened = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        var stages: [IndexStage] = []
        let second = try reopened.refresh(scan) { stages.append($0.stage) }
        // Nothing is analysed again (files this new are only compared by hash: touched, at most).
        #expect(second.analyzed == 0 && second.searchTexts == 24)
        #expect(stages.last == .searchText)
        #expect(try reopened.searchCoverage().isComplete)
        #expect(try reopened.search("marker7").map(\.absolutePath) == [folder.corpus + "/1/a7.txt"])
        let reference = CorpusIndex.inMemory()
        try reference.refresh(scan, progress: nil, bulkFrom: Int.max)
        #expect(try IndexSnapshot(reopened) == IndexSnapshot(reference))
    }

    /// The ledger does not wait for search: between the phases it reads each waiting article's text
    /// from its file, and gives the claims an index built file by file gives.
    @Test func theLedgerBetweenThePhasesReadsTheWaitingTextsFromTheFiles() throws {
        let folder = Self.corpus("search-text-ledger", seed: 34)
        defer { folder.remove() }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let stopped = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        try stopped.refresh(scan, progress: nil, bulkFrom: 1, fillsSearchText: false)
        #expect(try stopped.searchCoverage().pending == 24)
        let reference = CorpusIndex.inMemory()
        try reference.refresh(scan, progress: nil, bulkFrom: Int.max)
        let claims = try stopped.ledgerClaims(for: scan.files).claims
        #expect(!claims.isEmpty)
        #expect(claims == (try reference.ledgerClaims(for: scan.files).claims))
        // Reading the ledger put no text in: search still says what it waits for.
        #expect(try stopped.searchCoverage().pending == 24)
    }

    @Test func aBulkLoadEndsWithEveryTextSearchable() throws {
        let folder = Self.corpus("search-text-bulk", seed: 32)
        defer { folder.remove() }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        var stages: [IndexStage] = []
        let summary = try index.refresh(scan, progress: { stages.append($0.stage) }, bulkFrom: 1)
        #expect(summary.searchTexts == 24)
        // Articles first, then the texts: the list is ready before search is.
        #expect(stages.first == .articles && stages.last == .searchText)
        #expect(stages.firstIndex(of: .searchText)! > stages.lastIndex(of: .articles)!)
        #expect(try index.searchCoverage().isComplete)
        let reference = CorpusIndex.inMemory()
        try reference.refresh(scan, progress: nil, bulkFrom: Int.max)
        #expect(try IndexSnapshot(index) == IndexSnapshot(reference))
    }

    /// A bulk load keeps the texts it analysed for search instead of reading the files again: a
    /// file edited once its article is stored still gets the text its analysis was made from, and
    /// the next refresh reads the edit.
    @Test func aBulkLoadPutsInTheTextsItAnalysedWithoutReadingThemAgain() throws {
        let folder = Self.corpus("search-text-kept", seed: 36)
        defer { folder.remove() }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        var edited = false
        let summary = try index.refresh(scan, progress: { progress in
            guard progress.stage == .searchText, !edited else { return }
            edited = true
            for number in 0..<24 { folder.write("\(number % 3)/a\(number).txt", "Rewritten\n\nNow it says zeppelin\(number).\n") }
        }, bulkFrom: 1)
        #expect(edited)
        #expect(summary.searchTexts == 24)
        #expect(try index.searchCoverage().isComplete)
        #expect(try index.search("marker7").map(\.absolutePath) == [folder.corpus + "/1/a7.txt"])
        #expect(try index.search("zeppelin7").isEmpty)

        let next = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(next.analyzed == 24)
        #expect(try index.search("zeppelin7").map(\.absolutePath) == [folder.corpus + "/1/a7.txt"])
        #expect(try index.search("marker7").isEmpty)
    }

    /// A bulk load of several batches, whose writer puts texts in while the next batch is analysed,
    /// makes the index an entry-by-entry refresh makes, every text in once.
    @Test func aBulkLoadOfSeveralBatchesPutsEveryTextInOnce() throws {
        let folder = Self.corpus("search-text-batches", seed: 37, count: 700)
        defer { folder.remove() }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        var stages: [IndexStage] = []
        let summary = try index.refresh(scan, progress: { stages.append($0.stage) }, bulkFrom: 1, fillsTextWhileAnalysing: true)
        #expect(summary.analyzed == 700 && summary.searchTexts == 700)
        #expect(stages.first == .articles && stages.last == .searchText)
        #expect(try index.searchCoverage().isComplete)
        let texts = try index.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article_text") }
        #expect(texts == 700)
        let reference = CorpusIndex.inMemory()
        try reference.refresh(scan, progress: nil, bulkFrom: Int.max)
        #expect(try IndexSnapshot(index) == IndexSnapshot(reference))
    }

    /// A file edited between the phases does not get its new text under its old analysis: it keeps
    /// waiting (search says so) and the next refresh analyses it again.
    @Test func aFileChangedBetweenThePhasesWaitsForTheNextRefresh() throws {
        let folder = Self.corpus("search-text-changed", seed: 33)
        defer { folder.remove() }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        try index.refresh(scan, progress: nil, bulkFrom: 1, fillsSearchText: false)
        let edited = folder.write("2/a5.txt", "Edited title\n\nNow the word is zeppelin9.\n")
        // Same size and time would hide the edit from a scan; here the time moved.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: edited)

        #expect(try index.fillSearchText() == 23)
        #expect(try index.searchCoverage() == SearchCoverage(searchable: 23, pending: 1))
        #expect(try index.search("marker5").isEmpty)

        let summary = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(summary.analyzed == 1)
        #expect(try index.searchCoverage().isComplete)
        #expect(try index.search("zeppelin9").map(\.absolutePath) == [edited])
        let reference = CorpusIndex.inMemory()
        try reference.refresh(CorpusScanner.scan(paths: [folder.corpus]), progress: nil, bulkFrom: Int.max)
        #expect(try IndexSnapshot(index) == IndexSnapshot(reference))
    }

    /// Two processes finishing the texts at once (two `reader search`, say) put each text in once.
    @Test func twoIndexesFillingTheTextsAtOncePutEachInOnce() throws {
        let folder = Self.corpus("search-text-two", seed: 34, count: 600)
        defer { folder.remove() }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let first = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        try first.refresh(scan, progress: nil, bulkFrom: 1, fillsSearchText: false)
        let second = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let added = AddedCounts()
        DispatchQueue.concurrentPerform(iterations: 2) { which in
            added.set(which, Result { try (which == 0 ? first : second).fillSearchText() })
        }
        #expect(try added.total() == 600)
        let texts = try first.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article_text") }
        #expect(texts == 600)
        #expect(try first.searchCoverage().isComplete)
    }

    /// An index made before the texts could wait opens with every text searchable.
    @Test func anIndexOfTheSchemaBeforeMigratesComplete() throws {
        let folder = Self.corpus("search-text-migration", seed: 35, count: 3)
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.cache, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: folder.indexFile)
        try IndexSchema.migrator.migrate(old, upTo: "v3-article-state")
        try old.close()
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let tables = try index.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name = 'search_pending'")
        }
        #expect(tables == ["search_pending"])
        #expect(try index.searchCoverage().isComplete)
        #expect(try index.refresh(CorpusScanner.scan(paths: [folder.corpus])).analyzed == 3)
        #expect(try index.search("marker2").count == 1)
    }
}

/// What each of two threads filling the texts put in.
final class AddedCounts: @unchecked Sendable {
    private var results: [Int: Result<Int, any Error>] = [:]
    private let lock = NSLock()

    func set(_ which: Int, _ result: Result<Int, any Error>) {
        lock.lock()
        results[which] = result
        lock.unlock()
    }

    func total() throws -> Int {
        try results.values.reduce(0) { try $0 + $1.get() }
    }
}
