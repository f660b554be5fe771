import Annotations

/// Draws one visual line of an article into a frame row, styling each scalar by the spans over it.
enum LineRenderer {
    /// The text offset drawn at screen column `column` of a line drawn from column `x`, laid out
    /// exactly as `draw` lays it out; nil past the end of the line.
    static func offset(atColumn column: Int, of line: VisualLine, in article: Article, x: Int) -> Int? {
        var position = x
        var previousWasSpace = false
        for offset in line.range {
            let scalar = article.scalars[offset]
            let width: Int
            if TextLayout.isBreakingSpace(scalar) {
                if (scalar == "\n" || scalar == "\r"), previousWasSpace { continue }
                previousWasSpace = true
                width = 1
            } else {
                previousWasSpace = false
                width = CellWidth.of(TerminalText.replacement(for: scalar) ?? scalar)
                if width == 0 { continue }
            }
            if column < position + width { return column >= position ? offset : nil }
            position += width
        }
        return nil
    }

    /// - Parameters:
    ///   - spans: the spans that may touch this line, in drawing order.
    static func draw(_ line: VisualLine, of article: Article, into frame: inout Frame, row: Int,
                     x: Int, limit: Int, base: Style, spans: [StyledSpan]) {
        let scalars = article.scalars
        var column = x
        var previous: (x: Int, cell: Cell)? = nil
        var previousWasSpace = false
        let touching = spans.filter { $0.range.overlaps(line.range) }
        for offset in line.range {
            let scalar = scalars[offset]
            var style = base
            for span in touching where span.range.contains(offset) { style = style.merged(with: span.style) }
            if TextLayout.isBreakingSpace(scalar) {
                // A line break inside a paragraph reads as one space, not two.
                if (scalar == "\n" || scalar == "\r"), previousWasSpace { continue }
                previousWasSpace = true
                let cell = Cell(text: " ", style: style)
                let next = frame.put(cell, x: column, y: row, limit: limit)
                if next == column { break }
                previous = (column, cell)
                column = next
                continue
            }
            previousWasSpace = false
            let shown = TerminalText.replacement(for: scalar) ?? scalar
            let width = CellWidth.of(shown)
            if width == 0 {
                if var last = previous, last.cell.text != " ", last.cell.text.unicodeScalars.count < 5 {
                    last.cell.text.unicodeScalars.append(shown)
                    frame.put(last.cell, x: last.x, y: row, limit: limit)
                    previous = last
                }
                continue
            }
            let cell = Cell(text: String(shown), width: width, style: style)
            let next = frame.put(cell, x: column, y: row, limit: limit)
            if next == column { break }
            previous = (column, cell)
            column = next
        }
    }
}
