/// The rules that made one claim, in the order they fired: up to eight, one byte each, packed in
/// one word (recording costs a shift and an or, and nothing is allocated). A ninth is not kept.
struct ClaimRuleTrace: Sendable, Equatable {
    /// Slot n (bits 8n..<8n+8) holds 1 + the rule's raw value, or 0 when empty; filled from slot 0.
    private(set) var packed: UInt64 = 0

    static let capacity = 8

    init() {}

    /// Appends `rule` after the rules already recorded, unless all slots are full.
    @inline(__always)
    mutating func record(_ rule: ClaimRule) {
        let used = (64 - packed.leadingZeroBitCount + 7) / 8
        guard used < Self.capacity else { return }
        packed |= (UInt64(rule.rawValue) &+ 1) << UInt64(used * 8)
    }

    /// Appends the rules of `other` after these.
    mutating func record(_ other: ClaimRuleTrace) {
        for rule in other.rules { record(rule) }
    }

    /// The recorded rules in the order they fired.
    var rules: [ClaimRule] {
        var result: [ClaimRule] = []
        var rest = packed
        while rest != 0 {
            if let rule = ClaimRule(rawValue: UInt8(truncatingIfNeeded: rest) &- 1) { result.append(rule) }
            rest >>= 8
        }
        return result
    }
}
