/// An open-addressing hash table from 64-bit word hashes (`WordHash`) to small non-zero values,
/// the lexicon's and the recogniser's replacement for `Dictionary<UInt64, …>` and `Set<UInt64>`.
///
/// The keys already are well-mixed 64-bit hashes, so a slot is one multiplication away (Fibonacci
/// hashing) instead of a run of SipHash per lookup. Linear probing, at most half full, so a miss
/// ends after a slot or two. A value of 0 means "absent": inserting ORs bits in, so stored values
/// are never 0.
struct WordHashTable: Sendable {
    /// A key and its value side by side: a lookup that finds its key reads one cache line, where
    /// separate key and value arrays cost two (the lexicon's tables are megabytes, so most probes
    /// of a new article miss the cache).
    private struct Slot {
        /// 0 marks an empty slot; the key 0 itself lives in `zeroKeyValue`.
        var key: UInt64 = 0
        var value: UInt32 = 0
    }

    private var slots: [Slot]
    /// Bit `key & 63` set for every stored key, so a key whose bit is clear is absent without a
    /// probe: the spotter's small word sets (a handful of words each, asked about every capitalised
    /// word) turn most lookups away here; in the lexicon's large tables every bit is set.
    private var filter: UInt64 = 0
    private var zeroKeyValue: UInt32 = 0
    /// `slots.count - 1`; the capacity is a power of two.
    private var mask: Int
    /// `64 - log2(capacity)`: the top bits of the multiplied key pick the slot.
    private var shift: UInt64
    /// Distinct keys stored.
    private(set) var count = 0

    /// An empty table that holds `expectedCount` keys without growing.
    init(expectedCount: Int = 8) {
        var capacity = 16
        while capacity < 2 * expectedCount { capacity *= 2 }
        slots = Array(repeating: Slot(), count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// A set: each of `keys` maps to 1.
    init(_ keys: [UInt64]) {
        self.init(expectedCount: keys.count)
        for key in keys { insert(key, bits: 1) }
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, or 0 when it is absent.
    @inline(__always)
    func value(_ key: UInt64) -> UInt32 {
        guard filter & (1 << (key & 63)) != 0 else { return 0 }
        if key == 0 { return zeroKeyValue }
        return slots.withUnsafeBufferPointer { slots in
            // Safe: `slot` is below the capacity (the shift keeps log2(capacity) bits) and every
            // later index is masked; the loop ends because the table is never more than half full.
            var index = slot(of: key)
            while true {
                let stored = slots[index]
                if stored.key == key { return stored.value }
                if stored.key == 0 { return 0 }
                index = (index + 1) & mask
            }
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(key) != 0 }

    /// ORs `bits` (non-zero) into the value of `key`, adding the key if needed.
    mutating func insert(_ key: UInt64, bits: UInt32) {
        precondition(bits != 0, "0 means absent")
        filter |= 1 << (key & 63)
        if key == 0 {
            if zeroKeyValue == 0 { count += 1 }
            zeroKeyValue |= bits
            return
        }
        var index = slot(of: key)
        while slots[index].key != 0 && slots[index].key != key { index = (index + 1) & mask }
        if slots[index].key == key {
            slots[index].value |= bits
            return
        }
        slots[index] = Slot(key: key, value: bits)
        count += 1
        if 2 * count > slots.count { grow() }
    }

    /// Stores `value` (non-zero) for `key` unless the key is already present; returns the value
    /// now stored. One probe sequence instead of a lookup followed by an insertion.
    @discardableResult
    mutating func insertIfAbsent(_ key: UInt64, value: UInt32) -> UInt32 {
        precondition(value != 0, "0 means absent")
        filter |= 1 << (key & 63)
        if key == 0 {
            if zeroKeyValue == 0 { zeroKeyValue = value; count += 1 }
            return zeroKeyValue
        }
        var index = slot(of: key)
        while slots[index].key != 0 {
            if slots[index].key == key { return slots[index].value }
            index = (index + 1) & mask
        }
        slots[index] = Slot(key: key, value: value)
        count += 1
        if 2 * count > slots.count { grow() }
        return value
    }

    /// Doubles the capacity, reinserting every key.
    private mutating func grow() {
        var larger = WordHashTable(expectedCount: slots.count)
        for slot in slots where slot.key != 0 {
            larger.insert(slot.key, bits: slot.value)
        }
        if zeroKeyValue != 0 { larger.insert(0, bits: zeroKeyValue) }
        self = larger
    }
}
