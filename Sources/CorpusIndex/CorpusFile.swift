/// One article file found under the paths a user named, with what the index compares to decide
/// whether it must be read again.
public struct CorpusFile: Equatable, Sendable {
    /// The path as the user reached it (a relative root stays relative), as `reader list` prints it.
    public var path: String
    /// The same file from the root: the index's key, whatever the working folder.
    public var absolutePath: String
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64

    public init(path: String, absolutePath: String, size: Int64, modified: Int64) {
        self.path = path
        self.absolutePath = absolutePath
        self.size = size
        self.modified = modified
    }
}
