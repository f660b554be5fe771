import Annotations

/// What a scan of the files found changed since the corpus index drew the list: the list shows
/// the index's rows at once, and this follows when the scan behind it is done.
public struct ListChanges: Equatable, Sendable {
    /// Articles of files new since the index (or of a feed changed since, listed anew), appended
    /// after the records there are, in path order among themselves.
    public var added: [ArticleSummary]
    /// Records whose file is gone, or whose file of items is listed anew in `added`.
    public var gone: [Int]
    /// Records whose file changed since the index: its counts are stale until the file is read again.
    public var changed: [Int]
    /// Problems of the list that no longer hold (their file is gone or changed), by path.
    public var goneProblems: [String]
    /// Problems of files new or changed since the index.
    public var addedProblems: [LoadProblem]

    public init(added: [ArticleSummary] = [], gone: [Int] = [], changed: [Int] = [], goneProblems: [String] = [],
                addedProblems: [LoadProblem] = []) {
        self.added = added
        self.gone = gone
        self.changed = changed
        self.goneProblems = goneProblems
        self.addedProblems = addedProblems
    }

    public var isEmpty: Bool {
        added.isEmpty && gone.isEmpty && changed.isEmpty && goneProblems.isEmpty && addedProblems.isEmpty
    }
}
