/// A 128-bit fingerprint of a file's bytes, to tell an edited file from one only touched and to
/// recognise a renamed file. Not cryptographic: the index is a cache, and a collision costs at worst
/// a stale analysis until the file changes again. Eight bytes at a time, two independent lanes.
public enum ContentHash {
    public static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        var first: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ UInt64(bytes.count)
        let words = bytes.count / 8
        var index = 0
        while index < words {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            first = mix(first ^ word) &+ second
            second = mix(second &+ word ^ 0x1656_67B1_9E37_79F9)
            index += 1
        }
        var tail: UInt64 = 0
        for offset in stride(from: bytes.count - 1, through: words * 8, by: -1) {
            tail = tail << 8 | UInt64(bytes[offset])
        }
        first = mix(first ^ tail ^ 0xFF)
        second = mix(second &+ tail &+ first)
        return hex(first) + hex(second)
    }

    public static func of(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { of($0) }
    }

    /// The finaliser of SplitMix64: every input bit reaches every output bit.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
