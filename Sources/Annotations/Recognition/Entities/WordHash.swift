/// 64-bit FNV-1a hashes of UTF-8 byte slices, the keys of the entity lexicon.
///
/// Hashing bytes avoids building a `String` per token; a collision between two of the lexicon's
/// ~200,000 names and a text's word is astronomically unlikely at 64 bits.
enum WordHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `bytes[range]` exactly as written.
    @inline(__always)
    static func exact(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offsetBasis
        for index in range {
            hash = (hash ^ UInt64(bytes[index])) &* prime
        }
        return hash
    }

    /// The hash of `bytes[range]` with ASCII and Latin-1 letters lowercased ("SÃO" → "são").
    @inline(__always)
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offsetBasis
        var afterC3 = false
        for index in range {
            var byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                byte |= 0x20
            } else if afterC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 {
                byte += 0x20  // U+00C0–U+00DE, except ×
            }
            afterC3 = byte == 0xC3
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    /// The hash of a phrase extended by one more word: order matters, so "New York" ≠ "York New".
    @inline(__always)
    static func phrase(_ prefix: UInt64, appending word: UInt64) -> UInt64 {
        (prefix &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019) ^ word
    }

    /// The phrase hash of a single word.
    @inline(__always)
    static func phrase(_ word: UInt64) -> UInt64 { phrase(offsetBasis, appending: word) }

    /// The exact hash of a string's UTF-8 bytes (used when building the lexicon).
    static func exact(_ string: String) -> UInt64 {
        var hash = offsetBasis
        for byte in string.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}
