import Foundation
import GRDB

extension CorpusIndex {
    /// What the reader's list needs of every indexed file, from the article table alone (no hashes,
    /// no analyses: their table holds the blobs, and reading it would double a warm start's time).
    public func listRows() throws -> [String: IndexedListRow] {
        try database.read { db in
            var rows: [String: IndexedListRow] = [:]
            rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
            // Read through SQLite's own column calls, as `currentRows` does (GRDB's Row costs about
            // half the time on 100,000 rows), with a small page cache: each page is read once, and a
            // large cache would only keep the pages in memory behind the first screen.
            try db.execute(sql: "PRAGMA cache_size = -2048")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)") }
            try Self.forEachRow(in: db, sql: "SELECT path, size, modified, title, words, problem FROM article") { row in
                rows[Self.text(row, 0)] = IndexedListRow(size: Self.integer(row, 1), modified: Self.integer(row, 2),
                                                          title: Self.text(row, 3), words: Int(Self.integer(row, 4)),
                                                          problem: Self.optionalText(row, 5))
                return true
            }
            return rows
        }
    }

    /// Entity and claim counts of every article whose stored analysis is of this recogniser, by
    /// `articleKey`: what the list shows before the analyses themselves are read.
    public func currentAnalysisCounts() throws -> [String: (entities: Int, claims: Int)] {
        try database.read { db in
            var counts: [String: (entities: Int, claims: Int)] = [:]
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.path, n.entities, n.claims, a.item FROM analysis n JOIN article a ON a.id = n.article
                WHERE a.recognizer = ?
                """, arguments: [recognizerVersion])
            while let row = try cursor.next() { counts[Self.articleKey(absolutePath: row[0], item: row[3])] = (row[1], row[2]) }
            return counts
        }
    }

    /// What names an article of the index in one string: its file's absolute path, and after a NUL
    /// (which no path holds) its item's id in a feed or JSON Lines file.
    public static func articleKey(absolutePath: String, item: String?) -> String {
        item.map { absolutePath + "\u{0}" + $0 } ?? absolutePath
    }
}
