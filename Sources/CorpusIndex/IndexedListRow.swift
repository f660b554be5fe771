/// One indexed file as the reader's list shows it: compared by size and time with the file, its
/// title and word count, and why it is no article.
public struct IndexedListRow: Sendable {
    public var size: Int64
    public var modified: Int64
    public var title: String
    public var words: Int
    public var problem: String?
}
