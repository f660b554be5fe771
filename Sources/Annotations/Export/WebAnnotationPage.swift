/// One page of a Web Annotation collection (model §5.2): its annotations and the id of the next page.
public struct WebAnnotationPage: Codable, Equatable, Sendable {
    public var id: String?
    public var type: String
    public var partOf: String?
    public var startIndex: Int?
    public var next: String?
    public var prev: String?
    public var items: [WebAnnotation]

    public init(id: String, partOf: String, startIndex: Int, items: [WebAnnotation], next: String?, prev: String?) {
        self.id = id
        type = "AnnotationPage"
        self.partOf = partOf
        self.startIndex = startIndex
        self.next = next
        self.prev = prev
        self.items = items
    }
}
