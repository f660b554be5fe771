/// A recognised claim as it was when the user annotated it, so a later change of number shows.
public struct ClaimSnapshot: Codable, Equatable, Hashable, Sendable {
    public var kind: ClaimKind
    public var value: Double?
    /// A normalised non-numeric value (a date such as "2016-12-05", a time such as "18:00"), if any.
    public var normalized: String?
    public var unit: String?
    public var qualifier: String?

    public init(kind: ClaimKind, value: Double?, normalized: String? = nil, unit: String? = nil,
                qualifier: String? = nil) {
        self.kind = kind
        self.value = value
        self.normalized = normalized
        self.unit = unit
        self.qualifier = qualifier
    }

    public init(_ claim: Claim) {
        self.init(kind: claim.kind, value: claim.value, normalized: claim.normalized, unit: claim.unit,
                  qualifier: claim.qualifier)
    }
}
