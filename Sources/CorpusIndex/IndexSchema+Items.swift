import GRDB

extension IndexSchema {
    /// The extensions of files that hold articles with metadata, or many articles (HTML pages, feeds,
    /// JSON Lines): before this migration the index read them as plain text.
    static let itemFileExtensions = ["html", "htm", "xhtml", "rss", "atom", "xml", "jsonl", "ndjson"]

    /// One row per article rather than per file: a feed or JSON Lines file has a row per item (its
    /// place in the file, its id, its date), all with the file's size, time and hash, so that search,
    /// mentions and the list name the item. A file's problems that still leave articles (a line
    /// that is not JSON) are rows too, at negative places, so a list from the index says them as
    /// reading the file does. SQLite cannot drop the old UNIQUE (path) constraint in place: the
    /// table is made again with the same ids, so analyses, mentions, text and ledger rows stay.
    static func addItems(_ db: Database) throws {
        let reread = itemFileExtensions.map { "lower(path) LIKE '%.\($0)'" }.joined(separator: " OR ")
        try db.execute(sql: """
            CREATE TABLE article_by_item (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL,          -- absolute, so any working folder finds it
                position INTEGER NOT NULL DEFAULT 0,  -- the item's place in its file; a file problem's below 0
                item TEXT,                   -- the item's id (guid, Atom id, JSON id, URL, line); a problem's place (":3")
                date TEXT,                   -- the publication date as the source wrote it
                byline TEXT,                 -- and the rest of what the source says of the article
                source TEXT,
                url TEXT,
                size INTEGER NOT NULL,
                modified INTEGER NOT NULL,   -- nanoseconds since 1970
                hash TEXT NOT NULL,          -- of the whole file
                title TEXT NOT NULL,
                words INTEGER NOT NULL,
                problem TEXT,
                recognizer INTEGER,
                UNIQUE (path, position)
            );
            INSERT INTO article_by_item (id, path, size, modified, hash, title, words, problem, recognizer)
                SELECT id, path, size, modified, hash, title, words, problem, recognizer FROM article;
            DROP TABLE article;
            ALTER TABLE article_by_item RENAME TO article;
            CREATE INDEX article_hash ON article(hash);
            CREATE INDEX article_state ON article(path, size, modified, recognizer, problem);
            -- Their markup was indexed as text: the next refresh reads them through their format.
            UPDATE article SET modified = 0, recognizer = -1 WHERE \(reread);
            """)
    }
}
