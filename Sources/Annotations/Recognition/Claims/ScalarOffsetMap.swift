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
        while index < target {
            count &+= bytes[index] & 0xC0 != 0x80 ? 1 : 0
            index += 1
        }
        scalarOffset += count
        byteOffset = target
        return scalarOffset
    }
}
