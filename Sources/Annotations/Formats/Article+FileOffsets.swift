extension Article {
    /// The file offset of a scalar offset in `text` (itself when the text is the file).
    public func fileOffset(ofTextOffset offset: Int) -> Int {
        guard let map = fileOffsets, !map.isEmpty else { return offset }
        return map[max(0, min(offset, map.count - 1))]
    }

    /// The offset in `text` of a file offset: the first shown scalar at or after it.
    public func textOffset(ofFileOffset offset: Int) -> Int {
        guard let map = fileOffsets, !map.isEmpty else { return offset }
        var low = 0
        var high = map.count - 1
        while low < high {
            let middle = (low + high) / 2
            if map[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// An annotation's position moved from file offsets to offsets in `text`.
    public func inText(_ annotation: Annotation) -> Annotation {
        guard fileOffsets != nil else { return annotation }
        var copy = annotation
        let start = textOffset(ofFileOffset: annotation.target.position.start)
        copy.target.position = TextPositionSelector(start: start, end: max(start, textOffset(ofFileOffset: annotation.target.position.end)))
        return copy
    }

    /// An annotation's position moved from offsets in `text` to file offsets, as sidecars and exports keep it.
    public func inFile(_ annotation: Annotation) -> Annotation {
        guard fileOffsets != nil else { return annotation }
        var copy = annotation
        let position = annotation.target.position
        let end = position.end > position.start ? fileOffset(ofTextOffset: position.end - 1) + 1 : fileOffset(ofTextOffset: position.start)
        copy.target.position = TextPositionSelector(start: fileOffset(ofTextOffset: position.start), end: end)
        return copy
    }
}
