import Annotations
import Dispatch
import Foundation
import GRDB

extension CorpusIndex {
    /// Files per transaction: small enough that a killed run loses little and another process
    /// waits briefly, large enough that commits cost little.
    static let batchSize = 256

    /// How long batches may share one transaction, in seconds.
    static let transactionSeconds = 1.0

    /// From this many files to read, a refresh drops the entity index and builds it again at the end.
    static let bulkSize = 10_000

    /// Whether a bulk load's writer puts texts into the full-text table while it waits for the next
    /// batch to be analysed (`READER_INDEX_TEXT_OVERLAP=on`). Off by default: on 2 busy cores the
    /// writer then takes CPU from the analysis, and the list was ready 1.8 times later for a total
    /// 6% shorter (100,000 articles, see README).
    static let fillsTextWhileAnalysing = ProcessInfo.processInfo.environment["READER_INDEX_TEXT_OVERLAP"] == "on"

    /// A file modified this recently (nanoseconds) may be written again within the file system's
    /// clock tick without its time changing; its time is stored as unknown so the next refresh
    /// compares its hash (git's "racy clean" problem).
    static let racyWindow: Int64 = 3_000_000_000

    /// The time to store for `file`: its own, or 0 (never a real time) when it is too recent to trust.
    static func storedTime(_ file: CorpusFile, refreshStarted: Int64) -> Int64 {
        file.modified >= refreshStarted - racyWindow ? 0 : file.modified
    }

    /// Brings the index up to date with the files of `scan`: reads and analyses only files that are
    /// new, changed (size or time differ and the hash too) or analysed by an older recogniser; keeps
    /// the analysis of a renamed file (same hash under a new path); forgets files that are gone.
    /// Reading and analysing run on every core while the previous batch is written.
    /// Without `fillsSearchText`, texts a bulk load leaves waiting for search stay so (for a command
    /// that reads no text, such as `reader claims`): the next search or full refresh puts them in.
    @discardableResult
    public func refresh(_ scan: CorpusScan, progress: ((RefreshProgress) -> Void)? = nil,
                        fillsSearchText: Bool = true) throws -> RefreshSummary {
        try refresh(scan, progress: progress, bulkFrom: Self.bulkSize, fillsSearchText: fillsSearchText)
    }

