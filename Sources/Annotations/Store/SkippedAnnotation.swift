/// One entry of a sidecar's `annotations` list that this build cannot use. It is reported and
/// kept as it was, so that saving the sidecar never loses it.
public struct SkippedAnnotation: Equatable, Sendable, CustomStringConvertible {
    /// Its place in the file's list, from 0.
    public var index: Int
    /// What is wrong with it, naming the field.
    public var reason: String
    /// The entry as read, written back on save.
    public var raw: JSONValue

    public init(index: Int, reason: String, raw: JSONValue) {
        self.index = index
        self.reason = reason
        self.raw = raw
    }

    public var description: String {
        "annotation \(index + 1) is skipped: \(reason); it is kept in the file as it is"
    }
}
