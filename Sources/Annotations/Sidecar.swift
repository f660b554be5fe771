/// The contents of one `NAME.annotations.json` file beside the article `NAME.txt`.
public struct Sidecar: Codable, Equatable, Sendable {
    /// Marks the file as ours; a JSON file without it is foreign and never overwritten.
    public static let schemaName = "reader.annotations"
    /// The newest schema version this build reads and writes.
    public static let currentVersion = 1

    public var schema: String
    public var version: Int
    /// The article's file name, for a person reading the sidecar.
    public var article: String
    /// Annotations in text order (by start, then creation), so files diff well.
    public var annotations: [Annotation]

    public init(article: String, annotations: [Annotation] = []) {
        self.schema = Sidecar.schemaName
        self.version = Sidecar.currentVersion
        self.article = article
        self.annotations = annotations
    }
}
