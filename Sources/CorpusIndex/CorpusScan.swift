import Annotations

/// The article files under some paths, sorted by path, and the paths that named nothing usable.
public struct CorpusScan: Sendable {
    public var files: [CorpusFile]
    public var problems: [LoadProblem]
    /// Whether a file may be listed twice (under roots that overlap): a scan of one root lists each
    /// once, and its readers can skip looking for repeats.
    public var mayRepeat = true

    public init(files: [CorpusFile] = [], problems: [LoadProblem] = []) {
        self.files = files
        self.problems = problems
    }
}
