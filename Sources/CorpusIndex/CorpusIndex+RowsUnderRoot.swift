import GRDB
import GRDBSQLite

extension CorpusIndex {
    /// Every row stored for files under the folder `root` (absolute), in byte order of path, then
    /// place in the file: what the reader lists before any file is scanned. The rows carry neither
    /// hash nor recogniser version. `body` gets each row as it is read: no array of them is made.
    public func forEachRow(under root: String, _ body: (IndexedArticle) throws -> Void) throws {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        // Every path under the folder sorts between "root/" and "root0" ("0" follows "/").
        let end = String(prefix.dropLast()) + "0"
        try database.read { db in
            // Each page is read once: a small cache keeps them from piling up in memory meanwhile.
            try db.execute(sql: "PRAGMA cache_size = -2048")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)") }
            let statement = try db.makeStatement(sql: """
                SELECT path, size, modified, title, words, problem, position, item, date, byline, source, url
                FROM article WHERE path >= ? AND path < ? ORDER BY path, position
                """)
            try statement.setArguments([prefix, end])
            let handle = statement.sqliteStatement
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { return }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                        message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                var article = IndexedArticle(absolutePath: Self.text(handle, 0), size: Self.integer(handle, 1),
                                             modified: Self.integer(handle, 2), hash: "", title: Self.text(handle, 3),
                                             words: Int(Self.integer(handle, 4)), problem: Self.optionalText(handle, 5),
                                             recognizerVersion: nil)
                article.position = Int(Self.integer(handle, 6))
                if !Self.isNull(handle, 7) { article.item = Self.text(handle, 7) }
                if !Self.isNull(handle, 8) { article.date = Self.text(handle, 8) }
                if !Self.isNull(handle, 9) { article.byline = Self.text(handle, 9) }
                if !Self.isNull(handle, 10) { article.source = Self.text(handle, 10) }
                if !Self.isNull(handle, 11) { article.url = Self.text(handle, 11) }
                try body(article)
            }
        }
    }
}
