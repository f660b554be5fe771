/// What a Web Annotation points at: the article file and the selectors within it.
public struct WebAnnotationTarget: Codable, Equatable, Sendable {
    /// The article's path, relative to the folder of the export file.
    public var source: String
    public var selector: [WebAnnotationSelector]

    public init(source: String, selector: [WebAnnotationSelector]) {
        self.source = source
        self.selector = selector
    }
}
