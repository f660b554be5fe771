@testable import CorpusIndex
import Foundation
import GRDB

/// Everything an index holds that a fresh rebuild must reproduce, keyed by path (row ids and the
/// stored times, which a refresh may keep as "unknown" for recent files, left out).
struct IndexSnapshot: Equatable, CustomStringConvertible {
    var rows: [String: String] = [:]

    init(_ index: CorpusIndex) throws {
        rows = try index.database.read { db in
            var rows: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.path || '#' || a.position, a.item, a.date, a.source, a.size, a.hash, a.title, a.words, coalesce(a.problem, ''), a.recognizer,
                       hex(n.blob), n.entities, n.claims, t.title, t.body,
                       (SELECT group_concat(canonical || '/' || type || '=' || count, ';')
                        FROM (SELECT e.canonical, e.type, m.count FROM mention m JOIN entity e ON e.id = m.entity
                              WHERE m.article = a.id ORDER BY e.canonical, e.type))
                FROM article a LEFT JOIN analysis n ON n.article = a.id LEFT JOIN article_text t ON t.rowid = a.id
                """) {
                let path: String = row[0]
                rows[path] = (1..<row.count).map { "\(row[$0] as DatabaseValue)" }.joined(separator: "|")
            }
            let orphans = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM article_text WHERE rowid NOT IN (SELECT id FROM article))
                     + (SELECT count(*) FROM mention WHERE article NOT IN (SELECT id FROM article))
                     + (SELECT count(*) FROM analysis WHERE article NOT IN (SELECT id FROM article))
                """) ?? 0
            rows["(orphan rows)"] = "\(orphans)"
            return rows
        }
    }

    var description: String { rows.keys.sorted().map { "\($0): \(rows[$0]!.prefix(80))" }.joined(separator: "\n") }
}
