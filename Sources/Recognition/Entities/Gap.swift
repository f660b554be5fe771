/// What lies between two words: decides whether they can form one name and whether the second
/// starts a sentence.
struct Gap {
    /// The yes/no facts below as bits, and the punctuation count in `countUnit` steps: the
    /// tokenizer resets and tests a gap once per word, and one word of flags (plus the space
    /// count) stays in registers where seven separate fields were spilled to the stack.
    private var marks: UInt32 = 0
    private static let lineBreakBit: UInt32 = 1 << 0
    private static let fullStopBit: UInt32 = 1 << 1
    private static let startsSentenceBit: UInt32 = 1 << 2
    private static let otherPunctuationBit: UInt32 = 1 << 3
    private static let compoundBit: UInt32 = 1 << 4
    /// One punctuation mark; the count saturates at 3, since only 0, 1 and "more" matter.
    private static let countUnit: UInt32 = 1 << 8
    private static let countMask: UInt32 = 3 << 8

    @inline(__always)
    private func has(_ bit: UInt32) -> Bool { marks & bit != 0 }

    @inline(__always)
    private mutating func set(_ bit: UInt32, _ value: Bool) {
        marks = value ? marks | bit : marks & ~bit
    }

    var hasLineBreak: Bool {
        @inline(__always) get { has(Self.lineBreakBit) }
        set { set(Self.lineBreakBit, newValue) }
    }
    var hasFullStop: Bool {
        @inline(__always) get { has(Self.fullStopBit) }
        set { set(Self.fullStopBit, newValue) }
    }
    /// Start of text, "!", "?", an opening quotation mark or bracket.
    var startsSentence: Bool {
        @inline(__always) get { has(Self.startsSentenceBit) }
        set { set(Self.startsSentenceBit, newValue) }
    }
    var hasOtherPunctuation: Bool {
        @inline(__always) get { has(Self.otherPunctuationBit) }
        set { set(Self.otherPunctuationBit, newValue) }
    }
    /// The word was cut from a hyphenated compound.
    var isCompound: Bool {
        @inline(__always) get { has(Self.compoundBit) }
        set { set(Self.compoundBit, newValue) }
    }
    var spaces = 0
    /// Punctuation marks seen, full stops included, counted up to 3.
    private var punctuationMarks: UInt32 { (marks & Self.countMask) >> 8 }

    init(atTextStart: Bool) {
        if atTextStart { marks = Self.startsSentenceBit | Self.lineBreakBit }
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
        @inline(__always) get {
            // `spaces - 1 < 2` unsigned is `spaces > 0 && spaces <= 2`.
            marks & (Self.lineBreakBit | Self.fullStopBit | Self.otherPunctuationBit | Self.startsSentenceBit) == 0
                && UInt(bitPattern: spaces &- 1) < 2
        }
    }

    /// Exactly one full stop and one or two spaces: after an initial ("Jerome H. Powell") the
    /// name goes on.
    var joinsAfterInitial: Bool {
        @inline(__always) get {
            marks & (Self.lineBreakBit | Self.fullStopBit | Self.startsSentenceBit | Self.countMask) == Self.fullStopBit | Self.countUnit
                && UInt(bitPattern: spaces &- 1) < 2
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
            if marks & Self.countMask != Self.countMask { marks += Self.countUnit }
        }
    }
}