    /// `refresh`, loading in bulk (entity index dropped and built at the end, texts for search after
    /// the articles) from `bulkFrom` files to read. Without `fillsSearchText` the texts a bulk load
    /// leaves waiting stay so, as after a run stopped between the phases; with
    /// `fillsTextWhileAnalysing` the writer puts texts in while it waits for the next batch.
    @discardableResult
    func refresh(_ scan: CorpusScan, progress: ((RefreshProgress) -> Void)?, bulkFrom: Int,
                 fillsSearchText: Bool = true, fillsTextWhileAnalysing: Bool = CorpusIndex.fillsTextWhileAnalysing) throws -> RefreshSummary {
        var summary = RefreshSummary()
        let started = Int64(Date().timeIntervalSince1970 * 1e9)
        var entityIDs: [String: Int64] = [:]
        let comparison = try compare(scan)
        var steps = comparison.steps
        let goneRows = comparison.gone
        summary.unchanged += comparison.unchanged
        summary.problems += comparison.problems
        // Hashes are read only for the rows whose file changed or vanished: a warm start needs none.
        let hashes = try storedHashes(of: steps.compactMap(\.row?.id) + goneRows.map(\.id))
        for index in steps.indices where steps[index].row != nil {
            steps[index].row!.hash = hashes[steps[index].row!.id] ?? ""
        }
        // Files gone (each with its rows): deleted at the end unless a new path turns out to hold their bytes.
        var vanished: [String: [[Int64]]] = [:]
        for var row in goneRows {
            row.hash = hashes[row.id] ?? ""
            let ids = [row.id] + row.otherIDs
            if !row.isProblem, row.recognizerVersion == recognizerVersion {
                vanished[row.hash, default: []].append(ids)
            } else {
                vanished["", default: []].append(ids)
            }
        }
        let renameHashes = Set(vanished.keys.filter { !$0.isEmpty })

        let total = steps.count
        var done = 0
        var bytes: Int64 = 0
        let recognizer = Recognizer()
        let version = recognizerVersion
        var batches = stride(from: 0, to: steps.count, by: Self.batchSize).map {
            Array(steps[$0..<min($0 + Self.batchSize, steps.count)])
        }.makeIterator()
        var pending = batches.next().map { Self.read($0, recognizer: recognizer, version: version, renameHashes: renameHashes) }
        // A large refresh builds the entity index once at the end rather than entry by entry.
        // Any other refresh builds it if a bulk load killed midway left none (not when the index is
        // opened: a list started while another process loads in bulk would build it meanwhile).
        let isBulk = steps.count >= bulkFrom
        // A large refresh stores the articles first and their texts for search after: the list,
        // entities and claims are ready in about two thirds of the time, and a search meanwhile says how much
        // of the corpus it covers (`searchCoverage`).
        let defersText = isBulk
        // The deferred texts stay in memory (up to a bound) for the full-text table: the writer puts
        // them in while it waits for the next batch, and the second phase need not read them again.
        let backlog = defersText && fillsSearchText ? SearchTextBacklog() : nil
        let fillsWhileWaiting = backlog != nil && fillsTextWhileAnalysing
        let hasEntityIndex = try database.read { db in
            try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'index' AND name = 'mention_entity'") ?? false
        }
        if isBulk == hasEntityIndex {
            try database.write { db in
                try db.execute(sql: isBulk ? "DROP INDEX IF EXISTS mention_entity" : IndexSchema.mentionEntityIndex)
            }
        }
        do {
            try database.writeWithoutTransaction { db in
                var transactionStarted = Date()
                var committedOnce = false
                while let outcomes = pending {
                    // Read and analyse the next batch while this one is written.
                    let next = batches.next()
                    let reading = DispatchGroup()
                    let nextOutcomes = OutcomeBox()
                    if let next {
                        DispatchQueue.global().async(group: reading) {
                            nextOutcomes.value = Self.read(next, recognizer: recognizer, version: version, renameHashes: renameHashes)
                        }
                    }
                    defer { reading.wait() }
                    if !db.isInsideTransaction {
                        try db.beginTransaction(.immediate)
                        transactionStarted = Date()
                    }
                    do {
                        for outcome in outcomes {
                            try store(outcome, in: db, vanished: &vanished, summary: &summary, recognizer: recognizer,
                                      started: started, entityIDs: &entityIDs, defersText: defersText, backlog: backlog)
                        }
                        // Batches share a transaction for up to a second: fewer commits, and far fewer
                        // FTS5 segments to merge; a killed run loses at most that second. The first
                        // batch is committed alone, so another reader sees the first rows at once and
                        // a run killed in its first second keeps them.
                        if next == nil || !committedOnce || Date().timeIntervalSince(transactionStarted) >= Self.transactionSeconds {
                            try db.commit()
                            committedOnce = true
                        }
                        // Until the next batch is analysed, the writer would only wait: it puts the
                        // texts of articles already stored into the full-text table meanwhile, the
                        // larger part of the second phase's work.
                        while fillsWhileWaiting, let backlog, reading.wait(timeout: .now()) == .timedOut,
                              let text = backlog.next() {
                            if !db.isInsideTransaction {
                                try db.beginTransaction(.immediate)
                                transactionStarted = Date()
                            }
                            summary.searchTexts += try Self.storeText(text, in: db) ? 1 : 0
                        }
                    } catch {
                        if db.isInsideTransaction { try? db.rollback() }
                        throw error
                    }
                    reading.wait()
                    done += outcomes.count
                    bytes += outcomes.reduce(0) { $0 + Self.bytesRead($1) }
                    progress?(RefreshProgress(done: done, total: total, bytes: bytes))
                    pending = next == nil ? nil : nextOutcomes.value
                }
            }
        } catch {
            if isBulk { try? database.write { db in try db.execute(sql: IndexSchema.mentionEntityIndex) } }
            throw error
        }
        if isBulk { try database.write { db in try db.execute(sql: IndexSchema.mentionEntityIndex) } }
        let gone = vanished.values.flatMap { $0 }
        if !gone.isEmpty {
            try database.write { db in
                for id in gone.joined() { try Self.delete(id, in: db) }
            }
            summary.removed = gone.count
        }
        summary.bytesRead = bytes
        if fillsSearchText {
            summary.searchTexts += try fillSearchText(progress: progress, backlog: backlog, alreadyIn: summary.searchTexts)
        }
        return summary
    }

