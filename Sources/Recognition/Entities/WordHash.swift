/// 64-bit hashes of UTF-8 byte slices, the keys of the entity lexicon.
///
/// Hashing bytes avoids building a `String` per token. The bytes are taken eight at a time as
/// little-endian words ("chunks"): each full chunk is folded into the state with one 64×64→128-bit
/// multiplication (the two halves XORed, as in wyhash), and the last 0–7 bytes, zero-padded, are
/// folded in together with the length. A byte-at-a-time hash (FNV-1a) is a chain of one
/// multiplication per byte; this is one per eight bytes plus one, and most words are a single
/// multiplication. Each step mixes every input bit into every output bit, so a collision between
/// two of the lexicon's ~200,000 names and a text's word stays astronomically unlikely at 64 bits.
///
/// Every entry point gives the same value for the same bytes: the lexicon's tables are built with
/// `exact(String)` and the tokenizer's `EntityTokenizer` hashes its words chunk by chunk with
/// `absorb` and `finish`, and the two are looked up against each other.
enum WordHash {
    /// The state before the first chunk; also the start of a phrase hash (`phrase`).
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Odd constants with about half their bits set (from wyhash's secret), one per kind of step.
    private static let chunkMultiplier: UInt64 = 0xa076_1d64_78bd_642f
    private static let finalMultiplier: UInt64 = 0xe703_7ed1_a0b4_28db

    /// The 64 bits of the 128-bit product of `a` and `b`, high half XOR low half: every bit of
    /// either factor reaches every bit of the result.
    @inline(__always)
    private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// The state after one more full chunk of eight bytes.
    @inline(__always)
    static func absorb(_ state: UInt64, _ chunk: UInt64) -> UInt64 {
        fold(state ^ chunk, chunkMultiplier)
    }

    /// The hash from the state after the full chunks, the remaining 0–7 bytes as a zero-padded
    /// chunk (`tail`), and the length of all the bytes.
    ///
    /// A tail holds at most seven bytes, so its top byte is free for the length: "ab" and "ab\0"
    /// differ there, and lengths that differ by 256 or more have different numbers of chunks.
    @inline(__always)
    static func finish(_ state: UInt64, tail: UInt64, length: Int) -> UInt64 {
        fold(state ^ tail ^ UInt64(truncatingIfNeeded: length) << 56, finalMultiplier)
    }

    /// The bytes `bytes[index..<index + length]`, `length` in 0...8, as a little-endian word,
    /// zero above them.
    @inline(__always)
    static func chunk(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt64 {
        if length == 8 { return load8(bytes, at: index) }
        precondition(index >= 0 && length >= 0 && length < 8 && index + length <= bytes.count, "chunk out of range")
        var value: UInt64 = 0
        var offset = 0
        while offset < length {
            value |= UInt64(bytes[index + offset]) << (8 * offset)
            offset += 1
        }
        return value
    }

    /// The eight bytes `bytes[index..<index + 8]` as a little-endian word.
    @inline(__always)
    static func load8(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        // With `index` ≥ 0, `count &- index` cannot overflow. The tokenizer has just made the
        // same comparison, so the optimiser drops this one there.
        precondition(index >= 0 && bytes.count &- index >= 8, "chunk out of range")
        // Safe: the precondition keeps all eight bytes inside `bytes`, so its base is not nil.
        return UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }

    /// The hash of `bytes[range]` exactly as written.
    static func exact(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var state = offsetBasis
        var index = range.lowerBound
        while range.upperBound - index >= 8 {
            state = absorb(state, chunk(bytes, at: index, length: 8))
            index += 8
        }
        return finish(state, tail: chunk(bytes, at: index, length: range.upperBound - index), length: range.count)
    }

    /// The hash of `bytes[range]` with ASCII and Latin-1 letters lowercased ("SÃO" → "são"): the
    /// exact hash of the lowercased bytes, which have the same length.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var state = offsetBasis
        var pending: UInt64 = 0
        var filled = 0
        var afterC3 = false
        for index in range {
            var byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                byte |= 0x20
            } else if afterC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 {
                byte += 0x20  // U+00C0–U+00DE, except ×
            }
            afterC3 = byte == 0xC3
            pending |= UInt64(byte) << (8 * filled)
            filled += 1
            if filled == 8 {
                state = absorb(state, pending)
                pending = 0
                filled = 0
            }
        }
        return finish(state, tail: pending, length: range.count)
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
        var string = string
        return string.withUTF8 { exact($0, 0..<$0.count) }
    }
}
