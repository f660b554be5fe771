/// One word of an article, as byte offsets into its UTF-8 text plus what its shape says.
///
/// 32 bytes: the offsets are stored as `UInt32` (texts are below 4 GiB, which `EntityTokenizer`
/// checks), so a token array costs a fifth less memory than with `Int` offsets; a document's
/// tokens are held all at once and streamed through several times, so their size is time.
struct EntityToken: Sendable {
    private var storedStart: UInt32
    private var storedEnd: UInt32
    /// Byte offset of the first byte.
    var start: Int {
        @inline(__always) get { Int(storedStart) }
        set { storedStart = UInt32(newValue) }
    }
    /// Byte offset past the last byte.
    var end: Int {
        @inline(__always) get { Int(storedEnd) }
        set { storedEnd = UInt32(newValue) }
    }
    /// `WordHash.exact` of the word's bytes.
    var hash: UInt64
    /// `WordHash.lowercased` of the word's bytes.
    var lowerHash: UInt64
    /// The yes/no facts below, one bit each: a token stays 32 bytes with its `wordEntry`.
    private var flags: UInt8
    private static let capitalizedBit: UInt8 = 1 << 0
    private static let allCapsBit: UInt8 = 1 << 1
    private static let digitStartBit: UInt8 = 1 << 2
    private static let joinsPreviousBit: UInt8 = 1 << 3
    private static let sentenceInitialBit: UInt8 = 1 << 4
    private static let startsLineBit: UInt8 = 1 << 5
    private static let inHeadlineBit: UInt8 = 1 << 6
    private static let compoundPartBit: UInt8 = 1 << 7

    @inline(__always)
    private func has(_ bit: UInt8) -> Bool { flags & bit != 0 }

    @inline(__always)
    private mutating func set(_ bit: UInt8, _ value: Bool) {
        flags = value ? flags | bit : flags & ~bit
    }

    /// Starts with an upper-case letter ("Aleppo", "UN", "al-Hawoz" counts through its particle).
    var isCapitalized: Bool {
        @inline(__always) get { has(Self.capitalizedBit) }
        set { set(Self.capitalizedBit, newValue) }
    }
    /// Two or more letters, all upper case ("UN", "AFP", "U.S."), or a capital with digits ("M23").
    var isAllCaps: Bool {
        @inline(__always) get { has(Self.allCapsBit) }
        set { set(Self.allCapsBit, newValue) }
    }
    /// Starts with a digit.
    var startsWithDigit: Bool {
        @inline(__always) get { has(Self.digitStartBit) }
        set { set(Self.digitStartBit, newValue) }
    }
    /// Only spaces (no line break, no punctuation) separate it from the previous token, so the two
    /// can belong to one name.
    var joinsPrevious: Bool {
        @inline(__always) get { has(Self.joinsPreviousBit) }
        set { set(Self.joinsPreviousBit, newValue) }
    }
    /// First word of a sentence, a line, a quotation or a glued-on credit: its capital says nothing.
    var isSentenceInitial: Bool {
        @inline(__always) get { has(Self.sentenceInitialBit) }
        set { set(Self.sentenceInitialBit, newValue) }
    }
    /// First token of a line.
    var startsLine: Bool {
        @inline(__always) get { has(Self.startsLineBit) }
        set { set(Self.startsLineBit, newValue) }
    }
    /// On a line written in title case, where capitals say little.
    var inHeadline: Bool {
        @inline(__always) get { has(Self.inHeadlineBit) }
        set { set(Self.inHeadlineBit, newValue) }
    }
    /// Directly preceded by a hyphen joining it to a lower-case word ("pro-Assad") or followed by a
    /// hyphen and a lower-case word ("UN-backed").
    var isCompoundPart: Bool {
        @inline(__always) get { has(Self.compoundPartBit) }
        set { set(Self.compoundPartBit, newValue) }
    }

    /// `LexiconEntry.rawValue`, or `notLookedUp`.
    private var storedWordEntry: UInt16 = Self.notLookedUp
    /// No lexicon entry uses bit 15.
    private static let notLookedUp: UInt16 = 1 << 15
    /// What the lexicon says about the word as `EntitySpotter` reads it, once looked up
    /// (`EntityLexicon.noteWords`): nil until then.
    var wordEntry: LexiconEntry? {
        @inline(__always) get { storedWordEntry == Self.notLookedUp ? nil : LexiconEntry(rawValue: storedWordEntry) }
        set { storedWordEntry = newValue?.rawValue ?? Self.notLookedUp }
    }

    @inline(__always)
    init(start: Int, end: Int, hash: UInt64, lowerHash: UInt64, isCapitalized: Bool, isAllCaps: Bool,
         startsWithDigit: Bool, joinsPrevious: Bool, isSentenceInitial: Bool, startsLine: Bool, inHeadline: Bool,
         isCompoundPart: Bool) {
        // Exact: `EntityTokenizer` only takes texts whose byte offsets fit in 32 bits.
        storedStart = UInt32(truncatingIfNeeded: start)
        storedEnd = UInt32(truncatingIfNeeded: end)
        self.hash = hash
        self.lowerHash = lowerHash
        // Arithmetic, not `flag ? bit : 0`: the optimiser turned the eight conditionals into a
        // tree of branches on data the processor cannot predict (one token in the tokenizer's loop).
        flags = Self.bit(isCapitalized) &* Self.capitalizedBit | Self.bit(isAllCaps) &* Self.allCapsBit
            | Self.bit(startsWithDigit) &* Self.digitStartBit | Self.bit(joinsPrevious) &* Self.joinsPreviousBit
            | Self.bit(isSentenceInitial) &* Self.sentenceInitialBit | Self.bit(startsLine) &* Self.startsLineBit
            | Self.bit(inHeadline) &* Self.inHeadlineBit | Self.bit(isCompoundPart) &* Self.compoundPartBit
    }

    /// 1 for true, 0 for false.
    @inline(__always)
    private static func bit(_ value: Bool) -> UInt8 {
        // A `Bool` is one byte holding 0 or 1, so the bit cast is exact.
        unsafeBitCast(value, to: UInt8.self)
    }
}
