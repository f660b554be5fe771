/// Qualifiers: the words before a number that bound it ("more than", "nearly", "up to").
extension ClaimScanner {
    /// The qualifier that ends right before token `first`, if any; nil for kinds that take none.
    mutating func findQualifier(before first: Int, kind: ClaimKind) -> (first: Int, last: Int, bound: ClaimBound)? {
        guard kind != .date, kind != .time, kind != .ordinal else { return nil }
        let start = token(first)
        guard start.spaceBefore, !start.lineBreakBefore else { return nil }
        // Cheap test first: most numbers have no qualifier word right before them.
        let before = token(first - 1)
        guard before.kind == .word, before.word != 0, roles(before).contains(.qualifier) else { return nil }
        let lastWord = before.word
        for phrase in lexicon.qualifierPhrases[lexicon.qualifierPhraseRanges[Int(lastWord)]] {
            let phraseStart = first - phrase.count
            guard phraseStart >= floor else { continue }
            var matches = true
            for offset in 0..<phrase.count {
                let candidate = token(phraseStart + offset)
                if candidate.kind != .word || candidate.word != phrase.word(offset)
                    || (offset > 0 && (candidate.lineBreakBefore || !candidate.spaceBefore)) {
                    matches = false
                    break
                }
            }
            guard matches else { continue }
            // "over the past two days", "paid over two years": prepositions, not bounds.
            if kind == .duration, phrase.count == 1, text(before) == "over" || text(before) == "under" { continue }
            return (phraseStart, first - 1, phrase.bound)
        }
        return nil
    }
}
