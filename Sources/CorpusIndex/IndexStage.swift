/// The two phases of a refresh: the articles (list rows, analyses, entities), then, for a large
/// refresh, their texts for full-text search.
public enum IndexStage: Sendable {
    case articles
    case searchText
}
