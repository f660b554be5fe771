import GRDB

/// The index's tables, versioned as GRDB migrations. A file whose application id is not ours is
/// another program's database and is never migrated.
enum IndexSchema {
    /// "RDRI": marks a SQLite file as a reader index.
    static let applicationID: Int32 = 0x5244_5249

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,   -- absolute, so any working folder finds it
                    size INTEGER NOT NULL,
                    modified INTEGER NOT NULL,   -- nanoseconds since 1970
                    hash TEXT NOT NULL,
                    title TEXT NOT NULL,
                    words INTEGER NOT NULL,
                    problem TEXT,                -- why the file is not an article (binary, unreadable)
                    -- The recogniser version of the analysis below (null before one is stored): here,
                    -- so that a start compares versions without reading the analyses' pages.
                    recognizer INTEGER
                );
                CREATE INDEX article_hash ON article(hash);
                -- Kept apart from article so that a warm start's scan of sizes and times stays small.
                CREATE TABLE analysis (
                    article INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                    entities INTEGER NOT NULL,   -- counts, so the list needs no blob decoded
                    claims INTEGER NOT NULL,
                    blob BLOB NOT NULL
                );
                -- Entities by canonical name and type; mentions refer to them by number, which keeps
                -- the table of (entity, article) pairs small and its inserts cheap.
                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    canonical TEXT NOT NULL,
                    type TEXT NOT NULL,
                    UNIQUE (canonical, type)
                );
                -- Which articles mention an entity: the entity panel's `a`.
                CREATE TABLE mention (
                    entity INTEGER NOT NULL,
                    article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (entity, article)
                ) WITHOUT ROWID;
                CREATE INDEX mention_article ON mention(article);
                -- rowid = article.id; the body holds the whole text, title line included.
                CREATE VIRTUAL TABLE article_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
                -- A word in the title weighs twice a word of the body.
                INSERT INTO article_text (article_text, rank) VALUES ('rank', 'bm25(2.0, 1.0)');
                """)
        }
        migrator.registerMigration("v2-ledger", migrate: createLedger)
        migrator.registerMigration("v2-bulk-load") { db in
            // Mentions kept in article order: an article's mentions go in together at the end of the
            // table instead of at 60 places scattered through it; the entity index (covering the
            // count) is what `a` reads, and a large refresh drops it and builds it once at the end
            // (`mentionEntityIndex`), a sort instead of millions of scattered inserts. The foreign
            // keys go: the index deletes an article's rows itself (checking each insert's parent
            // cost a B-tree search per mention).
            try db.execute(sql: """
                CREATE TABLE mention_by_article (
                    article INTEGER NOT NULL,
                    entity INTEGER NOT NULL,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (article, entity)
                ) WITHOUT ROWID;
                INSERT INTO mention_by_article (article, entity, count) SELECT article, entity, count FROM mention;
                DROP TABLE mention;
                ALTER TABLE mention_by_article RENAME TO mention;
                \(mentionEntityIndex);
                -- Each transaction's words are kept in memory up to this size before FTS5 writes them out:
                -- a transaction of a bulk index makes one segment, not one per megabyte.
                INSERT INTO article_text (article_text, rank) VALUES ('hashsize', 33554432);
                """)
        }
        migrator.registerMigration("v3-article-state") { db in
            // Every column a refresh compares with the scan, in path order: the comparison is one
            // pass beside the scan's sorted files (`CorpusIndex.compare`), reading neither titles
            // nor hashes.
            try db.execute(sql: "CREATE INDEX article_state ON article(path, size, modified, recognizer, problem)")
        }
        migrator.registerMigration("v4-search-pending", migrate: createSearchPending)
        migrator.registerMigration("v4-items", migrate: addItems)
        migrator.registerMigration("v5-ledger-buckets", migrate: addLedgerBuckets)
        return migrator
    }

    /// The index by entity that `CorpusIndex.articles(mentioning:)` reads.
    static let mentionEntityIndex = "CREATE INDEX IF NOT EXISTS mention_entity ON mention(entity, count)"
}
