/// An annotation with where it sits in the article's current text.
public struct AnchoredAnnotation: Equatable, Sendable, Identifiable {
    public var annotation: Annotation
    public var state: AnchorState
    /// The span in the current text (Unicode scalar offsets); nil for an orphan.
    public var range: Range<Int>?

    public var id: Annotation.ID { annotation.id }

    public init(annotation: Annotation, state: AnchorState, range: Range<Int>?) {
        self.annotation = annotation
        self.state = state
        self.range = range
    }
}