    /// The outcomes of one batch, read and analysed on every core.
    static func read(_ steps: [RefreshStep], recognizer: Recognizer, version: Int,
                     renameHashes: Set<String>) -> [RefreshOutcome] {
        let results = ResultSlots<RefreshOutcome>(count: steps.count)
        DispatchQueue.concurrentPerform(iterations: steps.count) { index in
            results.set(index, outcome(for: steps[index], recognizer: recognizer, version: version, renameHashes: renameHashes))
        }
        return results.values
    }

    static func outcome(for step: RefreshStep, recognizer: Recognizer, version: Int,
                        renameHashes: Set<String>) -> RefreshOutcome {
        var file = step.file
        if file.size > Int64(ArticleLoader.maximumFileSize) {
            return .problem(rowID: step.row?.id, file: file, hash: "",
                            message: "too large (\(file.size / 1_048_576) MB; the limit is \(ArticleLoader.maximumFileSize / 1_048_576) MB)")
        }
        guard let data = FileManager.default.contents(atPath: file.absolutePath) else {
            let message = FileManager.default.isReadableFile(atPath: file.absolutePath)
                ? "cannot be read" : "cannot be read (permission denied)"
            return .problem(rowID: step.row?.id, file: file, hash: "", message: message)
        }
        // The size the bytes have now, should the file have changed since the scan.
        file.size = Int64(data.count)
        let hash = data.withUnsafeBytes { ContentHash.of($0) }
        if let row = step.row, row.hash == hash, !row.isProblem, row.recognizerVersion == version {
            return .touch(rowID: row.id, file: file)
        }
        if step.row == nil, renameHashes.contains(hash) {
            return .rename(hash: hash, file: file)
        }
        let contents = Self.decode(data, path: file.path)
        let articles = contents.articles
        if articles.isEmpty, contents.problems.count <= 1, contents.problems.first?.path ?? file.path == file.path {
            return .problem(rowID: step.row?.id, file: file, hash: hash,
                            message: contents.problems.first?.message ?? "holds no article")
        }
        // A feed's items are analysed on every core too: one large feed may be all a batch holds.
        let records = ResultSlots<IndexEntry>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { position in
            let article = articles[position]
            records.set(position, IndexEntry(hash: hash, article: article, analysis: recognizer.analyze(article.text),
                                             position: position))
        }
        return .store(rowID: step.row?.id, file: file, records: records.values, problems: contents.problems)
    }

    /// What an `.xml` file that is no feed is called in the index: reading a folder skips such files,
    /// and so does a list from the index.
    public static let notAFeed = "an XML file that is no feed"

    /// The articles a file holds as the rest of `reader` reads them, by its format: a Markdown file
    /// through the Markdown reader, so the title, word count, text and spans the index keeps are
    /// those the list, `claims` and the reader show (its `# ` and emphasis marks are no part of the
    /// text); an HTML page as its extracted article; a feed or JSON Lines file as its items, with
    /// the problems that left others out (a line that is not JSON); any other file as plain text.
    public static func decode(_ data: Data, path: String) -> SourceContents {
        let format = SourceFormat.forPath(path)
        switch format {
        case nil, .text:
            switch ArticleLoader.decode(data, path: path) {
            case .success(let article): return SourceContents(articles: [article])
            case .failure(let problem): return SourceContents(problems: [problem])
            }
        case .feed where path.lowercased().hasSuffix(".xml") && !FeedReader.looksLikeFeed(data):
            return SourceContents(problems: [LoadProblem(path: path, message: notAFeed)])
        case .markdown, .html, .feed, .jsonLines:
            var contents = SourceReader.read(data, path: path, format: format)
            if contents.articles.isEmpty, contents.problems.isEmpty {
                contents.problems.append(LoadProblem(path: path, message: "holds no article"))
            }
            return contents
        }
    }

