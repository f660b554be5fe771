import Annotations
import Dispatch
import Foundation
import GRDB

/// The claim ledger on the index: each analysed article's claims, read for grouping, are kept in the
/// `ledger` table (LedgerBlob), so building the ledger of a corpus decodes rows instead of reading
/// every article's sentences again. The rows are made lazily, by the first ledger read that needs
/// them, from the stored analysis and text: a cold index is usable without paying for them, and
/// `reader list`, search and the reader never do. A refresh that analyses an article again deletes
/// its row, so only the changed articles' claims are read again. `ledger(for:)` groups them, keeping
/// how each bucket split in `ledger_bucket` so that only buckets with changed claims split again.
extension CorpusIndex {
    /// Articles whose ledger rows are made per read and write of the database: bounds the texts
    /// (as scalars) held at once, and a killed ledger read keeps the rows of the chunks it wrote.
    static let ledgerChunkSize = 1_024

    /// What names an item of a feed or JSON Lines file in a ledger, from its file's path and its id.
    public typealias ItemKey = (_ path: String, _ item: String) -> String

    /// The ledger claims of `files`, in their order, each file's under the path it was reached by
    /// (every item of a feed or JSON Lines file, in the file's order, as reading the file gives them).
    /// Files the index holds no current analysis for are left out (refresh first). An analysed
    /// article without a row (never read, or analysed again since), or whose row was made by other
    /// rules, has its claims read from its stored analysis and text, and stored.
    /// - Returns: the claims, and how many articles had their claims read again.
    public func ledgerClaims(for files: [CorpusFile]) throws -> (claims: [LedgerClaim], reread: Int) {
        let read = try ledgerRows(for: files)
        return (read.claims, read.reread)
    }

    /// The ledger of `files` (see `ledgerClaims(for:)`), grouped incrementally: each bucket whose
    /// claims are those it held when last grouped takes its groups from `ledger_bucket`; the others
    /// are split and stored. After a few articles change, only the buckets their old and new claims
    /// fall in are split again.
    /// - Returns: the ledger, and how many articles had their claims read again.
    /// - Parameter itemKey: see `ledgerRows(for:itemKey:)`.
    public func ledger(for files: [CorpusFile], itemKey: ItemKey? = nil) throws -> (ledger: ClaimLedger, reread: Int) {
        let read = try ledgerRows(for: files, itemKey: itemKey)
        let ledger = ClaimLedger(claims: read.claims, stamps: read.stamps, reusing: try storedBucketGroupings())
        try storeBucketGroupings(of: ledger)
        return (ledger, read.reread)
    }

    /// How each bucket split when last grouped (see `ClaimLedger(claims:stamps:reusing:)`), by the
    /// bucket key's text; a row whose bytes do not decode is left out (that bucket splits again).
    public func storedBucketGroupings() throws -> [String: ClaimBucketGrouping] {
        var stored: [String: ClaimBucketGrouping] = [:]
        try database.read { db in
            let cursor = try Row.fetchCursor(db, sql: "SELECT bucket, signature, blob FROM ledger_bucket")
            while let row = try cursor.next() {
                let signature: Int64 = row[1]
                let blob: Data = row[2]
                if let grouping = LedgerBucketBlob.decode([UInt8](blob), signature: UInt64(bitPattern: signature)) {
                    stored[row[0]] = grouping
                }
            }
        }
        return stored
    }

    /// Stores how the buckets `ledger` split itself (the others were taken as stored) split.
    public func storeBucketGroupings(of ledger: ClaimLedger) throws {
        guard !ledger.regroupedBuckets.isEmpty else { return }
        try database.write { db in
            let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO ledger_bucket (bucket, signature, blob) VALUES (?, ?, ?)")
            for bucket in ledger.regroupedBuckets {
                guard let grouping = ledger.bucketGroupings[bucket] else { continue }
                try statement.execute(arguments: [bucket, Int64(bitPattern: grouping.signature), Data(LedgerBucketBlob.encode(grouping))])
            }
        }
    }

