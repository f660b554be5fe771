/// An article that mentions an entity, with how many times.
public struct EntityArticle: Equatable, Sendable {
    public var absolutePath: String
    public var title: String
    public var mentions: Int
}
