/// What a UTF-8 sequence is, for the tokenizer: part of a word, a space, or punctuation.
///
/// Decides from the lead byte and, for the few multi-byte spaces and punctuation marks news text
/// uses (no-break space, curly quotes, dashes), the bytes after it. Letters outside ASCII are
/// recognised by script block, which is enough to tell words from punctuation.
enum ByteClass: Equatable {
    case lowercaseLetter
    case uppercaseLetter
    case digit
    case space
    case lineBreak
    case punctuation

    /// Classifies the sequence starting at `index` and returns its length in bytes (at least 1,
    /// never past the end).
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (ByteClass, Int) {
        let lead = bytes[index]
        if lead < 0x80 {
            switch lead {
            case 0x61...0x7A: return (.lowercaseLetter, 1)
            case 0x41...0x5A: return (.uppercaseLetter, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x20, 0x09: return (.space, 1)
            case 0x0A, 0x0D, 0x0B, 0x0C: return (.lineBreak, 1)
            default: return (.punctuation, 1)
            }
        }
        let length: Int
        switch lead {
        case 0xC0...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF7: length = 4
        default: return (.punctuation, 1)  // a stray continuation byte
        }
        guard index + length <= bytes.count else { return (.punctuation, bytes.count - index) }
        var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (.punctuation, offset) }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return (classify(scalar: scalar), length)
    }

    /// The class of one non-ASCII scalar.
    static func classify(scalar: UInt32) -> ByteClass {
        switch scalar {
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x2028, 0x2029, 0x85: return .lineBreak
        case 0x80...0xBF, 0xD7, 0xF7: return .punctuation
        case 0xC0...0xDE: return .uppercaseLetter
        case 0xDF...0xFF: return .lowercaseLetter
        case 0x100...0x17F: return latinExtendedA(scalar)
        case 0x180...0x24F: return .lowercaseLetter
        case 0x370...0x3FF: return (0x391...0x3AB).contains(scalar) ? .uppercaseLetter : .lowercaseLetter
        case 0x400...0x4FF: return (0x400...0x42F).contains(scalar) ? .uppercaseLetter : .lowercaseLetter
        case 0x2000...0x2BFF: return .punctuation  // punctuation, symbols, arrows, dingbats
        case 0x3001...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F: return .punctuation
        case 0x1F000...0x1FFFF: return .punctuation  // emoji
        default: return .lowercaseLetter  // other scripts: letters without case
        }
    }

    /// Latin Extended-A alternates upper and lower case, with the parity flipping in two places.
    private static func latinExtendedA(_ scalar: UInt32) -> ByteClass {
        let evenIsUpper = scalar < 0x139 || (scalar >= 0x14A && scalar < 0x178)
        if scalar == 0x178 { return .uppercaseLetter }
        if scalar > 0x178 { return scalar % 2 == 1 ? .uppercaseLetter : .lowercaseLetter }
        return (scalar % 2 == 0) == evenIsUpper ? .uppercaseLetter : .lowercaseLetter
    }

    var isWordCharacter: Bool {
        self == .lowercaseLetter || self == .uppercaseLetter || self == .digit
    }
}
