/// The contents of one `NAME.annotations.json` file beside the article `NAME.txt`.
public struct Sidecar: Equatable, Sendable {
    /// Marks the file as ours; a JSON file without it is foreign and never overwritten.
    public static let schemaName = "reader.annotations"
    /// The newest schema version this build reads and writes.
    public static let currentVersion = 1

    public var schema: String
    public var version: Int
    /// The article, for a person reading the sidecar: its file name when the sidecar sits beside it,
    /// its absolute path when the sidecar is kept in a separate store folder (`--store`).
    public var article: String
    /// Annotations in text order (by start, then creation, then id), so files diff well.
    public var annotations: [Annotation]
    /// Top-level fields this build does not know, written back unchanged on save.
    public var unknownFields: [String: JSONValue] = [:]
    /// Entries of the file's `annotations` that could not be read (a number out of range, a field
    /// missing): reported, left out of `annotations`, and written back as they were on save.
    public var skipped: [SkippedAnnotation] = []

    public init(article: String, annotations: [Annotation] = []) {
        self.schema = Sidecar.schemaName
        self.version = Sidecar.currentVersion
        self.article = article
        self.annotations = Sidecar.ordered(annotations)
    }

    /// Annotations in the stable order the file keeps: by start offset, then creation time, then id.
    public static func ordered(_ annotations: [Annotation]) -> [Annotation] {
        annotations.sorted { left, right in
            if left.target.position.start != right.target.position.start {
                return left.target.position.start < right.target.position.start
            }
            if left.created != right.created { return left.created < right.created }
            return left.id.uuidString < right.id.uuidString
        }
    }
}
