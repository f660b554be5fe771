/// Where a fact-check of a claim stands.
public enum VerdictStatus: String, Codable, CaseIterable, Sendable, Hashable {
    case unverified, checking, sourced, disputed
    case `false`
    case `true`

    /// The words a ClaimReview's rating shows for it (`reviewRating.alternateName`).
    public var ratingName: String {
        switch self {
        case .unverified: "Unverified"
        case .checking: "Being checked"
        case .sourced: "Sourced"
        case .disputed: "Disputed"
        case .false: "False"
        case .true: "True"
        }
    }

    /// A rating on ClaimReview's 1 (false) to 5 (true) scale, for the statuses that judge the claim.
    public var ratingValue: Int? {
        switch self {
        case .false: 1
        case .disputed: 2
        case .sourced: 4
        case .true: 5
        case .unverified, .checking: nil
        }
    }
}
