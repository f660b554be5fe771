/// What `HashTable` needs of a key: 64 bits to place it by, and a value to fill empty slots with.
protocol HashTableKey: Equatable, Sendable {
    /// Bits that differ between keys: the table multiplies them to pick a slot (so the top bits
    /// should depend on the whole key) and filters on the low six.
    var tableHash: UInt64 { get }
    /// Any key: what an empty slot holds beside its absent value.
    static var placeholder: Self { get }
}

/// A `WordHash` is already well mixed.
extension UInt64: HashTableKey {
    @inline(__always) var tableHash: UInt64 { self }
    static var placeholder: UInt64 { 0 }
}
