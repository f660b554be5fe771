/// An invented sentence a claim rule fires on, and the claim it makes there: its text (the first
/// claim with that text), kind and value (or, for dates and times, normalised value).
/// `ClaimRuleExampleTests` runs every one.
public struct ClaimRuleExample: Sendable {
    public let sentence: String
    public let text: String
    public let kind: ClaimKind
    public let value: Double?
    public let normalized: String?

    init(_ sentence: String, _ text: String, _ kind: ClaimKind, _ value: Double?, normalized: String? = nil) {
        self.sentence = sentence
        self.text = text
        self.kind = kind
        self.value = value
        self.normalized = normalized
    }
}
