/// Multi-line editable text with a cursor, edited by whole characters (grapheme clusters): a
/// backspace removes a letter with its combining marks, a wide character at once. Used for notes.
public struct TextEditor: Equatable, Sendable {
    public private(set) var lines: [[Character]]
    public private(set) var row = 0
    /// Cursor column, in characters from the start of the line.
    public private(set) var column = 0

    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        if lines.isEmpty { lines = [[]] }
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// Applies an editing key; returns false when the key is not one.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let scalar):
            insert(String(scalar))
        case .enter:
            insert("\n")
        case .left:
            if column > 0 {
                column -= 1
            } else if row > 0 {
                row -= 1
                column = lines[row].count
            }
        case .right:
            if column < lines[row].count {
                column += 1
            } else if row + 1 < lines.count {
                row += 1
                column = 0
            }
        case .up:
            guard row > 0 else { return true }
            row -= 1
            column = min(column, lines[row].count)
        case .down:
            guard row + 1 < lines.count else { return true }
            row += 1
            column = min(column, lines[row].count)
        case .home, .control("a"):
            column = 0
        case .end, .control("e"):
            column = lines[row].count
        case .backspace, .control("h"):
            if column > 0 {
                lines[row].remove(at: column - 1)
                column -= 1
            } else if row > 0 {
                let rest = lines.remove(at: row)
                row -= 1
                column = lines[row].count
                lines[row].append(contentsOf: rest)
            }
        case .delete, .control("d"):
            if column < lines[row].count {
                lines[row].remove(at: column)
            } else if row + 1 < lines.count {
                lines[row].append(contentsOf: lines.remove(at: row + 1))
            }
        case .control("k"):
            lines[row].removeSubrange(column...)
        case .control("u"):
            lines[row].removeSubrange(0..<column)
            column = 0
        default:
            return false
        }
        return true
    }

    /// Inserts text at the cursor (typing or a paste); "\n" and "\r\n" start new lines.
    public mutating func insert(_ text: String) {
        let normalized = text.replacingCRLF()
        // Typed scalars arrive one at a time: a combining mark must join the character before it,
        // so the line is rebuilt as a String around the insertion.
        let before = String(lines[row][..<column]) + normalized
        let after = String(lines[row][column...])
        var newLines = before.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let cursorRow = row + newLines.count - 1
        let cursorColumn = newLines[newLines.count - 1].count
        newLines[newLines.count - 1] = Array(String(newLines[newLines.count - 1]) + after)
        lines.replaceSubrange(row...row, with: newLines)
        row = cursorRow
        column = min(cursorColumn, lines[row].count)
    }
}
