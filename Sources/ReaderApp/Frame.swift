import Annotations

/// A screenful of cells: what `render` produces and the backend draws. Tests read it as text.
public struct Frame: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a prompt), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { (x: $0.x, y: $0.y) } }
        set { cursorPosition = newValue.map { CursorPosition(x: $0.x, y: $0.y) } }
    }
    private var cursorPosition: CursorPosition?

    private struct CursorPosition: Equatable, Sendable {
        var x: Int
        var y: Int
    }

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width) * max(0, size.height))
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Fills a whole row with blanks of one style.
    public mutating func fill(row y: Int, style: Style) {
        guard y >= 0, y < size.height else { return }
        for x in 0..<size.width { cells[y * size.width + x] = Cell(text: " ", style: style) }
    }

    /// Fills every cell of an area with blanks of one style.
    public mutating func fill(_ area: Rect, style: Style) {
        for y in max(0, area.y)..<max(max(0, area.y), min(size.height, area.maxY)) {
            for x in max(0, area.x)..<max(max(0, area.x), min(size.width, area.x + area.width)) {
                cells[y * size.width + x] = Cell(text: " ", style: style)
            }
        }
    }

    /// Writes one cell; a wide cell that would not fit before `limit` is not written.
    /// Returns the column after it.
    @discardableResult
    public mutating func put(_ cell: Cell, x: Int, y: Int, limit: Int? = nil) -> Int {
        let limit = min(limit ?? size.width, size.width)
        guard y >= 0, y < size.height, x >= 0, x + max(cell.width, 1) <= limit else { return x }
        cells[y * size.width + x] = cell
        if cell.width == 2 { cells[y * size.width + x + 1] = Cell(text: "", width: 0, style: cell.style) }
        return x + cell.width
    }

    /// Writes a string from column `x`, made terminal-safe, clipped at `limit`; combining marks
    /// join the cell before them. Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        var column = x
        var lastCell: (x: Int, cell: Cell)? = nil
        for scalar in text.unicodeScalars {
            let shown = TerminalText.replacement(for: scalar) ?? scalar
            let width = CellWidth.of(shown)
            if width == 0 {
                if var last = lastCell, last.cell.text.unicodeScalars.count < 5 {
                    last.cell.text.unicodeScalars.append(shown)
                    put(last.cell, x: last.x, y: y, limit: limit)
                    lastCell = last
                }
                continue
            }
            let cell = Cell(text: String(shown), width: width, style: style)
            let next = put(cell, x: column, y: y, limit: limit)
            if next == column { break }
            lastCell = (column, cell)
            column = next
        }
        return column
    }

    /// Each row as plain text, trailing spaces removed: the snapshot tests compare.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width { line += self[x, y].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorPosition == rhs.cursorPosition
    }
}
