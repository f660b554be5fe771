/// How far a refresh has gone: files handled of those it must read, and bytes read so far.
public struct RefreshProgress: Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int64
}
