import GRDB

extension IndexSchema {
    /// The claim ledger's rows: one per analysed article, its claims read for grouping (see
    /// LedgerBlob), with the version of the rules that read them. Made by the first ledger read that
    /// needs them and deleted when the article is analysed again (see CorpusIndex+Ledger).
    static func createLedger(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE ledger (
                article INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                version INTEGER NOT NULL,    -- ClaimLedger.readerVersion of the rules that read them
                claims INTEGER NOT NULL,
                blob BLOB NOT NULL
            );
            """)
    }

    /// What makes grouping incremental: each ledger row's `stamp` (a random number drawn when the
    /// row is written; 0 for rows written before), and `ledger_bucket`, how each bucket of the
    /// ledger split into groups (see LedgerBucketBlob) with the signature of the claims it split.
    /// A ledger read splits again only the buckets whose members' stamps changed.
    static func addLedgerBuckets(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE ledger ADD COLUMN stamp INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE ledger_bucket (
                bucket TEXT PRIMARY KEY,     -- ClaimGroupKey.text of the bucket
                signature INTEGER NOT NULL,  -- ClaimBucketGrouping.signature of its members
                blob BLOB NOT NULL
            );
            """)
    }
}
