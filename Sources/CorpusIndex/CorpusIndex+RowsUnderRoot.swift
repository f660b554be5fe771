import Foundation
import GRDB
import GRDBSQLite

extension CorpusIndex {
    /// Every row stored for files under the folder `root` (absolute), in byte order of path, a
    /// file's items in their order (its problems among them): what the reader lists before any
    /// file is scanned. The rows carry neither hash nor recogniser version. `body` gets each row as
    /// it is read: no array of them is made.
    ///
    /// Rows are stored in the order of a scan, so the table is read in its own order first, rows
    /// outside the folder skipped as bytes; should a row be out of order (a file stored again
    /// since), `restart` is called and the rows come again through the path index, in order.
    public func forEachRow(under root: String, restart: () -> Void, _ body: (IndexedArticle) throws -> Void) throws {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        // Every path under the folder sorts between "root/" and "root0" ("0" follows "/").
        let end = String(prefix.dropLast()) + "0"
        let prefixBytes = Array(prefix.utf8)
        try database.read { db in
            // Each page is read once: a small cache keeps them from piling up in memory meanwhile.
            try db.execute(sql: "PRAGMA cache_size = -2048")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)") }
            let columns = "path, size, modified, title, words, problem, position, item, date, byline, source, url"
            var previous: [UInt8] = []
            var previousPosition = Int.min
            let inOrder = try Self.forEachRow(in: db, sql: "SELECT \(columns) FROM article") { row in
                let path = UnsafeRawBufferPointer(start: sqlite3_column_text(row, 0), count: Int(sqlite3_column_bytes(row, 0)))
                guard path.count > prefixBytes.count,
                      prefixBytes.withUnsafeBytes({ memcmp($0.baseAddress!, path.baseAddress!, $0.count) }) == 0 else { return true }
                let position = Int(Self.integer(row, 6))
                let order = previous.withUnsafeBytes { Self.compareBytes($0, path) }
                if order > 0 || (order == 0 && position >= 0 && position <= previousPosition) { return false }
                if order < 0 {
                    previous.removeAll(keepingCapacity: true)
                    previous.append(contentsOf: path)
                    previousPosition = Int.min
                }
                if position >= 0 { previousPosition = position }
                try body(Self.listedRow(row))
                return true
            }
            guard !inOrder else { return }
            restart()
            let statement = try db.makeStatement(sql: "SELECT \(columns) FROM article WHERE path >= ? AND path < ? ORDER BY path, position")
            try statement.setArguments([prefix, end])
            try Self.forEachRow(of: statement, in: db) { row in
                try body(Self.listedRow(row))
                return true
            }
        }
    }

    /// The number rows have reached: at least as many as the table holds, for sizing what a list keeps.
    public func highestRowID() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT max(id) FROM article") ?? 0 }
    }

    static func listedRow(_ row: OpaquePointer) -> IndexedArticle {
        var article = IndexedArticle(absolutePath: text(row, 0), size: integer(row, 1), modified: integer(row, 2), hash: "",
                                     title: text(row, 3), words: Int(integer(row, 4)), problem: optionalText(row, 5),
                                     recognizerVersion: nil)
        article.position = Int(integer(row, 6))
        if !isNull(row, 7) { article.item = text(row, 7) }
        if !isNull(row, 8) { article.date = text(row, 8) }
        if !isNull(row, 9) { article.byline = text(row, 9) }
        if !isNull(row, 10) { article.source = text(row, 10) }
        if !isNull(row, 11) { article.url = text(row, 11) }
        return article
    }
}
