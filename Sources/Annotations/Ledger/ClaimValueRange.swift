/// The values a claim allows once its qualifier is read: "more than 6,400" is 6,400 and up,
/// "up to 80,000" is 80,000 and down, "nearer 8,000" is 8,000 give or take 15 %, and a plain
/// number everything that rounds to it as written: "8,000" is 7,500 to 8,500, "three miles"
/// 2.5 to 3.5 miles, "6,400" 6,350 to 6,450 (a number that is not whole, 1 % either way).
public struct ClaimValueRange: Codable, Equatable, Hashable, Sendable {
    public var lower: Double
    /// `Double.infinity` for a lower bound; encoded as nil.
    public var upper: Double

    /// How far an approximate number may be off.
    public static let approximateMargin = 0.15
    /// How far an exact number that is not whole may be off by rounding.
    public static let exactMargin = 0.01

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// - Parameters:
    ///   - value: the number as written (in the claim's own unit).
    ///   - factor: what turns it into the family's base unit (1609.344 for miles to metres).
    public init?(value: Double?, bound: ClaimBound?, factor: Double = 1) {
        guard let value else { return nil }
        let base = value * factor
        switch bound {
        case .lower: self.init(lower: base, upper: .infinity)
        case .upper: self.init(lower: 0, upper: base)
        case .approximate: self.init(lower: base * (1 - Self.approximateMargin), upper: base * (1 + Self.approximateMargin))
        case nil:
            let margin = Self.roundingMargin(of: value) * abs(factor)
            self.init(lower: base - margin, upper: base + margin)
        }
    }

    /// Half the place of the last significant digit of a whole number (500 for 8,000, 0.5 for 3);
    /// 1 % of a number that is not whole.
    public static func roundingMargin(of value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude >= 1, magnitude == magnitude.rounded(), magnitude < 1e15 else { return magnitude * exactMargin }
        var place = 1.0
        while (magnitude / (place * 10)).truncatingRemainder(dividingBy: 1) == 0, place * 10 <= magnitude { place *= 10 }
        return place / 2
    }

    /// Whether some true value satisfies both claims.
    public func isCompatible(with other: ClaimValueRange) -> Bool {
        max(lower, other.lower) <= min(upper, other.upper)
    }

    enum CodingKeys: String, CodingKey { case lower, upper }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lower = try container.decode(Double.self, forKey: .lower)
        upper = try container.decodeIfPresent(Double.self, forKey: .upper) ?? .infinity
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lower, forKey: .lower)
        if upper.isFinite { try container.encode(upper, forKey: .upper) }
    }
}
