/// The claim ledger of a corpus: every claim with its sentence and source, and the groups of
/// claims that count or measure the same thing.
///
/// Built from `LedgerArticle`s only (a path, the text, the analysis), so it can be fed from files
/// analysed on the spot or from a corpus index. Grouping is by key, not by comparing every pair:
/// claims with the same family of values, class of subject, event, place and period fall into one
/// group, then a group is split where its dates are more than `dateWindowDays` apart. That keeps
/// it linear in the number of claims and every group explainable by its key.
public struct ClaimLedger: Sendable {
    /// Claims more days apart than this are not the same report of the same thing.
    public static let dateWindowDays = 3

    /// Every claim, in corpus order (articles as given, claims by offset).
    public let claims: [LedgerClaim]
    /// The groups, largest first, then by the position of their first claim.
    public let groups: [ClaimGroup]
    private let groupOfClaim: [LedgerClaim.ID: Int]

    public init(articles: [LedgerArticle]) {
        var claims: [LedgerClaim] = []
        for article in articles { claims.append(contentsOf: LedgerClaimReader(article).claims()) }
        self.init(claims: claims)
    }

    /// Groups claims already read (a corpus index may store them).
    public init(claims: [LedgerClaim]) {
        self.claims = claims
        var buckets: [ClaimGroupKey: [Int]] = [:]
        for (index, claim) in claims.enumerated() {
            guard let features = claim.features else { continue }
            buckets[features.groupKey, default: []].append(index)
        }
        var groups: [(group: ClaimGroup, first: Int)] = []
        groups.reserveCapacity(buckets.count)
        for (key, members) in buckets {
            let runs = ClaimLedger.splitByDate(members, claims: claims)
            for (runIndex, run) in runs.enumerated() {
                let id = runs.count == 1 ? key.text : key.text + "#\(runIndex + 1)"
                let memberClaims = run.map { claims[$0] }
                groups.append((ClaimGroup(id: id, key: key, label: ClaimGroupLabel.label(for: memberClaims, key: key),
                                          members: memberClaims, reasons: ClaimGroupLabel.reasons(for: memberClaims, key: key)),
                               run[0]))
            }
        }
        groups.sort { left, right in
            left.group.members.count != right.group.members.count
                ? left.group.members.count > right.group.members.count : left.first < right.first
        }
        self.groups = groups.map(\.group)
        var lookup: [LedgerClaim.ID: Int] = [:]
        lookup.reserveCapacity(claims.count)
        for (index, group) in self.groups.enumerated() {
            for member in group.members { lookup[member.id] = index }
        }
        groupOfClaim = lookup
    }

    /// The group a claim belongs to, if its kind is grouped.
    public func group(of claim: LedgerClaim.ID) -> ClaimGroup? {
        groupOfClaim[claim].map { groups[$0] }
    }

    /// The group with this id.
    public func group(id: String) -> ClaimGroup? {
        groups.first { $0.id == id }
    }

    /// The groups with more than one claim: the ones where reports can disagree.
    public var sharedGroups: [ClaimGroup] {
        groups.filter { $0.members.count > 1 }
    }

    /// Splits a bucket where consecutive dates are more than the window apart; claims without a
    /// date join the largest run (they cannot say they are elsewhere in time).
    static func splitByDate(_ members: [Int], claims: [LedgerClaim]) -> [[Int]] {
        let dated = members.compactMap { index in
            claims[index].features?.date.flatMap(ClaimLedger.dayNumber).map { (index, $0) }
        }
        guard !dated.isEmpty, dated.count > 1 || dated.count < members.count else { return [members] }
        let sorted = dated.sorted { $0.1 < $1.1 }
        var runs: [[Int]] = [[sorted[0].0]]
        for position in 1..<max(1, sorted.count) where sorted.count > 1 {
            if sorted[position].1 - sorted[position - 1].1 > dateWindowDays {
                runs.append([sorted[position].0])
            } else {
                runs[runs.count - 1].append(sorted[position].0)
            }
        }
        let undated = members.filter { index in claims[index].features?.date.flatMap(ClaimLedger.dayNumber) == nil }
        if !undated.isEmpty, let largest = runs.indices.max(by: { runs[$0].count < runs[$1].count }) {
            runs[largest].append(contentsOf: undated)
        }
        return runs.map { $0.sorted() }
    }

    /// Days since 1970-01-01 of a "YYYY-MM-DD" date, nil if it is not one.
    static func dayNumber(_ date: String) -> Int? {
        let parts = date.split(separator: "-")
        guard parts.count == 3, var year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        year -= month <= 2 ? 1 : 0
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
