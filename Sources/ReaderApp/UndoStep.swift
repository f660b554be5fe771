/// What undoes one change to annotations: the inverse change, on the article it was made in.
public struct UndoStep: Equatable, Sendable {
    public var articleIndex: Int
    public var change: AnnotationChange

    public init(articleIndex: Int, change: AnnotationChange) {
        self.articleIndex = articleIndex
        self.change = change
    }
}
