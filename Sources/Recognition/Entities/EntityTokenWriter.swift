/// Where `EntityTokenizer` writes tokens: the storage of an array being built, written in place.
///
/// An array append per token costs a uniqueness check, a capacity check and, in the tokenizer's
/// large loop, two out-of-line calls; here room is checked once per word (a word gives at most
/// two tokens) and a token is one store.
struct EntityTokenWriter {
    /// Storage for `capacity` tokens, of which the first `count` are initialised.
    private let base: UnsafeMutablePointer<EntityToken>
    let capacity: Int
    private(set) var count: Int

    /// - Parameters: `base` holds room for `capacity` tokens and its first `count` are initialised;
    ///   the writer must not outlive it.
    init(base: UnsafeMutablePointer<EntityToken>, capacity: Int, count: Int) {
        self.base = base
        self.capacity = capacity
        self.count = count
    }

    /// Whether one more word (at most two tokens) fits.
    @inline(__always)
    var hasRoomForWord: Bool { capacity &- count >= 2 }  // 0 ≤ count ≤ capacity: no overflow

    @inline(__always)
    var last: EntityToken? { count > 0 ? base[count - 1] : nil }

    /// A token already written (`index < count`).
    @inline(__always)
    subscript(index: Int) -> EntityToken {
        get {
            precondition(index >= 0 && index < count, "token index out of range")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "token index out of range")
            base[index] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ token: EntityToken) {
        // The tokenizer checks `hasRoomForWord` before each word; this keeps a mistake from
        // writing past the storage.
        precondition(count < capacity, "token storage full")
        (base + count).initialize(to: token)
        count += 1
    }
}
