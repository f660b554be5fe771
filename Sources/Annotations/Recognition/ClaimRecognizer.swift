/// Finds numeric claims (in progress: finds nothing yet).
public struct ClaimRecognizer: Sendable {
    public init() {}

    public func claims(in text: String) -> [Claim] { [] }
}
