/// One line of editable text with a cursor, edited by whole characters (grapheme clusters), so a
/// backspace removes a letter together with its combining marks and a wide character at once.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position, in characters from the start.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let scalar):
            insert(String(scalar))
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        case .backspace, .control("h"):
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor...)
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    /// Inserts text at the cursor (typing or a paste); line breaks become spaces.
    public mutating func insert(_ text: String) {
        // Typed scalars arrive one at a time: a combining mark must join the character before it.
        var before = String(characters[..<cursor])
        let after = String(characters[cursor...])
        before.append(contentsOf: String(text.map { $0.isNewline ? " " : $0 }))
        let newCursor = before.count
        characters = Array(before + after)
        cursor = min(newCursor, characters.count)
    }

    /// The part to show in `width` cells so that the cursor stays visible, and the cursor's column in it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        // Walks out from the cursor only as far as the width, so a line of a million characters
        // (a long paste) costs no more than a short one.
        var start = cursor
        var cursorColumn = 0
        while start > 0 {
            let cells = CellWidth.of(String(characters[start - 1]))
            if cursorColumn + cells > width - 1 { break }
            cursorColumn += cells
            start -= 1
        }
        var end = cursor
        var used = cursorColumn
        while end < characters.count {
            let cells = CellWidth.of(String(characters[end]))
            if used + cells > width - 1 { break }
            used += cells
            end += 1
        }
        return (String(characters[start..<end]), cursorColumn)
    }
}
