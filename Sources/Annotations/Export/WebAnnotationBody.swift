/// A TextualBody: the note (purpose `commenting`) or one tag (purpose `tagging`).
public struct WebAnnotationBody: Codable, Equatable, Sendable {
    public static let commenting = "commenting"
    public static let tagging = "tagging"

    public var type: String
    public var purpose: String?
    public var value: String
    public var format: String?

    public init(purpose: String, value: String) {
        type = "TextualBody"
        self.purpose = purpose
        self.value = value
        format = purpose == Self.commenting ? "text/plain" : nil
    }
}
