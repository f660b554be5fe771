/// What a non-ASCII character is, for both tokenizers: one UTF-8 decoder and one table of ranges.
///
/// The entity tokenizer reads it as a `ByteClass` (`entityClass`), the claim tokenizer as whitespace,
/// a symbol token or part of a word (`ClaimTokenizer`'s `claimCharacter`). Most classes mean the same to
/// both. A few mean different things to each, and have classes of their own so that each reading stays
/// as it was measured; aligning them changes output and needs its own evaluation:
/// `zeroWidthSpace`, `lineSeparator`, `nextLine`, `mathSpace`, `control`, `wideSymbol` and
/// `letterCurrencySign` (see each).
enum NonASCIIClass: UInt8, Sendable {
    case uppercaseLetter
    /// A lower-case letter, or a letter of a script without case.
    case lowercaseLetter
    /// No-break space, the spaces U+2000–U+200A, narrow no-break space, ideographic space.
    case space
    /// A currency sign: ¢ £ ¥ and the currency signs block (€ ₹ ₽ ₦ ₩ ₱ ₵ ₺ ₪ ₫ ₸ …).
    case currencySign
    /// The degree sign °.
    case degreeSign
    /// The vulgar fractions ¼ ½ ¾.
    case fractionGlyph
    /// The hyphens and dashes U+2010–U+2015 and the minus sign U+2212.
    case dash
    /// Other punctuation and symbols: quotes, bullets, ellipsis, ×, ÷, arrows, dingbats.
    case punctuation
    /// U+200B zero width space: whitespace to the claim tokenizer, punctuation to the entity tokenizer.
    case zeroWidthSpace
    /// U+2028 and U+2029: a line break to the entity tokenizer, a space to the claim tokenizer.
    case lineSeparator
    /// U+0085 next line: a line break to the entity tokenizer, part of a word to the claim tokenizer.
    case nextLine
    /// U+205F medium mathematical space: a space to the entity tokenizer, punctuation to the claim tokenizer.
    case mathSpace
    /// The C1 controls U+0080–U+009F but U+0085: punctuation to the entity tokenizer, part of a word
    /// to the claim tokenizer.
    case control
    /// CJK and full-width punctuation and emoji: punctuation to the entity tokenizer, part of a word to
    /// the claim tokenizer.
    case wideSymbol
    /// The taka sign ৳, inside the Bengali block: a letter to the entity tokenizer, a currency sign to the
    /// claim tokenizer.
    case letterCurrencySign
    /// A byte that starts no well-formed sequence (a stray continuation byte, a cut or broken
    /// sequence): never produced from a Swift String.
    case malformed

    /// Classifies the sequence starting at `index` (a byte of 0x80 or above) and returns its length
    /// in bytes (at least 1, never past the end).
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (NonASCIIClass, Int) {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC0...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF7: length = 4
        default: return (.malformed, 1)  // a stray continuation byte
        }
        guard index + length <= bytes.count else { return (.malformed, bytes.count - index) }
        var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (.malformed, offset) }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return (NonASCIIClass(scalar: scalar), length)
    }

    /// The class of one non-ASCII scalar.
    init(scalar: UInt32) {
        switch scalar {
        case 0xA0, 0x2000...0x200A, 0x202F, 0x3000: self = .space
        case 0x85: self = .nextLine
        case 0x80...0x9F: self = .control
        case 0xA2, 0xA3, 0xA5, 0x20A0...0x20BF: self = .currencySign
        case 0xB0: self = .degreeSign
        case 0xBC...0xBE: self = .fractionGlyph
        case 0xA1...0xBF, 0xD7, 0xF7: self = .punctuation
        case 0xC0...0xDE: self = .uppercaseLetter
        case 0xDF...0xFF: self = .lowercaseLetter
        case 0x100...0x17F: self = Self.latinExtendedA(scalar)
        case 0x180...0x24F: self = .lowercaseLetter
        case 0x370...0x3FF: self = (0x391...0x3AB).contains(scalar) ? .uppercaseLetter : .lowercaseLetter
        case 0x400...0x4FF: self = (0x400...0x42F).contains(scalar) ? .uppercaseLetter : .lowercaseLetter
        case 0x9F3: self = .letterCurrencySign
        case 0x200B: self = .zeroWidthSpace
        case 0x2010...0x2015, 0x2212: self = .dash
        case 0x2028, 0x2029: self = .lineSeparator
        case 0x205F: self = .mathSpace
        case 0x2000...0x2BFF: self = .punctuation  // punctuation, symbols, arrows, dingbats
        case 0x3001...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F: self = .wideSymbol
        case 0x1F000...0x1FFFF: self = .wideSymbol  // emoji
        default: self = .lowercaseLetter  // other scripts: letters without case
        }
    }

    /// Latin Extended-A alternates upper and lower case, with the parity flipping in two places.
    private static func latinExtendedA(_ scalar: UInt32) -> NonASCIIClass {
        let evenIsUpper = scalar < 0x139 || (scalar >= 0x14A && scalar < 0x178)
        if scalar == 0x178 { return .uppercaseLetter }
        if scalar > 0x178 { return scalar % 2 == 1 ? .uppercaseLetter : .lowercaseLetter }
        return (scalar % 2 == 0) == evenIsUpper ? .uppercaseLetter : .lowercaseLetter
    }

    /// What the entity tokenizer makes of it.
    var entityClass: ByteClass {
        switch self {
        case .uppercaseLetter: .uppercaseLetter
        case .lowercaseLetter, .letterCurrencySign: .lowercaseLetter
        case .space, .mathSpace: .space
        case .lineSeparator, .nextLine: .lineBreak
        case .currencySign, .degreeSign, .fractionGlyph, .dash, .punctuation, .zeroWidthSpace, .control,
             .wideSymbol, .malformed: .punctuation
        }
    }
}
