/// How far a refresh has gone: files handled of those it must read in its current stage, and bytes read so far.
public struct RefreshProgress: Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int64
    public var stage: IndexStage = .articles
}
