/// A sidecar file that exists but cannot be used: it is reported, never overwritten.
///
/// Annotating the article is refused until the user fixes the file or moves it aside, so that a
/// hand-edited, foreign or newer file is never lost to a save.
public struct SidecarProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The file exists but could not be read (permissions, a folder in its place).
        case unreadable
        /// The bytes are not JSON at all (truncated by hand, a merge conflict, binary).
        case notJSON
        /// JSON without our `schema` marker, or with another one: some other tool's file.
        case foreign
        /// Ours, but written by a newer `reader` whose format this build does not know.
        case newerVersion(Int)
        /// Ours and of a known version, but a field is missing or of the wrong type, or a key repeats.
        case invalid
        /// Larger than `SidecarCodec.maximumSize` bytes (the size found): not read at all.
        case tooLarge(Int)
        /// A symbolic link (to the path given): saving would replace the link or write another file.
        case symbolicLink(String)
        /// It records another article (the name given) than the one it was looked up for.
        case otherArticle(String)
    }

    /// The sidecar's path.
    public var path: String
    public var kind: Kind
    /// Detail for the reader of the message (the parser's complaint, say).
    public var detail: String

    public init(path: String, kind: Kind, detail: String) {
        self.path = path
        self.kind = kind
        self.detail = detail
    }

    public var description: String {
        let what: String
        switch kind {
        case .unreadable: what = "cannot be read"
        case .notJSON: what = "is not valid JSON"
        case .foreign: what = "is not a reader annotations file (no \"schema\": \"\(Sidecar.schemaName)\")"
        case .newerVersion(let version):
            what = "was written by a newer reader (schema version \(version); this build knows up to \(Sidecar.currentVersion))"
        case .invalid: what = "does not match the annotations schema"
        case .tooLarge(let size):
            what = "is too large (\(size / 1_048_576) MB; a sidecar may hold at most \(SidecarCodec.maximumSize / 1_048_576) MB)"
        case .symbolicLink(let target): what = "is a symbolic link to \(target), which is not followed"
        case .otherArticle(let other): what = "belongs to the article \(other), not to this one"
        }
        let detailText = detail.isEmpty ? "" : " (\(detail))"
        return "\(path) \(what)\(detailText); it is left untouched, and annotating this article is refused until the file is fixed or moved aside"
    }
}
