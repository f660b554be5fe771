/// Turns UTF-8 byte offsets into Unicode scalar offsets by counting the bytes that start a scalar
/// (all but continuation bytes 0b10xxxxxx). Offsets must be asked for in ascending order, so the
/// whole conversion is one pass over the text up to the last offset.
struct ScalarOffsetMap {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byteOffset = 0
    private var scalarOffset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar offset of byte offset `target` (not below any offset asked before).
    mutating func scalarOffset(ofByte target: Int) -> Int {
        precondition(target >= byteOffset, "byte offsets must be asked for in ascending order")
        var count = 0
        var index = byteOffset
        // Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= target {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // All ASCII (the usual case): eight scalars.
                if word & 0x8080_8080_8080_8080 == 0 {
                    count &+= 8
                    index += 8
                    continue
                }
                let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                // Each byte's flag moved to bit 0, then summed into the top byte by one multiply.
                count &+= 8 &- Int(truncatingIfNeeded: ((continuations >> 7) &* 0x0101_0101_0101_0101) >> 56)
                index += 8
            }
        }
        while index < target {
            count &+= bytes[index] & 0xC0 != 0x80 ? 1 : 0
            index += 1
        }
        scalarOffset += count
        byteOffset = target
        return scalarOffset
    }
}
