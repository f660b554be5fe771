import Annotations

/// What the app asks of the world outside after an event.
public enum AppCommand: Equatable, Sendable {
    case none
    case quit
    /// Write the config file (the user toggled a layer).
    case saveConfig(ReaderConfig)
    /// Write a change to an article's annotations; the answer comes back as `.annotations`.
    case changeAnnotations(articleIndex: Int, change: AnnotationChange)
    /// Export the corpus's notes as Markdown; the answer comes back as `.notice`.
    case export
    /// Search every article of the corpus (the index's full-text syntax where there is an index);
    /// the answer comes back as `.corpusSearchResults`, or `.notice` when the query is not understood.
    case searchCorpus(String)
    /// Read an article's file (the list came from the corpus index); the answer comes back as
    /// `.articleRead` or `.articleUnreadable`.
    case readArticle(Int)
    /// Find the articles matching the list filter as typed (title and text, the last word as a
    /// prefix); the answer comes back as `.listFilterResults`.
    case filterList(String)
    /// Find the articles that mention an entity (the corpus index's mention table); the answer
    /// comes back as `.entityArticles`.
    case findMentions(name: String, type: EntityType)
    /// Read the corpus's claim ledger from the corpus index and group it with the claims of the
    /// articles analysed here (off the UI thread: it decodes and groups every analysed article's
    /// claims); the answer comes back as `.indexedLedger`.
    case loadLedger(LedgerRequest)
}
