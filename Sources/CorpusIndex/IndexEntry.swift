import Annotations

/// One file's article read and analysed off the writer's thread: the values of its rows in the
/// index (article, text, analysis, mentions), ready for the writer to store.
struct IndexEntry: Sendable {
    var hash: String
    /// The article's place in its file (0 for a file of one article).
    var position = 0
    /// The item's id in a feed or JSON Lines file; nil for a file of one article.
    var item: String?
    /// What the source says of the article besides its text (date, byline, publication, address).
    var metadata: ArticleMetadata
    var title: String
    var words: Int
    var text: String
    var analysis: [UInt8]
    var entityCount: Int
    var claimCount: Int
    /// How often each entity (canonical name and type) is mentioned, with the key the writer knows
    /// the entity's number by (made here, off the writer's thread).
    var mentions: [(key: String, canonical: String, type: String, count: Int)]

    static func entityKey(canonical: String, type: String) -> String {
        type + "\u{1}" + canonical
    }

    init(hash: String, article: Article, analysis: Analysis, position: Int = 0) {
        self.hash = hash
        self.position = position
        item = article.itemID
        metadata = article.metadata
        title = article.title
        words = article.wordCount
        text = article.text
        self.analysis = AnalysisBlob.encode(analysis)
        entityCount = analysis.entities.count
        claimCount = analysis.claims.count
        var counts: [String: [String: Int]] = [:]
        for entity in analysis.entities {
            counts[entity.type.rawValue, default: [:]][entity.canonical, default: 0] += 1
        }
        mentions = counts.flatMap { type, names in
            names.map { (key: Self.entityKey(canonical: $0.key, type: type), canonical: $0.key, type: type, count: $0.value) }
        }
    }
}
