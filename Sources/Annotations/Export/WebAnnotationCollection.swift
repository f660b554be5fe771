/// A W3C Web Annotation collection (JSON-LD), as `reader export --format w3c` writes it.
///
/// See https://www.w3.org/TR/annotation-model/. Everything of ours that the model has no field
/// for (the claim snapshot) travels under the key `reader:claim`, an absolute IRI in JSON-LD terms,
/// so an import restores each annotation exactly.
public struct WebAnnotationCollection: Codable, Equatable, Sendable {
    public static let contextIRI = "http://www.w3.org/ns/anno.jsonld"

    public var context: String
    public var type: String
    public var label: String?
    public var total: Int
    public var items: [WebAnnotation]

    public init(label: String?, items: [WebAnnotation]) {
        context = Self.contextIRI
        type = "AnnotationCollection"
        self.label = label
        total = items.count
        self.items = items
    }

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type, label, total, items
    }
}
