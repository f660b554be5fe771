import Annotations
import Foundation
import GRDB

extension CorpusIndex {
    /// Every indexed file by absolute path.
    public func articles() throws -> [String: IndexedArticle] {
        try indexedArticles(analyzed: true)
    }

    /// Whether every file of `scan` is indexed with its current size and time (and an analysis of
    /// this recogniser, when `analyzed`), and nothing else is: then the index can answer for the files.
    /// Without `analyzed` the rows' `recognizerVersion` is nil and their `hash` empty (all a list needs
    /// is the title and word count).
    public func isCurrent(for scan: CorpusScan, analyzed: Bool = false) throws -> [String: IndexedArticle]? {
        let rows = try indexedArticles(analyzed: analyzed)
        var seen = Set<String>()
        seen.reserveCapacity(rows.count)
        for file in scan.files where seen.insert(file.absolutePath).inserted {
            guard let row = rows[file.absolutePath], row.size == file.size, row.modified == file.modified else { return nil }
            if analyzed, row.problem == nil, row.recognizerVersion != recognizerVersion { return nil }
        }
        return seen.count == rows.count ? rows : nil
    }

    /// Every row of the article table by absolute path, read without GRDB's row decoding.
    func indexedArticles(analyzed: Bool) throws -> [String: IndexedArticle] {
        try database.read { db in
            var rows: [String: IndexedArticle] = [:]
            rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT max(id) FROM article") ?? 0)
            let hash = analyzed ? "hash" : "''"
            let version = analyzed ? "recognizer" : "NULL"
            // Each page is read once: a small cache keeps them from piling up in memory meanwhile.
            try db.execute(sql: "PRAGMA cache_size = -2048")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)") }
            try Self.forEachRow(in: db, sql: "SELECT path, size, modified, \(hash), title, words, problem, \(version) FROM article") { row in
                let article = IndexedArticle(absolutePath: Self.text(row, 0), size: Self.integer(row, 1),
                                             modified: Self.integer(row, 2), hash: Self.text(row, 3),
                                             title: Self.text(row, 4), words: Int(Self.integer(row, 5)),
                                             problem: Self.optionalText(row, 6), recognizerVersion: Self.optionalInteger(row, 7))
                rows[article.absolutePath] = article
                return true
            }
            return rows
        }
    }

    /// The stored analysis of one file, with the recogniser version that made it.
    public func analysis(absolutePath: String) throws -> (analysis: Analysis, version: Int)? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.recognizer, n.blob FROM analysis n JOIN article a ON a.id = n.article WHERE a.path = ?
                """, arguments: [absolutePath]) else { return nil }
            let blob: Data = row[1]
            return AnalysisBlob.decode(Array(blob)).map { ($0, row[0]) }
        }
    }

    /// Entity and claim counts per file, for a list that shows them before any analysis is decoded.
    public func analysisCounts() throws -> [String: (entities: Int, claims: Int)] {
        try database.read { db in
            var counts: [String: (entities: Int, claims: Int)] = [:]
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.path, n.entities, n.claims FROM analysis n JOIN article a ON a.id = n.article
                """)
            while let row = try cursor.next() { counts[row[0]] = (row[1], row[2]) }
            return counts
        }
    }

    /// The articles that mention an entity (by canonical name, of one type or any), most mentions first.
    public func articles(mentioning canonical: String, type: EntityType? = nil) throws -> [EntityArticle] {
        try database.read { db in
            let typeFilter = type == nil ? "" : "AND e.type = ?"
            var arguments: StatementArguments = [canonical]
            if let type { arguments += [type.rawValue] }
            return try Row.fetchAll(db, sql: """
                SELECT a.path, a.title, sum(m.count) AS mentions, a.item
                FROM entity e JOIN mention m ON m.entity = e.id JOIN article a ON a.id = m.article
                WHERE e.canonical = ? \(typeFilter) GROUP BY a.id ORDER BY mentions DESC, a.path, a.position
                """, arguments: arguments).map { EntityArticle(absolutePath: $0[0], title: $0[1], item: $0[3], mentions: $0[2]) }
        }
    }

    /// Full-text search in SQLite's FTS5 syntax (words, "phrases", AND, OR, NOT, prefix*), best first.
    public func search(_ query: String, limit: Int = 20) throws -> [SearchHit] {
        do {
            return try database.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT rowid, highlight(article_text, 1, char(1), char(2)), rank FROM article_text
                    WHERE article_text MATCH ? ORDER BY rank LIMIT ?
                    """, arguments: [query, limit])
                return try rows.compactMap { row -> SearchHit? in
                    let id: Int64 = row[0]
                    guard let article = try Row.fetchOne(db, sql: "SELECT path, title, item FROM article WHERE id = ?",
                                                         arguments: [id]) else { return nil }
                    let place = SearchSnippet(highlighted: row[1])
                    return SearchHit(absolutePath: article[0], title: article[1], item: article[2], line: place.line,
                                     column: place.column, snippet: place.snippet, rank: row[2])
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw SearchQueryError(query: query, message: error.message ?? "not understood")
        }
    }
}

extension CorpusIndex {
    /// One file's row, if indexed.
    public func article(absolutePath: String) throws -> IndexedArticle? {
        try database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT a.path, a.size, a.modified, a.hash, a.title, a.words, a.problem, a.recognizer
                FROM article a WHERE a.path = ?
                """, arguments: [absolutePath]).map {
                IndexedArticle(absolutePath: $0[0], size: $0[1], modified: $0[2], hash: $0[3], title: $0[4],
                               words: $0[5], problem: $0[6], recognizerVersion: $0[7])
            }
        }
    }
}

extension CorpusIndex {
    /// Makes the next refresh read and analyse this file again, as if it had changed.
    public func invalidate(absolutePath: String) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE article SET modified = 0 WHERE path = ?", arguments: [absolutePath])
            try db.execute(sql: """
                UPDATE article SET recognizer = -1 WHERE path = ?
                """, arguments: [absolutePath])
        }
    }

    /// The canonical name mentioned in the most articles, for benchmarks and examples.
    public func mostMentionedEntity() throws -> String? {
        try database.read { db in
            try String.fetchOne(db, sql: """
                SELECT e.canonical FROM mention m JOIN entity e ON e.id = m.entity
                GROUP BY e.canonical ORDER BY count(*) DESC LIMIT 1
                """)
        }
    }
}
