/// One line of a claim group as a panel or the command line shows it: the claim, who says it,
/// where, whether it agrees with the group's majority, and its verdict.
public struct LedgerRow: Equatable, Sendable, Identifiable {
    public var id: LedgerClaim.ID
    /// The claim as written ("more than 6,400 people").
    public var text: String
    /// The source's name, nil when the text gives none.
    public var source: String?
    /// The attribution's cue ("said", "according to"), nil without a source.
    public var cue: String?
    public var articlePath: String
    public var articleTitle: String
    /// True when the claim can be true together with the group's largest agreeing set, false
    /// when it cannot, nil when the group has fewer than two numbers to compare.
    public var agrees: Bool?
    public var verdict: ClaimVerdict?

    public init(id: LedgerClaim.ID, text: String, source: String?, cue: String?, articlePath: String, articleTitle: String,
                agrees: Bool?, verdict: ClaimVerdict?) {
        self.id = id
        self.text = text
        self.source = source
        self.cue = cue
        self.articlePath = articlePath
        self.articleTitle = articleTitle
        self.agrees = agrees
        self.verdict = verdict
    }
}

extension ClaimGroup {
    /// The group's rows, in member order, with agreement and verdicts filled in.
    public func rows(verdicts: LedgerVerdicts = LedgerVerdicts()) -> [LedgerRow] {
        let all = ranges
        return rows(verdicts: verdicts, ranges: all, agreement: ClaimGroup.largestAgreement(of: all))
    }

    /// The rows with the group's ranges and largest agreement already worked out.
    func rows(verdicts: LedgerVerdicts, ranges: [ClaimValueRange?], agreement: [Int]) -> [LedgerRow] {
        var agreeing = [Bool](repeating: false, count: members.count)
        for index in agreement { agreeing[index] = true }
        let compared = ranges.lazy.compactMap { $0 }.count > 1
        return members.enumerated().map { index, member in
            LedgerRow(id: member.id, text: member.claim.text, source: member.attribution?.source, cue: member.attribution?.cue,
                      articlePath: member.id.path, articleTitle: member.articleTitle,
                      agrees: compared ? agreeing[index] : nil, verdict: verdicts.verdict(for: member.id))
        }
    }
}
