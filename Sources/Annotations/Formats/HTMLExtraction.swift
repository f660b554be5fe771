/// What extraction keeps of a page: its metadata and the article's blocks of text, in order.
public struct HTMLExtraction: Equatable, Sendable {
    public var metadata: ArticleMetadata
    /// Paragraphs, headings, list items and block quotes, each its own block, white space collapsed.
    public var blocks: [String]

    /// The text the reader shows and anchors in: the title, then each block, separated by blank lines.
    public var text: String {
        var parts: [String] = []
        if let title = metadata.title, !title.isEmpty { parts.append(title) }
        var body = blocks
        if let title = metadata.title, body.first == title { body.removeFirst() }
        parts += body
        return parts.joined(separator: "\n\n") + (parts.isEmpty ? "" : "\n")
    }
}
