/// What a Web Annotation points at: the article and the selectors within it.
///
/// `source` is the article's canonical URL when its source gave one, else the file as a URI
/// (`file://…`, or the path relative to the export when no base is known). Ours, under `reader:`
/// keys: the file relative to the export (so an export moved with its articles still finds them)
/// and the item of a feed or JSON Lines file.
public struct WebAnnotationTarget: Codable, Equatable, Sendable {
    public var source: String
    public var selector: [WebAnnotationSelector]
    /// The article file, relative to the folder of the export file.
    public var file: String?
    /// The item of a container file (guid, Atom id, JSON id…).
    public var item: String?

    public init(source: String, selector: [WebAnnotationSelector], file: String? = nil, item: String? = nil) {
        self.source = source
        self.selector = selector
        self.file = file
        self.item = item
    }

    enum CodingKeys: String, CodingKey {
        case source, selector
        case file = "reader:file"
        case item = "reader:item"
    }
}
