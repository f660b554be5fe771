extension Article {
    /// Every place `quote` occurs exactly in the text, as Unicode scalar ranges, in text order
    /// (overlapping occurrences included).
    public func occurrences(of quote: String) -> [Range<Int>] {
        Anchoring.occurrences(of: Array(quote.unicodeScalars), in: scalars)
    }

    /// How many times `quote` occurs when every kind of space (no-break, thin…) counts as a plain
    /// space: tells a user why an exact quote typed with ordinary spaces was not found.
    public func countOccurrencesIgnoringSpaceKinds(of quote: String) -> Int {
        func plain(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] { scalars.map { Article.isSpace($0) ? " " : $0 } }
        return Anchoring.occurrences(of: plain(Array(quote.unicodeScalars)), in: plain(scalars)).count
    }

    /// The recognised claim for `range`: one with exactly that span, else the first overlapping it.
    public static func claim(for range: Range<Int>, among claims: [Claim]) -> Claim? {
        if let exact = claims.first(where: { $0.start == range.lowerBound && $0.end == range.upperBound }) {
            return exact
        }
        return claims.first { $0.start < range.upperBound && range.lowerBound < $0.end }
    }
}
