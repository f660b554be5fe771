import Annotations

/// An article wrapped to a width: title, then blocks separated by blank lines, broken at spaces
/// by display width. Only line boundaries are stored, so a 10 MB line costs little memory.
public struct TextLayout: Equatable, Sendable {
    public let width: Int
    public let lines: [VisualLine]

    public init(article: Article, width: Int) {
        let width = max(1, width)
        self.width = width
        var lines: [VisualLine] = []
        let scalars = article.scalars
        for range in TextLayout.wrap(scalars, article.titleRange, width: width) {
            lines.append(VisualLine(kind: .title, block: -1, range: range))
        }
        if lines.isEmpty { lines.append(VisualLine(kind: .title, block: -1, range: 0..<0)) }
        for (index, block) in article.blocks.enumerated() {
            lines.append(VisualLine(kind: .gap, block: index, range: block.range.lowerBound..<block.range.lowerBound))
            let kind: VisualLine.Kind = block.kind == .credit ? .credit : .paragraph
            for range in TextLayout.wrap(scalars, block.range, width: width) {
                lines.append(VisualLine(kind: kind, block: index, range: range))
            }
        }
        self.lines = lines
    }

    /// The index of the line that shows `offset` (or the nearest line before it).
    public func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        var best = 0
        while low <= high {
            let middle = (low + high) / 2
            let line = lines[middle]
            if line.range.lowerBound <= offset {
                best = middle
                if line.kind != .gap, line.range.upperBound > offset { return middle }
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        // Prefer a text line over the gap that shares its start offset.
        while best + 1 < lines.count, lines[best].kind == .gap, lines[best + 1].range.lowerBound == lines[best].range.lowerBound {
            best += 1
        }
        return best
    }

    /// Scalars that separate words: spaces, no-break spaces, line breaks inside a paragraph.
    static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Cells a scalar takes on screen (controls show as one visible symbol).
    static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        if isBreakingSpace(scalar) { return 1 }
        if TerminalText.replacement(for: scalar) != nil { return 1 }
        return CellWidth.of(scalar)
    }

    /// Greedy word wrap of `range` into lines no wider than `width`; a word longer than a line is
    /// broken where it must be. Lines start at a non-space.
    static func wrap<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ scalars: Scalars, _ range: Range<Int>, width: Int) -> [Range<Int>]
    where Scalars.Index == Int {
        var result: [Range<Int>] = []
        var lineStart = range.lowerBound
        var column = 0
        var breakAt: Int? = nil  // first scalar of the word after the last space on this line
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            let space = isBreakingSpace(scalar)
            if column == 0, index == lineStart, space {
                lineStart += 1
                index += 1
                continue
            }
            let cellWidth = displayWidth(scalar)
            if column + cellWidth > width, !space, index > lineStart {
                if let breakPoint = breakAt, breakPoint > lineStart {
                    result.append(lineStart..<breakPoint)
                    lineStart = breakPoint
                    column = 0
                    for carried in breakPoint..<index { column += displayWidth(scalars[carried]) }
                } else {
                    result.append(lineStart..<index)
                    lineStart = index
                    column = 0
                }
                breakAt = nil
                continue
            }
            column += cellWidth
            if space { breakAt = index + 1 }
            index += 1
        }
        if lineStart < range.upperBound { result.append(lineStart..<range.upperBound) }
        return result
    }
}
