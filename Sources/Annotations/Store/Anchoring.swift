/// Finds annotations again in an article's current text. Pure: text in, places out.
///
/// In order: the quote exactly at its recorded position (`anchored`); the quote exactly elsewhere
/// with its prefix and suffix around it, nearest the old position (`moved`); then an approximate
/// match scoring at least `minimumScore`, ranked by how well it matches and how well its context
/// does. In the approximate search any digit matches any digit, so a claim whose number was
/// edited is found in its own sentence rather than moved to a look-alike elsewhere; the numbers
/// are then compared exactly, and a difference makes it `changed`. What cannot be found is an
/// `orphan`, kept with its quote.
public enum Anchoring {
    /// The least share of the quote (1 − edits ÷ length) an approximate match must keep.
    public static let minimumScore = 0.75
    /// Above this many cells (quote length × text length), the approximate search looks only
    /// in a window around the old position, to keep the time bounded on huge files.
    static let searchCellBudget = 40_000_000

    /// Every annotation anchored in `article`, in text order (orphans last, by their old position).
    public static func anchor(_ annotations: [Annotation], in article: Article) -> [AnchoredAnnotation] {
        // An annotation still at its recorded place is checked on the indexed text; the search for
        // one that moved compares scalars all over the text, so it gets an array, made once.
        var text: [Unicode.Scalar]? = nil
        let anchored = annotations.map { annotation in
            if let range = recordedRange(of: annotation, in: article.scalars) {
                return AnchoredAnnotation(annotation: annotation, state: .anchored, range: range)
            }
            if text == nil { text = Array(article.scalars) }
            return anchor(annotation, in: text!)
        }
        return anchored.sorted { left, right in
            switch (left.range, right.range) {
            case let (l?, r?):
                if l.lowerBound != r.lowerBound { return l.lowerBound < r.lowerBound }
            case (nil, .some): return false
            case (.some, nil): return true
            case (nil, nil):
                let (l, r) = (left.annotation.target.position.start, right.annotation.target.position.start)
                if l != r { return l < r }
            }
            if left.annotation.created != right.annotation.created {
                return left.annotation.created < right.annotation.created
            }
            return left.annotation.id.uuidString < right.annotation.id.uuidString
        }
    }

    /// One annotation anchored in `text`.
    public static func anchor(_ annotation: Annotation, in text: [Unicode.Scalar]) -> AnchoredAnnotation {
        let quote = Array(annotation.target.quote.exact.unicodeScalars)
        let prefix = Array(annotation.target.quote.prefix.unicodeScalars)
        let suffix = Array(annotation.target.quote.suffix.unicodeScalars)
        // The recorded start may be anything a file or an import said: it is only compared, never
        // added to, until it is known to lie inside the text. Distances use it clamped to the text.
        let recordedStart = annotation.target.position.start
        let old = min(max(recordedStart, 0), text.count)
        guard !quote.isEmpty, quote.count <= text.count else {
            return AnchoredAnnotation(annotation: annotation, state: .orphan, range: nil)
        }

        // 1. Exactly where it was.
        if let recorded = recordedRange(of: annotation, in: text) {
            return AnchoredAnnotation(annotation: annotation, state: .anchored, range: recorded)
        }

        // 2. Exactly elsewhere, with the same words around it.
        let withContext = occurrences(of: quote, in: text).filter {
            contextMatchesExactly(at: $0, prefix: prefix, suffix: suffix, in: text)
        }
        if let nearest = withContext.min(by: { abs($0.lowerBound - old) < abs($1.lowerBound - old) }) {
            return AnchoredAnnotation(annotation: annotation, state: .moved, range: nearest)
        }

        // 3. Approximately, numbers compared afterwards.
        let candidates = ApproximateMatcher.matches(of: quote, in: text, minimumScore: minimumScore,
                                                    near: old, cellBudget: searchCellBudget)
        let ranked = candidates.map { candidate in
            (candidate, candidate.score + contextScore(at: candidate.range, prefix: prefix, suffix: suffix, in: text))
        }
        guard let best = ranked.min(by: { left, right in
            if abs(left.1 - right.1) > 0.000_1 { return left.1 > right.1 }
            return abs(left.0.range.lowerBound - old) < abs(right.0.range.lowerBound - old)
        })?.0 else {
            return AnchoredAnnotation(annotation: annotation, state: .orphan, range: nil)
        }
        let sameNumbers = NumberTokens.numbers(in: quote[...]) == NumberTokens.numbers(in: text[best.range])
        return AnchoredAnnotation(annotation: annotation, state: sameNumbers ? .moved : .changed, range: best.range)
    }

    // MARK: - Helpers

    /// The annotation's recorded range, when its quote (not empty) is exactly there in `text`.
    static func recordedRange<Text: RandomAccessCollection<Unicode.Scalar>>(of annotation: Annotation, in text: Text) -> Range<Int>?
    where Text.Index == Int {
        let quote = annotation.target.quote.exact.unicodeScalars
        let start = annotation.target.position.start
        // Compared before anything is added to it: the recorded start may be anything a file said.
        guard start >= 0, start <= text.count else { return nil }
        var end = start
        for scalar in quote {
            guard end < text.count, text[end] == scalar else { return nil }
            end += 1
        }
        return end > start ? start..<end : nil
    }

    /// Every range where `needle` occurs in `text`, overlapping ones included.
    static func occurrences<Text: RandomAccessCollection<Unicode.Scalar>>(of needle: [Unicode.Scalar], in text: Text) -> [Range<Int>]
    where Text.Index == Int {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var result: [Range<Int>] = []
        let first = needle[0]
        for start in 0...(text.count - needle.count) where text[start] == first {
            if text[start..<(start + needle.count)].elementsEqual(needle) {
                result.append(start..<(start + needle.count))
            }
        }
        return result
    }

    /// True when the stored prefix ends right before `range` and the stored suffix starts right after.
    static func contextMatchesExactly(at range: Range<Int>, prefix: [Unicode.Scalar], suffix: [Unicode.Scalar],
                                      in text: [Unicode.Scalar]) -> Bool {
        guard range.lowerBound >= prefix.count, range.upperBound + suffix.count <= text.count else { return false }
        return text[(range.lowerBound - prefix.count)..<range.lowerBound].elementsEqual(prefix)
            && text[range.upperBound..<(range.upperBound + suffix.count)].elementsEqual(suffix)
    }

    /// How much of the stored context surrounds `range`, from 0 to 1: the share of the prefix that
    /// matches going backwards from the span, averaged with the share of the suffix going forwards.
    static func contextScore(at range: Range<Int>, prefix: [Unicode.Scalar], suffix: [Unicode.Scalar],
                             in text: [Unicode.Scalar]) -> Double {
        var before = 0
        while before < prefix.count, range.lowerBound - before - 1 >= 0,
              text[range.lowerBound - before - 1] == prefix[prefix.count - before - 1] {
            before += 1
        }
        var after = 0
        while after < suffix.count, range.upperBound + after < text.count,
              text[range.upperBound + after] == suffix[after] {
            after += 1
        }
        let prefixShare = prefix.isEmpty ? (range.lowerBound == 0 ? 1 : 0.5) : Double(before) / Double(prefix.count)
        let suffixShare = suffix.isEmpty ? (range.upperBound == text.count ? 1 : 0.5) : Double(after) / Double(suffix.count)
        return (prefixShare + suffixShare) / 2
    }
}
