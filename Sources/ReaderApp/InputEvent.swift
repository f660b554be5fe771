import Annotations

/// Everything that can happen to the app: a key, the mouse, a new terminal size, a paste, an
/// article's analysis finished in the background, or a tick of the clock when nothing else happened.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    case paste(String)
    case analyzed(index: Int, analysis: Analysis)
    /// An article's annotations were read or written, or could not be.
    case annotations(index: Int, update: AnnotationUpdate)
    /// Something the outside world wants the user to read (where an export went, say).
    case notice(String)
    /// The articles a corpus search found, best first.
    case corpusSearchResults(query: String, hits: [CorpusSearchHit])
    /// An article's file was read (when opened, or by the background work), with its sidecar's
    /// annotations: the app had only its summary.
    case articleRead(index: Int, article: Article, annotations: AnnotationUpdate)
    /// An article's file could not be read; `problem` says why.
    case articleUnreadable(index: Int, problem: String)
    /// The articles matching the list filter as typed, best first; `problem` when the query is
    /// not understood (the index's full-text syntax rejects it).
    case listFilterResults(query: String, hits: [CorpusSearchHit], problem: String?)
    /// How much of the corpus the index's full-text search covers, when not all of it yet (a large
    /// index stores the texts for search after the list): shown beside the list filter's results.
    case searchCoverage(String?)
    /// Entity and claim counts of articles not analysed yet, from the corpus index, by article index.
    case indexedCounts([Int: AnalysisCounts])
    /// What the scan of the files behind a list drawn from the corpus index found changed since
    /// the index last saw them: files added, gone or changed.
    case listChanged(ListChanges)
    /// The articles that mention an entity, most mentions first, as the corpus index knows them.
    case entityArticles(name: String, type: EntityType, articles: [EntityMentionCount])
    /// The corpus's ledger from the corpus index (every article it has a current analysis of, read
    /// or not, with the claims of the articles analysed here), grouped by the world off the UI
    /// thread, with the verdicts of unread articles that have a sidecar; or why it could not be read.
    case indexedLedger(IndexedLedgerAnswer)
    case tick
}
