/// Unicode scalar offsets of the annotated span in the article text, end exclusive.
public struct TextPositionSelector: Codable, Equatable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
