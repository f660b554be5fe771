extension Article {
    /// Every place `quote` occurs exactly in the text, as Unicode scalar ranges, in text order
    /// (overlapping occurrences included).
    public func occurrences(of quote: String) -> [Range<Int>] {
        Anchoring.occurrences(of: Array(quote.unicodeScalars), in: scalars)
    }

    /// The recognised claim for `range`: one with exactly that span, else the first overlapping it.
    public static func claim(for range: Range<Int>, among claims: [Claim]) -> Claim? {
        if let exact = claims.first(where: { $0.start == range.lowerBound && $0.end == range.upperBound }) {
            return exact
        }
        return claims.first { $0.start < range.upperBound && range.lowerBound < $0.end }
    }
}
