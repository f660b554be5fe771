/// A claim as the JSON contract writes it: `value` is the number where there is one, else the
/// normalised text (an ISO date such as "2016-12-05", a clock time such as "18:00").
public struct ClaimReport: Encodable, Sendable {
    public var claim: Claim

    public init(_ claim: Claim) {
        self.claim = claim
    }

    enum CodingKeys: String, CodingKey {
        case text, kind, value, qualifier, bound, unit, start, end
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(claim.text, forKey: .text)
        try container.encode(claim.kind, forKey: .kind)
        if let normalized = claim.normalized {
            try container.encode(normalized, forKey: .value)
        } else if let value = claim.value {
            // Whole numbers print without a decimal point: 20000, not 20000.0.
            if value == value.rounded(), abs(value) < 1e15 {
                try container.encode(Int64(value), forKey: .value)
            } else {
                try container.encode(value, forKey: .value)
            }
        } else {
            try container.encodeNil(forKey: .value)
        }
        try container.encodeIfPresent(claim.qualifier, forKey: .qualifier)
        try container.encodeIfPresent(claim.bound, forKey: .bound)
        try container.encodeIfPresent(claim.unit, forKey: .unit)
        try container.encode(claim.start, forKey: .start)
        try container.encode(claim.end, forKey: .end)
    }
}
