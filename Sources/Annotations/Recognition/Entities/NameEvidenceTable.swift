/// What `MentionLinker` learns about words across one document, keyed by lower-cased word hash
/// (`WordHash.lowercased`): four tables of small non-zero values in one.
///
/// Four `WordHashTable`s cost eight array allocations per article, each with a metadata lookup,
/// which for a 3 KB article weighs as much as a good part of its recognition; this table makes
/// one, sized for the document's mentions. Same semantics as `WordHashTable.insertIfAbsent` and
/// `WordHashTable.value` per kind: 0 means absent, the first value stored wins.
struct NameEvidenceTable {
    /// The four facts kept per word.
    enum Kind: Int {
        /// 1 + the index of the full name whose surname (or particle-less part) the word is.
        case alias = 0
        /// 1 + the index of the word's first type in `MentionLinker`'s type order.
        case knownType = 1
        /// 1 when the word was shown to be no entity ("Typhoon Haiyan" → "Haiyan").
        case nonEntity = 2
        /// 1 + the index of the full name whose first word the word is.
        case firstName = 3
    }

    /// A key and its four values side by side: one array, so one allocation and one zeroing per
    /// document instead of two, and a lookup reads one cache line.
    private struct Slot {
        /// 0 marks an empty slot; the key 0 itself uses the extra slot at index `capacity`.
        var key: UInt64 = 0
        var alias: UInt32 = 0
        var knownType: UInt32 = 0
        var nonEntity: UInt32 = 0
        var firstName: UInt32 = 0

        subscript(kind: Kind) -> UInt32 {
            @inline(__always) get {
                switch kind {
                case .alias: alias
                case .knownType: knownType
                case .nonEntity: nonEntity
                case .firstName: firstName
                }
            }
            @inline(__always) set {
                switch kind {
                case .alias: alias = newValue
                case .knownType: knownType = newValue
                case .nonEntity: nonEntity = newValue
                case .firstName: firstName = newValue
                }
            }
        }
    }

    /// `capacity + 1` slots: the last one is the key 0's.
    private var slots: [Slot]
    /// `capacity - 1`; the capacity is a power of two.
    private var mask: Int
    /// `64 - log2(capacity)`: the top bits of the multiplied key pick the slot.
    private var shift: UInt64
    /// Distinct non-zero keys stored.
    private var count = 0

    /// An empty table that holds `expectedCount` keys without growing.
    init(expectedCount: Int) {
        var capacity = 16
        while capacity < 2 * expectedCount { capacity *= 2 }
        slots = Array(repeating: Slot(), count: capacity + 1)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// The number of slots for non-zero keys.
    private var capacity: Int { slots.count - 1 }

    /// The slot of `key` if present, else nil.
    @inline(__always)
    private func slot(of key: UInt64) -> Int? {
        if key == 0 { return capacity }
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        // Ends: the table is never more than half full.
        while true {
            let stored = slots[index].key
            if stored == key { return index }
            if stored == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// The `kind` value stored for `key`, or 0 when there is none.
    @inline(__always)
    func value(_ kind: Kind, _ key: UInt64) -> UInt32 {
        guard let slot = slot(of: key) else { return 0 }
        return slots[slot][kind]
    }

    /// Stores `value` (non-zero) as the `kind` value of `key` unless it already has one.
    mutating func insertIfAbsent(_ kind: Kind, _ key: UInt64, value: UInt32) {
        precondition(value != 0, "0 means absent")
        let slot = slotInserting(key)
        if slots[slot][kind] == 0 { slots[slot][kind] = value }
    }

    /// The slot of `key`, adding the key (with no values) when absent.
    private mutating func slotInserting(_ key: UInt64) -> Int {
        if key == 0 { return capacity }
        if 2 * (count + 1) > capacity { grow() }
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[index].key != 0 {
            if slots[index].key == key { return index }
            index = (index + 1) & mask
        }
        slots[index].key = key
        count += 1
        return index
    }

    /// Doubles the capacity, moving every key with its values.
    private mutating func grow() {
        var larger = NameEvidenceTable(expectedCount: capacity)
        for index in 0..<capacity where slots[index].key != 0 {
            larger.slots[larger.slotInserting(slots[index].key)] = slots[index]
        }
        larger.slots[larger.capacity] = slots[capacity]
        self = larger
    }
}
