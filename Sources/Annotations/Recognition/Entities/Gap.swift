/// What lies between two words: decides whether they can form one name and whether the second
/// starts a sentence.
struct Gap {
    var hasLineBreak = false
    var hasFullStop = false
    /// Start of text, "!", "?", an opening quotation mark or bracket.
    var startsSentence = false
    var hasOtherPunctuation = false
    var spaces = 0
    /// Punctuation marks seen, full stops included.
    var punctuationMarks = 0
    /// The word was cut from a hyphenated compound.
    var isCompound = false

    init(atTextStart: Bool) {
        startsSentence = atTextStart
        hasLineBreak = atTextStart
    }

    /// The gap before a word glued to the previous one: no join, and its capital says nothing.
    static var glued: Gap {
        var gap = Gap(atTextStart: false)
        gap.startsSentence = true
        gap.hasOtherPunctuation = true
        return gap
    }

    /// Only one or two spaces (no-break spaces included) and nothing else.
    var joins: Bool {
        @inline(__always) get { !hasLineBreak && !hasFullStop && !hasOtherPunctuation && !startsSentence && spaces > 0 && spaces <= 2 }
    }

    /// Exactly one full stop and one or two spaces: after an initial ("Jerome H. Powell") the
    /// name goes on.
    var joinsAfterInitial: Bool {
        @inline(__always) get {
        !hasLineBreak && hasFullStop && punctuationMarks == 1 && !startsSentence && spaces > 0 && spaces <= 2
        }
    }

    mutating func note(_ byteClass: ByteClass, byte: UInt8, length: Int, bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        switch byteClass {
        case .space: spaces += 1
        case .lineBreak:
            hasLineBreak = true
            startsSentence = true
        default:
            switch byte {
            case 0x2E: hasFullStop = true
            case 0x21, 0x3F, 0x22, 0x28, 0x5B, 0x3A: startsSentence = true  // ! ? " ( [ :
            case 0xE2 where length == 3 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98):
                startsSentence = true  // “ ‘
            default: break
            }
            // "Metal Workers' Union": a plural possessive apostrophe keeps the name together.
            if byte == 0x27 || (length == 3 && byte == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99),
               punctuationMarks == 0, spaces == 0, index > 0, bytes[index - 1] == 0x73,
               index + length < bytes.count, bytes[index + length] == 0x20 { return }
            hasOtherPunctuation = true
            punctuationMarks += 1
        }
    }
}
