import Foundation
import GRDB

extension CorpusIndex {
    /// What the reader's list needs of every indexed file, in one pass over the article table
    /// with the analysis counts joined: no hashes, no analysis blobs.
    public func listRows() throws -> [String: IndexedListRow] {
        try database.read { db in
            var rows: [String: IndexedListRow] = [:]
            rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.path, a.size, a.modified, a.title, a.words, a.problem, a.recognizer, n.entities, n.claims
                FROM article a LEFT JOIN analysis n ON n.article = a.id
                """)
            while let row = try cursor.next() {
                let entities: Int? = row[7]
                let claims: Int? = row[8]
                let version: Int? = row[6]
                let path: String = row[0]
                rows[path] = IndexedListRow(
                    size: row[1], modified: row[2], title: row[3], words: row[4], problem: row[5],
                    counts: entities.flatMap { entities in claims.map { (entities, $0) } }
                        .flatMap { version == recognizerVersion ? $0 : nil })
            }
            return rows
        }
    }
}
