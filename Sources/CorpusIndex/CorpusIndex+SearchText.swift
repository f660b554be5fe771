import Dispatch
import Foundation
import GRDB

extension CorpusIndex {
    /// How much of the corpus full-text search covers now.
    public func searchCoverage() throws -> SearchCoverage {
        try database.read { db in
            let pending = try Int.fetchOne(db, sql: "SELECT count(*) FROM search_pending") ?? 0
            // The articles are counted only when some wait: a complete index answers from one empty table.
            guard pending > 0 else { return SearchCoverage(searchable: 0, pending: 0) }
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE problem IS NULL") ?? 0
            return SearchCoverage(searchable: max(0, articles - pending), pending: pending)
        }
    }

    /// Puts the text of every article that waits for it (`search_pending`) into the full-text table:
    /// the second phase of a large refresh, and what a search or the next refresh finishes when a run
    /// was stopped between the phases. Files are read again on every core while the previous batch is
    /// written; a file whose bytes are no longer those analysed keeps waiting, and is marked so that
    /// the next refresh analyses it again. Safe beside another process doing the same: a text goes in
    /// only with the removal of its article's waiting row, in one transaction.
    /// Texts a bulk load kept in memory (`backlog`) are taken from there instead of read again;
    /// `alreadyIn` texts went in before (while the articles were stored) and count as done.
    /// - Returns: how many texts went in.
    @discardableResult
    public func fillSearchText(progress: ((RefreshProgress) -> Void)? = nil) throws -> Int {
        try fillSearchText(progress: progress, backlog: nil, alreadyIn: 0)
    }

    func fillSearchText(progress: ((RefreshProgress) -> Void)?, backlog: SearchTextBacklog?, alreadyIn: Int) throws -> Int {
        let waiting = try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.article, a.path, a.hash, a.position FROM search_pending p JOIN article a ON a.id = p.article
                ORDER BY p.article
                """).map { SearchTextStep(id: $0[0], absolutePath: $0[1], position: $0[3], hash: $0[2]) }
        }
        guard !waiting.isEmpty else {
            if alreadyIn > 0 { progress?(RefreshProgress(done: alreadyIn, total: alreadyIn, bytes: 0, stage: .searchText)) }
            return 0
        }
        let total = alreadyIn + waiting.count
        var done = alreadyIn
        var added = 0
        var bytes: Int64 = 0
        progress?(RefreshProgress(done: done, total: total, bytes: 0, stage: .searchText))
        var batches = stride(from: 0, to: waiting.count, by: Self.batchSize).map {
            Array(waiting[$0..<min($0 + Self.batchSize, waiting.count)])
        }.makeIterator()
        var pending = batches.next().map { Self.texts(of: $0, keptIn: backlog) }
        try database.writeWithoutTransaction { db in
            var transactionStarted = Date()
            while let texts = pending {
                let next = batches.next()
                let reading = DispatchGroup()
                let nextTexts = SearchTextBox()
                if let next {
                    DispatchQueue.global().async(group: reading) { nextTexts.value = Self.texts(of: next, keptIn: backlog) }
                }
                defer { reading.wait() }
                if !db.isInsideTransaction {
                    try db.beginTransaction(.immediate)
                    transactionStarted = Date()
                }
                do {
                    for text in texts {
                        added += try Self.storeText(text, in: db) ? 1 : 0
                    }
                    if next == nil || Date().timeIntervalSince(transactionStarted) >= Self.transactionSeconds {
                        try db.commit()
                    }
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    throw error
                }
                reading.wait()
                done += texts.count
                bytes += texts.reduce(0) { $0 + $1.bytes }
                progress?(RefreshProgress(done: done, total: total, bytes: bytes, stage: .searchText))
                pending = next == nil ? nil : nextTexts.value
            }
        }
        return added
    }

    /// Stores one article's text, if its row still waits for the bytes that were read; returns whether it did.
    static func storeText(_ text: SearchText, in db: Database) throws -> Bool {
        guard let title = text.title, let body = text.body else {
            // Changed or gone since it was analysed: the next refresh reads it again (and a file
            // that is gone loses its row then).
            try db.cachedStatement(sql: "UPDATE article SET modified = 0 WHERE id = ? AND hash = ?")
                .execute(arguments: [text.step.id, text.step.hash])
            return false
        }
        // The waiting row goes only if the article still holds the analysis of these bytes: another
        // process may have analysed a newer file meanwhile (and queued its text again).
        try db.cachedStatement(sql: """
            DELETE FROM search_pending WHERE article = ?1 AND (SELECT hash FROM article WHERE id = ?1) = ?2
            """).execute(arguments: [text.step.id, text.step.hash])
        guard db.changesCount == 1 else { return false }
        try db.cachedStatement(sql: "INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [text.step.id, title, body])
        return true
    }

    /// The texts of one batch: those `backlog` kept, and the others read again from their files.
    static func texts(of steps: [SearchTextStep], keptIn backlog: SearchTextBacklog?) -> [SearchText] {
        guard let backlog else { return readTexts(steps) }
        let kept = steps.map { backlog.take($0) }
        let missing = steps.indices.filter { kept[$0] == nil }
        guard !missing.isEmpty else { return kept.compactMap { $0 } }
        var read = readTexts(missing.map { steps[$0] }).makeIterator()
        return kept.map { $0 ?? read.next()! }
    }

    /// The texts of one batch, read on every core: a text only when its file still holds the bytes analysed.
    static func readTexts(_ steps: [SearchTextStep]) -> [SearchText] {
        let results = ResultSlots<SearchText>(count: steps.count)
        DispatchQueue.concurrentPerform(iterations: steps.count) { index in
            results.set(index, readText(steps[index]))
        }
        return results.values
    }

    static func readText(_ step: SearchTextStep) -> SearchText {
        guard let data = FileManager.default.contents(atPath: step.absolutePath) else {
            return SearchText(step: step, title: nil, body: nil, bytes: 0)
        }
        let hash = data.withUnsafeBytes { ContentHash.of($0) }
        // The file is read as the refresh read it, and the text is that of the article at the row's place.
        let articles = hash == step.hash ? decode(data, path: step.absolutePath).articles : []
        guard articles.indices.contains(step.position) else {
            return SearchText(step: step, title: nil, body: nil, bytes: Int64(data.count))
        }
        let article = articles[step.position]
        return SearchText(step: step, title: article.title, body: article.text, bytes: Int64(data.count))
    }
}
