/// What a qualifier does to a claim's number: "more than 7,000" is a lower bound, "up to 80,000"
/// an upper bound, "about 50" an approximation. A claim without a qualifier has no bound (exact).
public enum ClaimBound: String, Codable, CaseIterable, Sendable, Hashable {
    /// The true quantity is at or above the number: more than, over, at least, in excess of.
    case lower
    /// The true quantity is at or below the number: up to, as many as, less than, nearly, almost.
    case upper
    /// The number is an estimate either way: about, around, some, roughly, nearer, an estimated.
    case approximate
}
