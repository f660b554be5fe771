/// The class of each byte value, for the tokenizer's hot loops: one table load per byte.
enum ClaimByteClass {
    static let other: UInt8 = 0
    static let space: UInt8 = 1
    static let lineBreak: UInt8 = 2
    static let letter: UInt8 = 3
    static let digit: UInt8 = 4
    /// The first or a continuation byte of a non-ASCII character (a letter, a space or a symbol).
    static let nonASCII: UInt8 = 5

    /// The table, allocated once for the process and never freed.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            let value: UInt8
            switch byte {
            case 0x20, 0x09: value = space
            case 0x0A, 0x0B, 0x0C, 0x0D: value = lineBreak
            case 0x41...0x5A, 0x61...0x7A: value = letter
            case 0x30...0x39: value = digit
            case 0x80...0xFF: value = nonASCII
            default: value = other
            }
            table[byte] = value
        }
        return UnsafePointer(table)
    }()
}
