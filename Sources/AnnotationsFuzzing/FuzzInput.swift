/// Turns a fuzzer's bytes into choices, so that each byte string stands for one structured input
/// (a sidecar, an article, an import file) rather than mostly-invalid noise. Past the end of the
/// bytes every choice is 0, so any input, even empty, decodes to something.
public struct FuzzInput {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isExhausted: Bool { position >= bytes.count }

    /// True when the unread bytes begin like a JSON document: the input is a JSON file (a seed or a
    /// kept crash), to be used as it is.
    public var startsWithJSON: Bool {
        guard position < bytes.count else { return false }
        return [UInt8(ascii: "{"), UInt8(ascii: "["), 0x20, 0x0A].contains(bytes[position])
    }

    /// The next byte, 0 past the end.
    public mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A choice among `count` (at least 1) options.
    public mutating func choose(_ count: Int) -> Int {
        Int(byte()) % max(count, 1)
    }

    public mutating func pick<T>(_ options: [T]) -> T {
        options[choose(options.count)]
    }

    public mutating func flag() -> Bool { byte() & 1 == 1 }

    /// Up to 8 bytes as a signed integer.
    public mutating func integer() -> Int {
        var value: UInt64 = 0
        for _ in 0..<8 { value = value << 8 | UInt64(byte()) }
        return Int(truncatingIfNeeded: value)
    }

    /// The rest of the bytes, unchanged.
    public mutating func remainder() -> [UInt8] {
        guard position < bytes.count else { return [] }
        defer { position = bytes.count }
        return Array(bytes[position...])
    }
}
