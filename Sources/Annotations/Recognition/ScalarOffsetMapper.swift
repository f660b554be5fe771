/// Converts increasing byte offsets into Unicode scalar offsets in one pass over the text: shared by
/// the entity and claim recognisers, which both work on UTF-8 bytes and report scalar offsets.
struct ScalarOffsetMapper {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byteOffset = 0
    private var scalarOffset = 0
    /// The length of the text's leading run of ASCII bytes, where a scalar offset is the byte
    /// offset (half of the news corpus's bytes come before its first non-ASCII one): found on the
    /// first call, -1 before.
    private var asciiPrefix = -1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar offset of `target`; targets must not decrease between calls.
    ///
    /// Inlined, so that an offset in the leading ASCII run costs a comparison, not a call.
    @inline(__always)
    mutating func scalarOffset(ofByte target: Int) -> Int {
        // `asciiPrefix <= bytes.count`, so a target up to it is inside the text.
        target <= asciiPrefix ? target : scalarOffsetCounting(ofByte: target)
    }

    /// `scalarOffset(ofByte:)` past the leading ASCII run, or on the first call.
    @inline(never)
    private mutating func scalarOffsetCounting(ofByte target: Int) -> Int {
        if asciiPrefix < 0 {
            asciiPrefix = Self.asciiPrefixLength(of: bytes)
            if target <= asciiPrefix { return target }
        }
        if target < byteOffset {
            byteOffset = 0
            scalarOffset = 0
        }
        if byteOffset < asciiPrefix {
            byteOffset = asciiPrefix
            scalarOffset = asciiPrefix
        }
        let limit = min(target, bytes.count)
        if let base = bytes.baseAddress {
            // Eight bytes at a time (see `continuationByteCount`).
            // Safe: `byteOffset + 8 <= limit <= bytes.count`, so the load stays inside the buffer.
            let raw = UnsafeRawPointer(base)
            // News is mostly ASCII: 32 bytes without a high bit are 32 scalars, one test for four
            // words. Safe: `byteOffset + 32 <= limit <= bytes.count`.
            while byteOffset + 32 <= limit, Self.isASCII32(raw, at: byteOffset) {
                scalarOffset += 32
                byteOffset += 32
            }
            while byteOffset + 8 <= limit {
                let word = raw.loadUnaligned(fromByteOffset: byteOffset, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    scalarOffset += 8  // all ASCII: no population count needed
                } else {
                    scalarOffset += 8 - Self.continuationByteCount(word)
                }
                byteOffset += 8
            }
            // The last 1 to 7 bytes, as one word with the bytes past `limit` cleared (a cleared byte
            // has bit 7 clear, so it counts as neither a scalar nor a continuation byte): a mention
            // seldom ends on a multiple of eight, and a byte loop here cost more than the words
            // above. Read little-endian, so the first byte is the lowest. Safe: `byteOffset + 8 <=
            // bytes.count`; near the end of the text the byte loop below takes over.
            let remaining = limit - byteOffset
            if remaining > 0, byteOffset + 8 <= bytes.count {
                let loaded = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: byteOffset, as: UInt64.self))
                let word = loaded & ((1 << (UInt64(remaining) &* 8)) &- 1)
                scalarOffset += word & 0x8080_8080_8080_8080 == 0 ? remaining  // all ASCII: nothing to count
                    : remaining - Self.continuationByteCount(word)
                byteOffset = limit
            }
        }
        while byteOffset < limit {
            // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
            if bytes[byteOffset] & 0xC0 != 0x80 { scalarOffset += 1 }
            byteOffset += 1
        }
        return scalarOffset
    }

    /// The number of ASCII bytes before the first other byte (`bytes.count` if there is none).
    private static func asciiPrefixLength(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Safe: `offset + 32 <= bytes.count`, so the loads stay inside the buffer.
            while offset + 32 <= bytes.count, Self.isASCII32(raw, at: offset) { offset += 32 }
        }
        while offset < bytes.count, bytes[offset] < 0x80 { offset += 1 }
        return offset
    }

    /// Whether the 32 bytes from `offset` are all ASCII: one test for four words. The caller keeps
    /// `offset + 32` inside the buffer.
    @inline(__always)
    private static func isASCII32(_ raw: UnsafeRawPointer, at offset: Int) -> Bool {
        let ored = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            | raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
            | raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)
            | raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)
        return ored & 0x8080_8080_8080_8080 == 0
    }

    /// The continuation bytes (10xxxxxx) among the eight bytes of `word`. A continuation byte has
    /// bit 7 set and bit 6 clear; shifting the word left by one lines each byte's bit 6 up with its
    /// bit 7 (a byte's bit 7 moves into the next byte's bit 0, which the mask drops), in either byte
    /// order. The flags, moved down to bit 0 of each byte, are summed by one multiplication into the
    /// top byte (at most 8, so no carry): the generic x86-64 target has no population-count
    /// instruction, and `nonzeroBitCount` cost a dozen instructions.
    @inline(__always)
    private static func continuationByteCount(_ word: UInt64) -> Int {
        let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
        return Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
    }
}
