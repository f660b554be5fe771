/// One mention of a named entity in an article.
///
/// `start` and `end` are Unicode scalar offsets into the article text as stored on disk, end exclusive.
public struct Entity: Codable, Equatable, Hashable, Sendable {
    public var text: String
    public var type: EntityType
    public var start: Int
    public var end: Int
    /// The name all mentions of the same entity share ("Bashar al-Assad" for "Assad").
    public var canonical: String

    public init(text: String, type: EntityType, start: Int, end: Int, canonical: String? = nil) {
        self.text = text
        self.type = type
        self.start = start
        self.end = end
        self.canonical = canonical ?? text
    }
}
