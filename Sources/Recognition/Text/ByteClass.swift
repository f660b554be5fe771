/// What a UTF-8 sequence is, for the tokenizer: part of a word, a space, or punctuation.
///
/// Decides ASCII from the byte; a multi-byte sequence through `NonASCIIClass`, the classifier the
/// claim tokenizer shares. Letters outside ASCII are recognised by script block, which is enough to
/// tell words from punctuation.
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
        let (nonASCII, length) = NonASCIIClass.classify(bytes, index)
        return (nonASCII.entityClass, length)
    }

    var isWordCharacter: Bool {
        self == .lowercaseLetter || self == .uppercaseLetter || self == .digit
    }
}
