import Annotations
import Dispatch
import Foundation
import GRDB

/// The claim ledger on the index: each analysed article's claims, read for grouping, are stored
/// beside its analysis (the `ledger` table) when the article is analysed, so building the ledger of
/// a corpus decodes rows instead of reading every article's sentences again, and a refresh reads
/// again only the claims of the articles it analyses again. Grouping is `ClaimLedger(claims:)`.
extension CorpusIndex {
    static func storeLedger(_ record: ArticleRecord, article id: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO ledger (article, version, claims, blob) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, LedgerBlob.storedVersion, record.ledgerClaimCount, Data(record.ledger)])
    }

    /// The ledger claims of `files`, in their order, each file's under the path it was reached by.
    /// Files the index holds no current analysis for are left out (refresh first). An analysed
    /// article whose claims were stored by other rules, or never (an index made before the ledger
    /// was stored), has them read again from its stored analysis and text, and stored.
    /// - Returns: the claims, and how many articles had their claims read again.
    public func ledgerClaims(for files: [CorpusFile]) throws -> (claims: [LedgerClaim], reread: Int) {
        typealias Stored = (id: Int64, title: String, blob: [UInt8]?)
        let version = recognizerVersion
        var rows: [String: Stored] = [:]
        try database.read { db in
            rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.id, a.path, a.title, l.version, l.blob FROM article a
                JOIN analysis n ON n.article = a.id LEFT JOIN ledger l ON l.article = a.id
                WHERE a.problem IS NULL AND a.recognizer = ?
                """, arguments: [version])
            while let row = try cursor.next() {
                let stored: Int? = row[3]
                let blob: Data? = stored == LedgerBlob.storedVersion ? row[4] : nil
                rows[row[1]] = (id: row[0], title: row[2], blob: blob.map { [UInt8]($0) })
            }
        }
        var wanted: [(file: CorpusFile, row: Stored)] = []
        wanted.reserveCapacity(files.count)
        var seen = Set<String>()
        for file in files where seen.insert(file.absolutePath).inserted {
            if let row = rows[file.absolutePath] { wanted.append((file, row)) }
        }
        rows = [:]
        var stale = wanted.indices.filter { wanted[$0].row.blob == nil }
        if !stale.isEmpty {
            let reread = try rereadLedger(stale.map { (wanted[$0].row.id, wanted[$0].file.path) })
            for position in stale { wanted[position].row.blob = reread[wanted[position].row.id] }
        }
        var decoded = Self.decodeLedger(wanted)
        // A row that does not decode (damaged) is read again from the analysis, once.
        let damaged = wanted.indices.filter { decoded[$0] == nil && wanted[$0].row.blob != nil }
        if !damaged.isEmpty {
            let reread = try rereadLedger(damaged.map { (wanted[$0].row.id, wanted[$0].file.path) })
            for position in damaged {
                let item = wanted[position]
                decoded[position] = reread[item.row.id].flatMap { LedgerBlob.decode($0, path: item.file.path, title: item.row.title) }
            }
            stale += damaged
        }
        var claims: [LedgerClaim] = []
        claims.reserveCapacity(decoded.reduce(0) { $0 + ($1?.count ?? 0) })
        for articleClaims in decoded { claims.append(contentsOf: articleClaims ?? []) }
        return (claims, stale.count)
    }

    /// Each row's claims decoded (nil where the bytes do not decode), in parallel.
    static func decodeLedger(_ wanted: [(file: CorpusFile, row: (id: Int64, title: String, blob: [UInt8]?))]) -> [[LedgerClaim]?] {
        let chunkSize = 256
        let chunkCount = (wanted.count + chunkSize - 1) / chunkSize
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<[LedgerClaim]?>.allocate(capacity: wanted.count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            for index in (chunk * chunkSize)..<min(wanted.count, (chunk + 1) * chunkSize) {
                let item = wanted[index]
                results[index] = item.row.blob.flatMap { LedgerBlob.decode($0, path: item.file.path, title: item.row.title) }
            }
        }
        return Array(results)
    }

    /// Reads the claims of articles again from their stored analyses and texts, stores them, and
    /// returns the new blobs by article id.
    func rereadLedger(_ articles: [(id: Int64, path: String)]) throws -> [Int64: [UInt8]] {
        var sources: [(id: Int64, article: Article, analysis: Analysis)] = []
        try database.read { db in
            for (id, path) in articles {
                guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT n.blob, t.body, a.title FROM analysis n JOIN article a ON a.id = n.article
                    JOIN article_text t ON t.rowid = a.id WHERE n.article = ?
                    """), arguments: [id]) else { continue }
                let blob: Data = row[0]
                guard let analysis = AnalysisBlob.decode([UInt8](blob)) else { continue }
                sources.append((id, Article(path: path, text: row[1]), analysis))
            }
        }
        nonisolated(unsafe) var encoded = [(blob: [UInt8], count: Int)](repeating: ([], 0), count: sources.count)
        let lock = NSLock()
        let items = sources
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let claims = LedgerArticle(article: items[index].article, analysis: items[index].analysis).ledgerClaims()
            let blob = LedgerBlob.encode(claims)
            lock.lock()
            encoded[index] = (blob, claims.count)
            lock.unlock()
        }
        var blobs: [Int64: [UInt8]] = [:]
        try database.write { db in
            for (index, source) in items.enumerated() {
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO ledger (article, version, claims, blob) VALUES (?, ?, ?, ?)")
                    .execute(arguments: [source.id, LedgerBlob.storedVersion, encoded[index].count, Data(encoded[index].blob)])
                blobs[source.id] = encoded[index].blob
            }
        }
        return blobs
    }
}
