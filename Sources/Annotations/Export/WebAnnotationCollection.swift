/// A W3C Web Annotation collection (JSON-LD), as `reader export --format w3c` writes it.
///
/// See https://www.w3.org/TR/annotation-model/ §5: the collection has an `id`, a `total` and its
/// `first` page embedded, which holds the annotations (and, for a large export, the `next` page's
/// id). Every page after the first is described in the same document under `reader:pages`, so one
/// file carries the whole export: in JSON-LD a node may be referred to by id and described elsewhere
/// in the document. Everything of ours the model has no field for travels under `reader:` keys.
/// Older exports put `items` on the collection itself; `W3CImporter` reads both shapes.
public struct WebAnnotationCollection: Codable, Equatable, Sendable {
    public static let contextIRI = "http://www.w3.org/ns/anno.jsonld"

    public var context: String
    public var id: String?
    public var type: String
    public var label: String?
    public var total: Int?
    public var first: WebAnnotationPage?
    public var last: String?
    /// The pages after the first.
    public var pages: [WebAnnotationPage]?
    /// The annotations of an export in the older shape, embedded in the collection.
    public var items: [WebAnnotation]?

    /// A collection of `items` in pages of at most `pageSize`.
    public init(id: String, label: String?, items: [WebAnnotation], pageSize: Int) {
        context = Self.contextIRI
        self.id = id
        type = "AnnotationCollection"
        self.label = label
        total = items.count
        let size = max(1, pageSize)
        let pageCount = items.isEmpty ? 0 : (items.count + size - 1) / size
        func pageID(_ index: Int) -> String { id + "#page-\(index + 1)" }
        var built: [WebAnnotationPage] = []
        for index in 0..<pageCount {
            let slice = Array(items[(index * size)..<min(items.count, (index + 1) * size)])
            built.append(WebAnnotationPage(id: pageID(index), partOf: id, startIndex: index * size, items: slice,
                                           next: index + 1 < pageCount ? pageID(index + 1) : nil,
                                           prev: index > 0 ? pageID(index - 1) : nil))
        }
        first = built.first
        last = pageCount > 1 ? pageID(pageCount - 1) : nil
        pages = built.count > 1 ? Array(built.dropFirst()) : nil
    }

    /// Every annotation, in order, whichever shape the collection has.
    public var allItems: [WebAnnotation] {
        var result = items ?? []
        if let first { result += first.items }
        for page in pages ?? [] { result += page.items }
        return result
    }

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, label, total, first, last, items
        case pages = "reader:pages"
    }
}
