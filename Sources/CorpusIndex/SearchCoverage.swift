/// How much of the corpus full-text search covers: a large refresh stores the articles first and
/// their texts for search after, and a search meanwhile says what it could not look at.
public struct SearchCoverage: Equatable, Sendable {
    /// Articles whose text the full-text table holds.
    public var searchable: Int
    /// Articles whose text is still to go in.
    public var pending: Int

    public var isComplete: Bool { pending == 0 }

    /// "search index: 40,000 / 100,000 articles", for a search that could not look at them all.
    public var shortDescription: String {
        "search index: \(Self.grouped(searchable)) / \(Self.grouped(searchable + pending)) articles"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
