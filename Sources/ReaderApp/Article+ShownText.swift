import Annotations

extension Article {
    /// Whether the reader shows the text at `range`: it lies inside the title or one block. The
    /// title repeated on the next line, with a credit glued on, is skipped by the layout, and so is
    /// anything found in it.
    public func isShown(_ range: Range<Int>) -> Bool {
        if range.lowerBound >= titleRange.lowerBound, range.upperBound <= titleRange.upperBound { return true }
        // Blocks are in text order: find the last one starting at or before the range.
        var low = 0, high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].range.lowerBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return false }
        return range.upperBound <= blocks[low - 1].range.upperBound
    }

    /// The analysis without what it found in text the reader does not show, so counts, Tab and
    /// n/N only know what can be seen.
    public func shownPart(of analysis: Analysis) -> Analysis {
        Analysis(entities: analysis.entities.filter { $0.start <= $0.end && isShown($0.start..<$0.end) },
                 claims: analysis.claims.filter { $0.start <= $0.end && isShown($0.start..<$0.end) })
    }
}
