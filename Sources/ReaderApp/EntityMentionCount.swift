/// An article that mentions an entity, and how often: one row of the corpus index's answer to
/// "which articles mention this?".
public struct EntityMentionCount: Equatable, Sendable {
    public var articleIndex: Int
    public var mentions: Int

    public init(articleIndex: Int, mentions: Int) {
        self.articleIndex = articleIndex
        self.mentions = mentions
    }
}