    static func bytesRead(_ outcome: RefreshOutcome) -> Int64 {
        switch outcome {
        case .touch(_, let file), .rename(_, let file), .store(_, let file, _, _), .problem(_, let file, _, _): return file.size
        }
    }

    func store(_ outcome: RefreshOutcome, in db: Database, vanished: inout [String: [[Int64]]],
               summary: inout RefreshSummary, recognizer: Recognizer, started: Int64,
               entityIDs: inout [String: Int64], defersText: Bool = false, backlog: SearchTextBacklog? = nil) throws {
        let modified = { (file: CorpusFile) in Self.storedTime(file, refreshStarted: started) }
        switch outcome {
        case .touch(_, let file):
            try db.execute(sql: "UPDATE article SET size = ?, modified = ? WHERE path = ?",
                           arguments: [file.size, modified(file), file.absolutePath])
            summary.touched += 1
        case .rename(let hash, let file):
            if try Self.rowID(of: file, in: db) != nil {
                // Another process stored this path meanwhile.
                summary.unchanged += 1
            } else if var files = vanished[hash], let ids = files.popLast() {
                vanished[hash] = files.isEmpty ? nil : files
                for id in ids {
                    try db.execute(sql: "UPDATE article SET path = ?, size = ?, modified = ? WHERE id = ?",
                                   arguments: [file.absolutePath, file.size, modified(file), id])
                }
                summary.renamed += 1
            } else {
                // Two new files with the bytes of one vanished file: the second is analysed here.
                let step = RefreshStep(file: file, row: nil)
                let again = Self.outcome(for: step, recognizer: recognizer, version: recognizerVersion, renameHashes: [])
                try store(again, in: db, vanished: &vanished, summary: &summary, recognizer: recognizer, started: started,
                          entityIDs: &entityIDs, defersText: defersText, backlog: backlog)
            }
        case .store(_, let file, let records, let problems):
            // The rows are found again inside the transaction: another process may have written them since.
            let existing = try Self.rowIDs(of: file, in: db)
            if records.count == 1, problems.isEmpty, records[0].item == nil, existing.count == 1 {
                // One article over one: its row keeps its id.
                try storeArticle(records[0], of: file, over: existing[0], in: db, started: started, entityIDs: &entityIDs,
                             defersText: defersText, backlog: backlog)
            } else {
                for id in existing { try Self.delete(id, in: db) }
                for record in records {
                    try storeArticle(record, of: file, over: nil, in: db, started: started, entityIDs: &entityIDs,
                                     defersText: defersText, backlog: backlog)
                }
                // The file's problems beside its articles, at places below 0, each with where in the file.
                for (number, problem) in problems.enumerated() {
                    let place = problem.path.hasPrefix(file.path) ? String(problem.path.dropFirst(file.path.count)) : ""
                    try db.execute(sql: """
                        INSERT INTO article (path, position, item, size, modified, hash, title, words, problem)
                        VALUES (?, ?, ?, ?, ?, ?, '', 0, ?)
                        """, arguments: [file.absolutePath, -1 - number, place, file.size, modified(file),
                                         records.first?.hash ?? "", problem.message])
                }
            }
            summary.analyzed += 1
        case .problem(_, let file, let hash, let message):
            for id in try Self.rowIDs(of: file, in: db) { try Self.delete(id, in: db) }
            try db.execute(sql: """
                INSERT INTO article (path, size, modified, hash, title, words, problem) VALUES (?, ?, ?, ?, '', 0, ?)
                """, arguments: [file.absolutePath, file.size, modified(file), hash, message])
            summary.problems += 1
        }
    }

