/// Why a change to an article's annotations could not be saved (the sidecar itself being bad is a
/// `SidecarProblem` instead).
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The folder the sidecar goes in cannot be written (read-only folder or file system).
        case folderNotWritable
        /// The article was repaired while reading (invalid UTF-8): offsets would not match the file.
        case articleNotExact
        /// Some other failure of the file system while saving (disk full, say).
        case writeFailed
        /// Another process held the folder lock until the wait was given up (the holder named).
        case lockNotTaken(String)
    }

    /// The file or folder concerned.
    public var path: String
    public var kind: Kind
    public var detail: String

    public init(path: String, kind: Kind, detail: String = "") {
        self.path = path
        self.kind = kind
        self.detail = detail
    }

    public var description: String {
        let detailText = detail.isEmpty ? "" : " (\(detail))"
        switch kind {
        case .folderNotWritable:
            return "cannot save annotations: the folder \(path) is not writable\(detailText); use --store DIR to keep annotations in another folder"
        case .articleNotExact:
            return "\(path) is not valid UTF-8, so its offsets would not match the file; annotating it is refused"
        case .writeFailed:
            return "cannot save annotations to \(path)\(detailText)"
        case .lockNotTaken(let holder):
            return "gave up waiting for the lock on \(path), held by \(holder)"
        }
    }
}
