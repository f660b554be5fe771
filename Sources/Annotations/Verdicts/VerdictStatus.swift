/// Where a fact-check of a claim stands.
public enum VerdictStatus: String, Codable, CaseIterable, Sendable, Hashable {
    case unverified, checking, sourced, disputed
    case `false`
    case `true`

    /// The status after this one in `allCases`, wrapping around; `by: -1` goes back. From no verdict,
    /// forward starts at the first status and back at the last, so a key can cycle through them.
    public static func cycled(from status: VerdictStatus?, by step: Int) -> VerdictStatus {
        let all = allCases
        guard let status, let index = all.firstIndex(of: status) else { return step >= 0 ? all[0] : all[all.count - 1] }
        return all[((index + step) % all.count + all.count) % all.count]
    }

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
