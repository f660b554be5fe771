import Foundation

/// A user's note on a span of an article: tags, free text, and where it is anchored.
///
/// Stored in the sidecar JSON; `created` and `modified` are ISO 8601 strings kept as written,
/// so that a load-save round trip changes no byte.
public struct Annotation: Codable, Equatable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var created: String
    public var modified: String
    public var target: AnnotationTarget
    public var tags: [String]
    public var note: String
    /// The recognised claim at the time of annotating, when the span was one.
    public var claim: ClaimSnapshot?
    /// Fields of the sidecar this build does not know (a newer version's, another tool's), kept so
    /// that saving writes them back: keys at this level, and under a known key holding an object
    /// (`target`, `claim`…) an object of the unknown keys found inside it.
    public var unknownFields: [String: JSONValue] = [:]

    private enum CodingKeys: String, CodingKey {
        case id, created, modified, target, tags, note, claim
    }

    public init(id: UUID = UUID(), created: String, modified: String, target: AnnotationTarget,
                tags: [String] = [], note: String = "", claim: ClaimSnapshot? = nil) {
        self.id = id
        self.created = created
        self.modified = modified
        self.target = target
        self.tags = tags
        self.note = note
        self.claim = claim
    }
}
