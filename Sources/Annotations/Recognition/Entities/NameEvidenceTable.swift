/// What `MentionLinker` learns about words across one document, keyed by lower-cased word hash
/// (`WordHash.lowercased`): four tables of small non-zero values in one.
///
/// Four `WordHashTable`s cost eight array allocations per article, each with a metadata lookup,
/// which for a 3 KB article weighs as much as a good part of its recognition; this table makes
/// two, sized for the document's mentions. Same semantics as `WordHashTable.insertIfAbsent` and
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

    /// 0 marks an empty slot; the key 0 itself uses the extra slot at index `capacity`.
    private var keys: [UInt64]
    /// Four values per slot, `Kind.rawValue` picking one; `capacity + 1` slots.
    private var values: [UInt32]
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
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: 0, count: 4 * (capacity + 1))
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// The slot of `key` if present, else nil.
    @inline(__always)
    private func slot(of key: UInt64) -> Int? {
        if key == 0 { return keys.count }
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        // Ends: the table is never more than half full.
        while true {
            let stored = keys[index]
            if stored == key { return index }
            if stored == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// The `kind` value stored for `key`, or 0 when there is none.
    @inline(__always)
    func value(_ kind: Kind, _ key: UInt64) -> UInt32 {
        guard let slot = slot(of: key) else { return 0 }
        return values[4 * slot + kind.rawValue]
    }

    /// Stores `value` (non-zero) as the `kind` value of `key` unless it already has one.
    mutating func insertIfAbsent(_ kind: Kind, _ key: UInt64, value: UInt32) {
        precondition(value != 0, "0 means absent")
        let slot = slotInserting(key)
        if values[4 * slot + kind.rawValue] == 0 { values[4 * slot + kind.rawValue] = value }
    }

    /// The slot of `key`, adding the key (with no values) when absent.
    private mutating func slotInserting(_ key: UInt64) -> Int {
        if key == 0 { return keys.count }
        if 2 * (count + 1) > keys.count { grow() }
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[index] != 0 {
            if keys[index] == key { return index }
            index = (index + 1) & mask
        }
        keys[index] = key
        count += 1
        return index
    }

    /// Doubles the capacity, moving every key with its values.
    private mutating func grow() {
        var larger = NameEvidenceTable(expectedCount: keys.count)
        for index in keys.indices where keys[index] != 0 {
            let slot = larger.slotInserting(keys[index])
            for kind in 0..<4 { larger.values[4 * slot + kind] = values[4 * index + kind] }
        }
        let zeroSlot = larger.keys.count
        for kind in 0..<4 { larger.values[4 * zeroSlot + kind] = values[4 * keys.count + kind] }
        self = larger
    }
}