    /// One article's rows: its row in `article` (over the row `over`, else new), text (or, in a bulk
    /// load, a place in the queue for it), analysis, mentions.
    func storeArticle(_ record: IndexEntry, of file: CorpusFile, over rowID: Int64?, in db: Database, started: Int64,
                      entityIDs: inout [String: Int64], defersText: Bool, backlog: SearchTextBacklog? = nil) throws {
        let modified = Self.storedTime(file, refreshStarted: started)
        let id: Int64
        if let rowID {
            try db.execute(sql: """
                UPDATE article SET size = ?, modified = ?, hash = ?, title = ?, words = ?, problem = NULL, recognizer = ?,
                    position = ?, item = ?, date = ?, byline = ?, source = ?, url = ?
                WHERE id = ?
                """, arguments: [file.size, modified, record.hash, record.title, record.words, recognizerVersion,
                                 record.position, record.item, record.metadata.date, record.metadata.byline,
                                 record.metadata.source, record.metadata.url, rowID])
            try db.execute(sql: "DELETE FROM article_text WHERE rowid = ?", arguments: [rowID])
            try db.execute(sql: "DELETE FROM mention WHERE article = ?", arguments: [rowID])
            id = rowID
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO article (path, position, item, date, byline, source, url, size, modified, hash, title, words, recognizer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [file.absolutePath, record.position, record.item, record.metadata.date,
                                      record.metadata.byline, record.metadata.source, record.metadata.url, file.size, modified,
                                      record.hash, record.title, record.words, recognizerVersion])
            id = db.lastInsertedRowID
        }
        if defersText {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO search_pending (article) VALUES (?)").execute(arguments: [id])
            backlog?.add(SearchText(step: SearchTextStep(id: id, absolutePath: file.absolutePath, position: record.position,
                                                         hash: record.hash),
                                    title: record.title, body: record.text, bytes: file.size))
        } else {
            try db.cachedStatement(sql: "INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)")
                .execute(arguments: [id, record.title, record.text])
            // A text left waiting by a bulk load of the file's previous bytes is no longer wanted.
            try db.cachedStatement(sql: "DELETE FROM search_pending WHERE article = ?").execute(arguments: [id])
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO analysis (article, entities, claims, blob) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, record.entityCount, record.claimCount, Data(record.analysis)])
        // The ledger's row of the previous text is stale; the next ledger read makes it again.
        try db.cachedStatement(sql: "DELETE FROM ledger WHERE article = ?").execute(arguments: [id])
        // Tens of rows per article: bound through SQLite's own calls, without GRDB's argument arrays.
        let mention = try db.cachedStatement(sql: "INSERT INTO mention (entity, article, count) VALUES (?, ?, ?)")
        for entry in record.mentions {
            let entity = try entityID(entry.key, entry.canonical, entry.type, in: db, known: &entityIDs)
            try Self.execute(mention, in: db, entity, id, Int64(entry.count))
        }
    }

    /// The number of an entity, added when new; `known` remembers the numbers met in this refresh.
    func entityID(_ key: String, _ canonical: String, _ type: String, in db: Database, known: inout [String: Int64]) throws -> Int64 {
        if let id = known[key] { return id }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity (canonical, type) VALUES (?, ?)")
            .execute(arguments: [canonical, type])
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entity WHERE canonical = ? AND type = ?"),
                                          arguments: [canonical, type]) else {
            throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "entity \(canonical) was not stored")
        }
        known[key] = id
        return id
    }

    static func rowID(of file: CorpusFile, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM article WHERE path = ?"), arguments: [file.absolutePath])
    }

    /// Every row of a file: one, or one per item of a feed and per problem beside them.
    static func rowIDs(of file: CorpusFile, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM article WHERE path = ?"), arguments: [file.absolutePath])
    }

    static func delete(_ id: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM article_text WHERE rowid = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM search_pending WHERE article = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM mention WHERE article = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM analysis WHERE article = ?", arguments: [id])
        // Foreign keys are off (see the v2-bulk-load migration), so the ledger's rows go here too.
        try db.execute(sql: "DELETE FROM ledger WHERE article = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
    }
}

/// The next batch's outcomes, handed from the reading thread to the writer after `wait()`.
final class OutcomeBox: @unchecked Sendable {
    var value: [RefreshOutcome]?
}

extension CorpusIndex {
    /// Forgets every file, for `--rebuild`.
    public func removeAll() throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM article_text; DELETE FROM search_pending; DELETE FROM mention; DELETE FROM entity; DELETE FROM analysis; DELETE FROM ledger; DELETE FROM article")
        }
    }
}
