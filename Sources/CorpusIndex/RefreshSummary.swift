/// What one refresh of the index did.
public struct RefreshSummary: Equatable, Sendable {
    /// Files read and analysed (new, edited, or analysed by an older recogniser).
    public var analyzed = 0
    /// Files whose time changed but not their bytes.
    public var touched = 0
    /// Files found under a new path with the bytes of a vanished one: their analysis is kept.
    public var renamed = 0
    /// Files gone from disk and so from the index.
    public var removed = 0
    /// Files unchanged since the last refresh.
    public var unchanged = 0
    /// Files that are not articles (binary, unreadable, too large).
    public var problems = 0
    /// Texts put into the full-text table after the articles (a large refresh's second phase, or
    /// what a stopped run left).
    public var searchTexts = 0
    /// Bytes read from disk.
    public var bytesRead: Int64 = 0

    public init() {}

    public var changed: Bool { analyzed + touched + renamed + removed > 0 }
}
