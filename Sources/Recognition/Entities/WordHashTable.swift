/// The lexicon's and the spotter's word sets and maps: `WordHash` keys to bit sets or 1-based
/// indices (0 is absent; inserting ORs bits in).
typealias WordHashTable = HashTable<UInt64, UInt32>

extension HashTable where Key == UInt64, Value == UInt32 {
    /// A set: each of `keys` maps to 1.
    init(_ keys: [UInt64]) {
        self.init(expectedCount: keys.count)
        for key in keys { insert(key, bits: 1) }
    }

    /// ORs `bits` (non-zero) into the value of `key`, adding the key if needed.
    mutating func insert(_ key: UInt64, bits: UInt32) {
        precondition(bits != 0, "0 means absent")
        update(key) { $0 |= bits }
    }
}
