import GRDB

extension IndexSchema {
    /// The articles whose text is not yet in the full-text table: a large refresh stores the list,
    /// entities and claims first and fills `article_text` after (see CorpusIndex+SearchText), so
    /// the list is usable sooner; a search meanwhile knows how much of the corpus it covers. An index
    /// made before this table holds every text already, and migrates to an empty one.
    static func createSearchPending(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE search_pending (article INTEGER PRIMARY KEY)")
    }
}
