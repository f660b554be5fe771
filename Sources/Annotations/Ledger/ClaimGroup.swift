/// Claims from across the corpus that count or measure the same thing, with why they belong
/// together and how their values compare.
public struct ClaimGroup: Codable, Equatable, Sendable, Identifiable {
    /// The key's text, with a suffix when dates split one key into several groups.
    public var id: String
    public var key: ClaimGroupKey
    /// The members in corpus order (by article path, then offset).
    public var members: [LedgerClaim]

    public init(id: String, key: ClaimGroupKey, members: [LedgerClaim]) {
        self.id = id
        self.key = key
        self.members = members
    }

    /// Made from the words of the claims: "civilians evacuated from eastern Aleppo". Made when
    /// asked, since a large corpus has far more groups than anyone reads.
    public var label: String { ClaimGroupLabel.label(for: members, key: key) }

    /// Why these claims belong together, one reason a line.
    public var reasons: [String] { ClaimGroupLabel.reasons(for: members, key: key) }

    /// Each member's allowed values in the family's base unit, nil where the claim has no number.
    public var ranges: [ClaimValueRange?] {
        members.map { member in
            guard let base = member.features?.baseValue, let written = member.claim.value else { return nil }
            return ClaimValueRange(value: written, bound: member.claim.bound, factor: written == 0 ? 1 : base / written)
        }
    }

    /// Whether members `first` and `second` (indices) can both be true.
    public func areCompatible(_ first: Int, _ second: Int) -> Bool {
        let all = ranges
        guard let left = all[first], let right = all[second] else { return false }
        return left.isCompatible(with: right)
    }

    /// The values side by side: smallest and largest number written, and their ratio.
    public var valueSpan: (minimum: Double, maximum: Double, ratio: Double)? {
        let values = members.compactMap { $0.features?.baseValue }
        guard let minimum = values.min(), let maximum = values.max() else { return nil }
        return (minimum, maximum, minimum > 0 ? maximum / minimum : .infinity)
    }

    /// The largest set of members that can all be true at once (they share a common value), found
    /// by sweeping the ranges' ends; members outside it disagree with that majority.
    public var largestAgreement: [Int] { Self.largestAgreement(of: ranges) }

    /// The largest agreement among `ranges` (a group's, by member): the members open at the first
    /// point of the sweep where the most are open at once.
    static func largestAgreement(of ranges: [ClaimValueRange?]) -> [Int] {
        var events: [(value: Double, opens: Bool, member: Int)] = []
        for (index, range) in ranges.enumerated() {
            guard let range else { continue }
            events.append((range.lower, true, index))
            events.append((range.upper, false, index))
        }
        // Opening before closing at the same value, so touching ranges count as agreeing.
        events.sort { $0.value != $1.value ? $0.value < $1.value : ($0.opens && !$1.opens) }
        // The sweep counts; the members are gathered once, at the best point, since copying the
        // open set at every new best costs the square of a large group's size.
        var isOpen = [Bool](repeating: false, count: ranges.count)
        var open = 0
        var best = 0
        var bestEvent = -1
        for (position, event) in events.enumerated() {
            if event.opens {
                if !isOpen[event.member] {
                    isOpen[event.member] = true
                    open += 1
                }
                if open > best {
                    best = open
                    bestEvent = position
                }
            } else if isOpen[event.member] {
                isOpen[event.member] = false
                open -= 1
            }
        }
        guard bestEvent >= 0 else { return [] }
        isOpen = [Bool](repeating: false, count: ranges.count)
        for event in events[...bestEvent] { isOpen[event.member] = event.opens }
        return isOpen.indices.filter { isOpen[$0] }
    }

    /// True when every member with a number agrees with every other.
    public var isConsistent: Bool {
        let all = ranges
        return Self.largestAgreement(of: all).count == all.compactMap { $0 }.count
    }
}
