/// An open-addressing hash table from small keys that are (or pack) words to small values: the
/// one table type of the recognisers (the entity lexicon and word sets keyed by `WordHash`, the
/// linker's per-document name evidence, the claim lexicon keyed by packed letters), in place of
/// `Dictionary`, whose SipHash per lookup costs more than the recognition around it.
///
/// A slot is one multiplication away (Fibonacci hashing of `Key.tableHash`). Linear probing, at
/// most half full, so a miss ends after a slot or two. A slot whose value is `Value.absent` is
/// empty, so any key (0 too) can be stored, and a stored value is never `absent`.
struct HashTable<Key: HashTableKey, Value: HashTableValue>: Sendable {
    /// A key and its value side by side: a lookup that finds its key reads one cache line, where
    /// separate key and value arrays cost two (the lexicon's tables are megabytes, so most probes
    /// of a new article miss the cache).
    private struct Slot: Sendable {
        var key: Key
        var value: Value
    }

    private var slots: [Slot]
    /// Bit `tableHash & 63` set for every stored key, so a key whose bit is clear is absent without
    /// a probe: the spotter's small word sets (a handful of words each, asked about every
    /// capitalised word) turn most lookups away here; in the large tables every bit is set.
    private var filter: UInt64 = 0
    /// `slots.count - 1`; the capacity is a power of two.
    private var mask: Int
    /// `64 - log2(capacity)`: the top bits of the multiplied hash pick the slot.
    private var shift: UInt64
    /// Distinct keys stored.
    private(set) var count = 0

    /// An empty table that holds `expectedCount` keys without growing.
    init(expectedCount: Int = 8) {
        var capacity = 16
        while capacity < 2 * expectedCount { capacity *= 2 }
        slots = Array(repeating: Slot(key: Key.placeholder, value: .absent), count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(ofHash hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, or `absent`.
    @inline(__always)
    func value(_ key: Key) -> Value {
        let hash = key.tableHash
        guard filter & (1 << (hash & 63)) != 0 else { return .absent }
        return slots.withUnsafeBufferPointer { slots in
            // Safe: `slot` is below the capacity (the shift keeps log2(capacity) bits) and every
            // later index is masked; the loop ends because the table is never more than half full.
            var index = slot(ofHash: hash)
            while true {
                let stored = slots[index]
                if stored.value == .absent { return .absent }
                if stored.key == key { return stored.value }
                index = (index + 1) & mask
            }
        }
    }

    @inline(__always)
    func contains(_ key: Key) -> Bool { value(key) != .absent }

    /// Lets `update` change the value of `key` (`absent` when the key is new); returns the value
    /// now stored. One probe sequence for a lookup and an insertion.
    @discardableResult
    mutating func update(_ key: Key, _ change: (inout Value) -> Void) -> Value {
        let hash = key.tableHash
        var index = slot(ofHash: hash)
        while slots[index].value != .absent, slots[index].key != key {
            index = (index + 1) & mask
        }
        var value = slots[index].value
        let isNew = value == .absent
        change(&value)
        guard value != .absent else { return value }
        slots[index] = Slot(key: key, value: value)
        if isNew {
            filter |= 1 << (hash & 63)
            count += 1
            if 2 * count > slots.count { grow() }
        }
        return value
    }

    /// Stores `value` (not `absent`) for `key` unless the key is already present; returns the
    /// value now stored.
    @discardableResult
    mutating func insertIfAbsent(_ key: Key, value: Value) -> Value {
        precondition(value != .absent, "absent cannot be stored")
        return update(key) { if $0 == .absent { $0 = value } }
    }

    /// Every key stored with its value, in slot order.
    var entries: [(key: Key, value: Value)] {
        slots.filter { $0.value != .absent }.map { ($0.key, $0.value) }
    }

    /// Doubles the capacity, reinserting every key.
    private mutating func grow() {
        var larger = HashTable(expectedCount: slots.count)
        for slot in slots where slot.value != .absent {
            larger.update(slot.key) { $0 = slot.value }
        }
        self = larger
    }
}
