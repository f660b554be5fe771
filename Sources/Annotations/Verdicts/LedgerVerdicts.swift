/// The verdicts of a corpus by claim, read from the anchored annotations that carry one. Where two
/// annotations on the same span both carry a verdict, the one modified last wins.
public struct LedgerVerdicts: Sendable {
    public private(set) var byClaim: [LedgerClaim.ID: ClaimVerdict] = [:]
    private var modified: [LedgerClaim.ID: String] = [:]

    public init() {}

    /// Adds the verdicts among an article's anchored annotations (orphans have no span and are left out).
    public mutating func add(_ annotations: [AnchoredAnnotation], articlePath: String) {
        for anchored in annotations {
            guard let verdict = anchored.annotation.verdict, let range = anchored.range else { continue }
            let id = LedgerClaim.ID(path: articlePath, start: range.lowerBound, end: range.upperBound)
            if let previous = modified[id], previous > anchored.annotation.modified { continue }
            byClaim[id] = verdict
            modified[id] = anchored.annotation.modified
        }
    }

    public func verdict(for claim: LedgerClaim.ID) -> ClaimVerdict? { byClaim[claim] }

    /// How many claims of one article have each status.
    public func counts(inArticle path: String) -> [VerdictStatus: Int] {
        var counts: [VerdictStatus: Int] = [:]
        for (id, verdict) in byClaim where id.path == path { counts[verdict.status, default: 0] += 1 }
        return counts
    }

    /// The group's verdict when every member with a verdict agrees on it, for a one-line summary.
    public func commonVerdict(of group: ClaimGroup) -> VerdictStatus? {
        let statuses = Set(group.members.compactMap { byClaim[$0.id]?.status })
        return statuses.count == 1 ? statuses.first : nil
    }
}
