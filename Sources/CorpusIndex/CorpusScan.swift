import Annotations

/// The article files under some paths, sorted by path, and the paths that named nothing usable.
public struct CorpusScan: Sendable {
    public var files: [CorpusFile]
    public var problems: [LoadProblem]

    public init(files: [CorpusFile] = [], problems: [LoadProblem] = []) {
        self.files = files
        self.problems = problems
    }
}
