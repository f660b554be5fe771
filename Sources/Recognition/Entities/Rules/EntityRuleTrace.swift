/// The rules that made one mention, in the order they fired: up to eight, one byte each, packed in
/// one word so that recording costs a shift and an or, and a mention stays a plain value (nothing
/// allocated per mention or token). A ninth rule is not kept: no rule path found so far is that long.
struct EntityRuleTrace: Sendable, Equatable {
    /// Slot n (bits 8n..<8n+8) holds 1 + the rule's raw value, or 0 when empty; filled from slot 0.
    private(set) var packed: UInt64 = 0

    static let capacity = 8

    init() {}

    init(_ rule: EntityRule) {
        packed = UInt64(rule.rawValue) &+ 1
    }

    /// Appends `rule` after the rules already recorded, unless all slots are full.
    @inline(__always)
    mutating func record(_ rule: EntityRule) {
        // Filled slots are the low bytes, so the used bit width rounded up to bytes counts them.
        let used = (64 - packed.leadingZeroBitCount + 7) / 8
        guard used < Self.capacity else { return }
        packed |= (UInt64(rule.rawValue) &+ 1) << UInt64(used * 8)
    }

    /// These rules and then `rule`.
    @inline(__always)
    func adding(_ rule: EntityRule) -> EntityRuleTrace {
        var trace = self
        trace.record(rule)
        return trace
    }

    /// Appends the rules of `other` after these.
    mutating func record(_ other: EntityRuleTrace) {
        for rule in other.rules { record(rule) }
    }

    /// The recorded rules in the order they fired.
    var rules: [EntityRule] {
        var result: [EntityRule] = []
        var rest = packed
        while rest != 0 {
            if let rule = EntityRule(rawValue: UInt8(truncatingIfNeeded: rest) &- 1) { result.append(rule) }
            rest >>= 8
        }
        return result
    }
}
