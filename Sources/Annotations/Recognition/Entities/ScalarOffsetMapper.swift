/// Converts increasing byte offsets into Unicode scalar offsets in one pass over the text.
struct ScalarOffsetMapper {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byteOffset = 0
    private var scalarOffset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar offset of `target`; targets must not decrease between calls.
    mutating func scalarOffset(ofByte target: Int) -> Int {
        if target < byteOffset {
            byteOffset = 0
            scalarOffset = 0
        }
        let limit = min(target, bytes.count)
        while byteOffset < limit {
            // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
            if bytes[byteOffset] & 0xC0 != 0x80 { scalarOffset += 1 }
            byteOffset += 1
        }
        return scalarOffset
    }
}
