/// A 1-based line and column in an article file, for back-links such as `path:12:5`.
///
/// Columns count Unicode scalars, as every offset in this library does.
public struct TextLocation: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Where scalar `offset` falls in `scalars` (clamped to the text).
    public init<Scalars: RandomAccessCollection<Unicode.Scalar>>(offset: Int, in scalars: Scalars)
    where Scalars.Index == Int {
        let end = max(0, min(offset, scalars.count))
        var line = 1
        var lineStart = 0
        for index in 0..<end where scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        self.init(line: line, column: end - lineStart + 1)
    }

    public var description: String { "\(line):\(column)" }
}
