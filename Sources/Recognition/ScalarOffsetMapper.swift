/// Converts byte offsets of UTF-8 text into Unicode scalar offsets: one per article, shared by the
/// entity and claim recognisers (which work on UTF-8 bytes and report scalar offsets), so the text
/// is counted once however many offsets either asks for, in whatever order.
///
/// An offset in the text's leading run of ASCII bytes is its own scalar offset (half of the news
/// corpus's bytes come before its first non-ASCII one). Past that run, the mapper keeps the scalar
/// offset at the start of every 64-byte block, filled up to the furthest offset asked for: an
/// offset costs a load and a count of at most 63 bytes, eight at a time.
struct ScalarOffsetMapper {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The length of the leading run of ASCII bytes: found on the first call past the fast path,
    /// -1 before.
    private var asciiPrefix = -1
    /// `blockScalars[k]`: the scalar offset of byte `asciiPrefix + 64 * k`.
    private var blockScalars: [Int] = []

    private static let blockShift = 6
    private static let blockSize = 1 << blockShift

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar offset of byte offset `target` (the scalar count of the text for a target at or
    /// past its end).
    ///
    /// Inlined, so that an offset in the leading ASCII run costs a comparison, not a call.
    @inline(__always)
    mutating func scalarOffset(ofByte target: Int) -> Int {
        // `asciiPrefix <= bytes.count`, so a target up to it is inside the text.
        target <= asciiPrefix ? target : scalarOffsetCounting(ofByte: target)
    }

    /// `scalarOffset(ofByte:)` past the leading ASCII run, or on the first call.
    @inline(never)
    private mutating func scalarOffsetCounting(ofByte requested: Int) -> Int {
        if asciiPrefix < 0 {
            asciiPrefix = Self.asciiPrefixLength(of: bytes)
            if asciiPrefix < bytes.count {
                blockScalars.reserveCapacity((bytes.count - asciiPrefix) >> Self.blockShift + 1)
                blockScalars.append(asciiPrefix)
            }
        }
        let target = min(requested, bytes.count)
        if target <= asciiPrefix { return target }
        let block = (target - asciiPrefix) >> Self.blockShift
        // Every block before `block` ends at or before `target`, so inside the text.
        while blockScalars.count <= block {
            let last = blockScalars.count - 1
            let start = asciiPrefix + last << Self.blockShift
            blockScalars.append(blockScalars[last] + scalarCount(from: start, to: start + Self.blockSize))
        }
        let blockStart = asciiPrefix + block << Self.blockShift
        return blockScalars[block] + scalarCount(from: blockStart, to: target)
    }

    /// The scalars that start in `bytes[start..<end]`: the bytes that are not continuation bytes.
    @inline(__always)
    private func scalarCount(from start: Int, to end: Int) -> Int {
        var offset = start
        var scalars = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Safe: `offset + 32 <= end <= bytes.count`, so the loads stay inside the buffer.
            while offset + 32 <= end, Self.isASCII32(raw, at: offset) {
                scalars += 32
                offset += 32
            }
            // Safe: `offset + 8 <= end`.
            while offset + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                scalars += word & 0x8080_8080_8080_8080 == 0 ? 8 : 8 - Self.continuationByteCount(word)
                offset += 8
            }
            // The last 1 to 7 bytes, as one word with the bytes past `end` cleared (a cleared byte
            // has bit 7 clear, so it counts as neither a scalar nor a continuation byte): a mention
            // seldom ends on a multiple of eight, and a byte loop here cost more than the words
            // above. Read little-endian, so the first byte is the lowest. Safe: `offset + 8 <=
            // bytes.count`; near the end of the text the byte loop below takes over.
            let remaining = end - offset
            if remaining > 0, offset + 8 <= bytes.count {
                let loaded = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let word = loaded & ((1 << (UInt64(remaining) &* 8)) &- 1)
                scalars += word & 0x8080_8080_8080_8080 == 0 ? remaining : remaining - Self.continuationByteCount(word)
                offset = end
            }
        }
        while offset < end {
            // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
            if bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        return scalars
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
