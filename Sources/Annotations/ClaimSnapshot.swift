/// A recognised claim as it was when the user annotated it, so a later change of number shows.
public struct ClaimSnapshot: Codable, Equatable, Hashable, Sendable {
    public var kind: ClaimKind
    public var value: Double?
    public var unit: String?
    public var qualifier: String?

    public init(kind: ClaimKind, value: Double?, unit: String? = nil, qualifier: String? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
    }

    public init(_ claim: Claim) {
        self.init(kind: claim.kind, value: claim.value, unit: claim.unit, qualifier: claim.qualifier)
    }
}
