import Annotations

/// A span the user is choosing to annotate, like vim's visual mode: it starts on a word and
/// grows or shrinks by word (w/b), by character (l/h) or by line (j/k); `o` switches which end moves.
public struct Selection: Equatable, Sendable {
    /// Unicode scalar offsets, never empty.
    public private(set) var range: Range<Int>
    /// True when keys move the start rather than the end.
    public private(set) var movesStart = false

    public init(range: Range<Int>) {
        self.range = range.isEmpty ? range.lowerBound..<(range.lowerBound + 1) : range
    }

    /// The word at or after `offset`.
    public static func word<Scalars: RandomAccessCollection<Unicode.Scalar>>(at offset: Int, in scalars: Scalars) -> Range<Int>
    where Scalars.Index == Int {
        var start = min(max(0, offset), max(0, scalars.count - 1))
        while start < scalars.count, !isWordScalar(scalars[start]) { start += 1 }
        if start >= scalars.count { return max(0, scalars.count - 1)..<scalars.count }
        while start > 0, isWordScalar(scalars[start - 1]) { start -= 1 }
        var end = start
        while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
        return start..<end
    }

    /// Letters, digits and the marks inside numbers and names ("8,000", "al-Assad", "U.S.").
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\n", "\t", "\r", "\u{A0}": return false
        case "\"", "“", "”", "‘", "(", ")", "[", "]", "!", "?", ";", ":": return false
        default: return true
        }
    }

    public mutating func switchEnds() { movesStart.toggle() }

    /// Moves the moving end by `count` words (negative: back), within the text.
    public mutating func moveByWord<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ count: Int, in scalars: Scalars)
    where Scalars.Index == Int {
        for _ in 0..<abs(count) {
            if movesStart {
                var start = range.lowerBound
                if count > 0 {
                    // Drop the first word: the start goes to the next word, but keeps one character.
                    while start < range.upperBound - 1, Selection.isWordScalar(scalars[start]) { start += 1 }
                    while start < range.upperBound - 1, !Selection.isWordScalar(scalars[start]) { start += 1 }
                } else {
                    while start > 0, !Selection.isWordScalar(scalars[start - 1]) { start -= 1 }
                    while start > 0, Selection.isWordScalar(scalars[start - 1]) { start -= 1 }
                }
                range = start..<range.upperBound
            } else {
                var end = range.upperBound
                if count > 0 {
                    while end < scalars.count, !Selection.isWordScalar(scalars[end]) { end += 1 }
                    while end < scalars.count, Selection.isWordScalar(scalars[end]) { end += 1 }
                } else {
                    // Drop the last word, trailing spaces too, but keep one character.
                    while end > range.lowerBound + 1, Selection.isWordScalar(scalars[end - 1]) { end -= 1 }
                    while end > range.lowerBound + 1, !Selection.isWordScalar(scalars[end - 1]) { end -= 1 }
                }
                range = range.lowerBound..<end
            }
        }
    }

    /// Moves the moving end by `count` characters, keeping at least one selected.
    public mutating func moveByCharacter(_ count: Int, textLength: Int) {
        if movesStart {
            range = max(0, min(range.upperBound - 1, range.lowerBound + count))..<range.upperBound
        } else {
            range = range.lowerBound..<min(textLength, max(range.lowerBound + 1, range.upperBound + count))
        }
    }

    /// Puts the moving end at `offset` (used for moving by screen line).
    public mutating func moveEnd(to offset: Int, textLength: Int) {
        if movesStart {
            range = max(0, min(range.upperBound - 1, offset))..<range.upperBound
        } else {
            range = range.lowerBound..<min(textLength, max(range.lowerBound + 1, offset))
        }
    }

    /// The offset that moves.
    public var movingOffset: Int { movesStart ? range.lowerBound : range.upperBound }
}
