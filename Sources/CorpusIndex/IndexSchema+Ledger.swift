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
}
