/// A word of up to 16 ASCII letters, lowercased, its bytes packed little-endian into two words
/// (zero past its end): the claim lexicon's key, compared without a `String` or a hash of bytes.
struct PackedWord: HashTableKey {
    var low: UInt64
    var high: UInt64

    @inline(__always)
    init(_ low: UInt64, _ high: UInt64) {
        self.low = low
        self.high = high
    }

    @inline(__always)
    var tableHash: UInt64 { (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) }

    static var placeholder: PackedWord { PackedWord(0, 0) }
}
