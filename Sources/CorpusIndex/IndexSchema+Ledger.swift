import GRDB

extension IndexSchema {
    /// The claim ledger's rows: one per analysed article, its claims read for grouping (see
    /// LedgerBlob), with the version of the rules that read them. Written with the analysis, so a
    /// refresh reads again only the claims of the articles it analyses again.
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
