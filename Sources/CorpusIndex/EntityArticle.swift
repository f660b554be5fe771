/// An article that mentions an entity, with how many times.
public struct EntityArticle: Equatable, Sendable {
    public var absolutePath: String
    public var title: String
    /// The item's id when the article is an item of a feed or JSON Lines file.
    public var item: String? = nil
    public var mentions: Int
}
