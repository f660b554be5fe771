/// What `HashTable` needs of a value: one value that means "no entry" and is never stored.
protocol HashTableValue: Equatable, Sendable {
    static var absent: Self { get }
}

/// Bit sets and 1-based indices: 0 is absent.
extension UInt32: HashTableValue {
    static var absent: UInt32 { 0 }
}

extension UInt16: HashTableValue {
    static var absent: UInt16 { 0 }
}
