/// A claim with the rules that gave it its kind, span and value, in the order they fired.
public struct ExplainedClaim: Sendable {
    public let claim: Claim
    public let rules: [ClaimRule]
}
