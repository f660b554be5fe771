/// One numeric claim in an article: "more than 20,000 civilians", "85 percent", "2012".
///
/// `start` and `end` are Unicode scalar offsets into the article text as stored on disk, end exclusive.
public struct Claim: Codable, Equatable, Hashable, Sendable {
    public var text: String
    public var kind: ClaimKind
    /// The normalised number (20000, 0.75, 11000000); nil where the claim has no single number.
    public var value: Double?
    /// A normalised non-numeric value, for dates ("2016-12-05", "12-05") and clock times ("18:00").
    public var normalized: String?
    /// The qualifier as written, lowercased ("more than", "nearly"), if any.
    public var qualifier: String?
    /// What the qualifier means for the number: a lower or upper bound, or an approximation; nil when exact.
    public var bound: ClaimBound?
    /// The unit or counted noun ("civilians", "kilometers", "percent"), if any.
    public var unit: String?
    public var start: Int
    public var end: Int

    public init(text: String, kind: ClaimKind, value: Double?, normalized: String? = nil,
                qualifier: String? = nil, bound: ClaimBound? = nil, unit: String? = nil, start: Int, end: Int) {
        self.text = text
        self.kind = kind
        self.value = value
        self.normalized = normalized
        self.qualifier = qualifier
        self.bound = bound
        self.unit = unit
        self.start = start
        self.end = end
    }
}
