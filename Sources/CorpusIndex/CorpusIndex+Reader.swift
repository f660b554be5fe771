import Foundation
import GRDB

extension CorpusIndex {
    /// What the reader's list needs of every indexed file, from the article table alone (no hashes,
    /// no analyses: their table holds the blobs, and reading it would double a warm start's time).
    public func listRows() throws -> [String: IndexedListRow] {
        try database.read { db in
            var rows: [String: IndexedListRow] = [:]
            rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT path, size, modified, title, words, problem FROM article
                """)
            while let row = try cursor.next() {
                let path: String = row[0]
                rows[path] = IndexedListRow(size: row[1], modified: row[2], title: row[3], words: row[4], problem: row[5])
            }
            return rows
        }
    }

    /// Entity and claim counts of every file whose stored analysis is of this recogniser, by path:
    /// what the list shows before the analyses themselves are read.
    public func currentAnalysisCounts() throws -> [String: (entities: Int, claims: Int)] {
        try database.read { db in
            var counts: [String: (entities: Int, claims: Int)] = [:]
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.path, n.entities, n.claims FROM analysis n JOIN article a ON a.id = n.article
                WHERE a.recognizer = ?
                """, arguments: [recognizerVersion])
            while let row = try cursor.next() { counts[row[0]] = (row[1], row[2]) }
            return counts
        }
    }
}
