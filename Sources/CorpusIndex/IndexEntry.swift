import Annotations

/// One file's article read and analysed off the writer's thread: the values of its rows in the
/// index (article, text, analysis, mentions), ready for the writer to store.
struct IndexEntry: Sendable {
    var hash: String
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

    init(hash: String, article: Article, analysis: Analysis) {
        self.hash = hash
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
