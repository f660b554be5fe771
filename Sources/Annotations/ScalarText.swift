/// A text kept as its UTF-8 (the `String` itself, no copy), indexed by Unicode scalar offset.
///
/// Every offset in the library's contracts is a scalar offset; an array of scalars answers them in
/// constant time but costs four bytes a character. This keeps the byte offset of every 64th scalar
/// instead (four bytes per 64 scalars, nothing at all for an all-ASCII text): the byte offset of a
/// scalar is its checkpoint plus a scan of at most 63 scalars, and none when the 64 scalars from the
/// checkpoint are all ASCII (their bytes then number 64), as most of a news article's are.
public struct ScalarText: RandomAccessCollection, Equatable, Sendable {
    /// Scalars from one checkpoint to the next.
    @usableFromInline static let checkpointStride = 64
    @usableFromInline static let checkpointShift = 6

    /// The text.
    public let string: String
    /// The number of Unicode scalars.
    public let count: Int
    /// The UTF-8 length of `string`.
    @usableFromInline let utf8Count: Int
    /// The byte offset of scalar `k × 64` for every `k × 64 <= count`; empty when the text is all
    /// ASCII, where a scalar offset is its byte offset.
    @usableFromInline let checkpoints: [UInt32]

    public init(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        self.utf8Count = string.utf8.count
        let (count, checkpoints) = string.utf8.withContiguousStorageIfAvailable { bytes -> (Int, [UInt32]) in
            let asciiPrefix = ScalarText.asciiPrefixLength(of: bytes)
            guard asciiPrefix < bytes.count else { return (bytes.count, []) }
            var checkpoints: [UInt32] = []
            checkpoints.reserveCapacity(bytes.count >> ScalarText.checkpointShift + 2)
            // The ASCII prefix's checkpoints are its multiples of 64.
            var scalar = asciiPrefix & ~(ScalarText.checkpointStride - 1)
            for offset in stride(from: 0, to: scalar, by: ScalarText.checkpointStride) { checkpoints.append(UInt32(offset)) }
            var byte = scalar
            while byte < bytes.count {
                if scalar & (ScalarText.checkpointStride - 1) == 0 { checkpoints.append(UInt32(byte)) }
                byte += ScalarText.width(ofLead: bytes[byte])
                scalar += 1
            }
            if scalar & (ScalarText.checkpointStride - 1) == 0 { checkpoints.append(UInt32(bytes.count)) }
            return (scalar, checkpoints)
        }!
        self.string = string
        self.count = count
        self.checkpoints = checkpoints
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    /// The scalar at `position` (`0 <= position < count`).
    @inlinable
    public subscript(position: Int) -> Unicode.Scalar {
        precondition(position >= 0 && position < count, "scalar offset \(position) outside 0..<\(count)")
        let byte = utf8Offset(ofScalar: position)
        return withBytes { bytes in ScalarText.decode(bytes, at: byte) }
    }

    /// The UTF-8 offset of scalar `offset` (`0 <= offset <= count`; `count` gives the UTF-8 length).
    @inlinable
    public func utf8Offset(ofScalar offset: Int) -> Int {
        precondition(offset >= 0 && offset <= count, "scalar offset \(offset) outside 0...\(count)")
        if checkpoints.isEmpty { return offset }
        let checkpoint = offset >> ScalarText.checkpointShift
        let start = Int(checkpoints[checkpoint])
        let remaining = offset & (ScalarText.checkpointStride - 1)
        if remaining == 0 { return start }
        // 64 scalars in 64 bytes are ASCII: no scan.
        let end = checkpoint + 1 < checkpoints.count ? Int(checkpoints[checkpoint + 1]) : utf8Count
        let scalarsInBlock = Swift.min(ScalarText.checkpointStride, count - (checkpoint << ScalarText.checkpointShift))
        if end - start == scalarsInBlock { return start + remaining }
        return withBytes { bytes in
            var byte = start
            for _ in 0..<remaining { byte += ScalarText.width(ofLead: bytes[byte]) }
            return byte
        }
    }

    /// The text between two scalar offsets (`0 <= lowerBound <= upperBound <= count`).
    public func string(_ range: Range<Int>) -> String {
        if range.isEmpty { return "" }
        if range.lowerBound == 0 && range.upperBound == count { return string }
        let lower = utf8Offset(ofScalar: range.lowerBound)
        let upper = utf8Offset(ofScalar: range.upperBound)
        return withBytes { bytes in String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self) }
    }

    /// Every scalar, decoded in one pass (an all-ASCII text's bytes are its scalars).
    public func decodedScalars() -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            withBytes { bytes in
                if checkpoints.isEmpty {
                    for offset in 0..<count { buffer[offset] = Unicode.Scalar(bytes[offset]) }
                } else {
                    var byte = 0
                    for offset in 0..<count {
                        buffer[offset] = ScalarText.decode(bytes, at: byte)
                        byte += ScalarText.width(ofLead: bytes[byte])
                    }
                }
            }
            initialized = count
        }
    }

    /// Sequential decoding, without an index look-up per scalar.
    public func makeIterator() -> String.UnicodeScalarView.Iterator {
        string.unicodeScalars.makeIterator()
    }

    /// The same scalars, whatever the table (always the same for the same text).
    public static func == (left: ScalarText, right: ScalarText) -> Bool {
        left.string.utf8.elementsEqual(right.string.utf8)
    }

    // MARK: - UTF-8

    @inlinable
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // A native string (made contiguous in `init`) always has contiguous UTF-8.
        string.utf8.withContiguousStorageIfAvailable(body)!
    }

    /// The length of the UTF-8 sequence a lead byte starts (valid UTF-8, as a `String` holds).
    @inlinable
    static func width(ofLead byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// The scalar whose UTF-8 starts at `offset` of valid UTF-8.
    @inlinable
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[offset])
        let value: UInt32
        if lead < 0x80 {
            value = lead
        } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
        }
        return Unicode.Scalar(value).unsafelyUnwrapped
    }

    /// The number of ASCII bytes before the first other byte, eight bytes a step.
    static func asciiPrefixLength(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Safe: `offset + 8 <= bytes.count`, so every load stays inside the buffer.
            while offset + 8 <= bytes.count,
                  raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                offset += 8
            }
        }
        while offset < bytes.count, bytes[offset] < 0x80 { offset += 1 }
        return offset
    }
}

extension Slice where Base == ScalarText {
    /// The text of these scalars.
    public var string: String { base.string(startIndex..<endIndex) }
}