    /// The claims of `files` (see `ledgerClaims(for:)`) with each claim's stamp (its article's id and
    /// row stamp mixed, see `ClaimBucketGrouping.stamp`), and the paths of the files the index holds
    /// a current analysis for (their claims are all here, even when they have none).
    /// - Parameter itemKey: when given, each item of a feed or JSON Lines file has its claims (and its
    ///   entry in `paths`) under `itemKey(file.path, item)`, so that the items of one file stay apart
    ///   (the reader's ledger panel finds each item's row by it, an export its text); otherwise every
    ///   item's claims carry the file's path, as `reader claims` prints them.
    public func ledgerRows(for files: [CorpusFile], itemKey: ItemKey? = nil) throws
        -> (claims: [LedgerClaim], stamps: [UInt64], paths: [String], reread: Int) {
        typealias Stored = (id: Int64, title: String, stamp: Int64, blob: [UInt8]?, item: String?)
        let version = recognizerVersion
        var rows: [String: (position: Int, row: Stored)] = [:]
        // The other items of files with several (a feed, a JSON Lines file), by path: most files
        // hold one article, and a table of arrays for them all would cost a large corpus dearly.
        var moreItems: [String: [(position: Int, row: Stored)]] = [:]
        try database.read { db in
            rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.id, a.path, a.title, l.version, l.blob, l.stamp, a.position, a.item FROM article a
                JOIN analysis n ON n.article = a.id LEFT JOIN ledger l ON l.article = a.id
                WHERE a.problem IS NULL AND a.recognizer = ?
                """, arguments: [version])
            while let row = try cursor.next() {
                let storedVersion: Int? = row[3]
                let blob: Data? = storedVersion == LedgerBlob.storedVersion ? row[4] : nil
                let stored: Stored = (id: row[0], title: row[2], stamp: row[5] ?? 0, blob: blob.map { [UInt8]($0) }, item: row[7])
                let path: String = row[1]
                let position: Int = row[6]
                if rows[path] == nil {
                    rows[path] = (position, stored)
                } else {
                    moreItems[path, default: []].append((position, stored))
                }
            }
        }
        var wanted: [(file: CorpusFile, row: Stored)] = []
        wanted.reserveCapacity(files.count)
        var seen = Set<String>()
        func keyed(_ file: CorpusFile, _ row: Stored) -> (file: CorpusFile, row: Stored) {
            guard let itemKey, let item = row.item else { return (file, row) }
            var itemFile = file
            itemFile.path = itemKey(file.path, item)
            return (itemFile, row)
        }
        for file in files where seen.insert(file.absolutePath).inserted {
            guard let first = rows[file.absolutePath] else { continue }
            guard let more = moreItems[file.absolutePath] else {
                wanted.append(keyed(file, first.row))
                continue
            }
            // Each item of the file, in the file's order, as reading the file lists them.
            for item in ([first] + more).sorted(by: { $0.position < $1.position }) { wanted.append(keyed(file, item.row)) }
        }
        rows = [:]
        moreItems = [:]
        var decoded = Self.decodeLedger(wanted)
        // The bytes are done with once decoded: on a large corpus they are hundreds of megabytes.
        for position in wanted.indices { wanted[position].row.blob = nil }
        // Rows missing, made by other rules, or whose bytes do not decode (damaged): their claims are
        // read from the analyses, stored, and used as read.
        let missing = wanted.indices.filter { decoded[$0] == nil }
        if !missing.isEmpty {
            let read = try rereadLedger(missing.map { (wanted[$0].row.id, wanted[$0].file.path, wanted[$0].row.title) })
            for position in missing {
                decoded[position] = read[wanted[position].row.id]?.claims
                wanted[position].row.stamp = read[wanted[position].row.id]?.stamp ?? 0
            }
        }
        var claims: [LedgerClaim] = []
        var stamps: [UInt64] = []
        claims.reserveCapacity(decoded.reduce(0) { $0 + ($1?.count ?? 0) })
        stamps.reserveCapacity(claims.capacity)
        for (position, articleClaims) in decoded.enumerated() {
            claims.append(contentsOf: articleClaims ?? [])
            let stamp = ClaimBucketGrouping.stamp(article: wanted[position].row.id, version: wanted[position].row.stamp)
            stamps.append(contentsOf: repeatElement(stamp, count: articleClaims?.count ?? 0))
        }
        return (claims, stamps, wanted.map(\.file.path), missing.count)
    }

    /// Each row's claims decoded (nil where the bytes do not decode), in parallel.
    static func decodeLedger(_ wanted: [(file: CorpusFile, row: (id: Int64, title: String, stamp: Int64, blob: [UInt8]?, item: String?))]) -> [[LedgerClaim]?] {
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

    /// Reads the claims of articles from their stored analyses and texts, a chunk at a time, stores
    /// them, and returns them by article id, each under the path and title given, with the stamp
    /// drawn for its row.
    func rereadLedger(_ articles: [(id: Int64, path: String, title: String)]) throws -> [Int64: (claims: [LedgerClaim], stamp: Int64)] {
        var claims: [Int64: (claims: [LedgerClaim], stamp: Int64)] = [:]
        claims.reserveCapacity(articles.count)
        for start in stride(from: 0, to: articles.count, by: Self.ledgerChunkSize) {
            let chunk = articles[start..<min(articles.count, start + Self.ledgerChunkSize)]
            for (id, articleClaims, stamp) in try rereadLedgerChunk(Array(chunk)) { claims[id] = (articleClaims, stamp) }
        }
        return claims
    }

    func rereadLedgerChunk(_ articles: [(id: Int64, path: String, title: String)]) throws
        -> [(id: Int64, claims: [LedgerClaim], stamp: Int64)] {
        var sources: [(id: Int64, hash: String, article: LedgerArticle)] = []
        // Articles whose text waits for the full-text table (a large index between its phases):
        // their text is read from the file, as long as it still holds the bytes analysed.
        var waiting: [(step: SearchTextStep, path: String, title: String, analysis: Analysis)] = []
        try database.read { db in
            for (id, path, title) in articles {
                guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT n.blob, t.body, a.hash, a.path, a.position FROM analysis n JOIN article a ON a.id = n.article
                    LEFT JOIN article_text t ON t.rowid = a.id WHERE n.article = ?
                    """), arguments: [id]) else { continue }
                let blob: Data = row[0]
                guard let analysis = AnalysisBlob.decode([UInt8](blob)) else { continue }
                guard let text: String = row[1] else {
                    waiting.append((SearchTextStep(id: id, absolutePath: row[3], position: row[4], hash: row[2]), path, title, analysis))
                    continue
                }
                sources.append((id, row[2], LedgerArticle(path: path, title: title, text: ScalarText(text),
                                                          analysis: analysis)))
            }
        }
        for (read, article) in zip(Self.readTexts(waiting.map(\.step)), waiting) {
            guard let text = read.body else { continue }
            sources.append((article.step.id, article.step.hash,
                            LedgerArticle(path: article.path, title: article.title, text: ScalarText(text), analysis: article.analysis)))
        }
        let items = sources
        sources = []
        // Claims read and encoded on every core; the write below only binds the bytes.
        nonisolated(unsafe) var read = [(claims: [LedgerClaim], blob: [UInt8])](repeating: ([], []), count: items.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let claims = items[index].article.ledgerClaims()
            let blob = LedgerBlob.encode(claims)
            lock.lock()
            read[index] = (claims, blob)
            lock.unlock()
        }
        // A new stamp for every row written: the buckets its claims fall in are split again. Never 0,
        // the stamp of rows written before stamps were kept.
        let stamps = items.map { _ in Int64.random(in: 1...Int64.max) }
        try database.write { db in
            // Stored only while the article still holds the text its claims were read from: another
            // process may have analysed it again since this chunk was read.
            let statement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO ledger (article, version, claims, blob, stamp)
                SELECT ?, ?, ?, ?, ? WHERE (SELECT hash FROM article WHERE id = ?) = ?
                """)
            for (index, source) in items.enumerated() {
                try statement.execute(arguments: [source.id, LedgerBlob.storedVersion, read[index].claims.count,
                                                  Data(read[index].blob), stamps[index], source.id, source.hash])
            }
        }
        return items.indices.map { (items[$0].id, read[$0].claims, stamps[$0]) }
    }
}
