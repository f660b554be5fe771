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
    /// Starts with an upper-case letter ("Aleppo", "UN", "al-Hawoz" counts through its particle).
    var isCapitalized: Bool
    /// Two or more letters, all upper case ("UN", "AFP", "U.S."), or a capital with digits ("M23").
    var isAllCaps: Bool
    /// Starts with a digit.
    var startsWithDigit: Bool
    /// Only spaces (no line break, no punctuation) separate it from the previous token, so the two
    /// can belong to one name.
    var joinsPrevious: Bool
    /// First word of a sentence, a line, a quotation or a glued-on credit: its capital says nothing.
    var isSentenceInitial: Bool
    /// First token of a line.
    var startsLine: Bool
    /// On a line written in title case, where capitals say little.
    var inHeadline: Bool
    /// Directly preceded by a hyphen joining it to a lower-case word ("pro-Assad") or followed by a
    /// hyphen and a lower-case word ("UN-backed").
    var isCompoundPart: Bool

    init(start: Int, end: Int, hash: UInt64, lowerHash: UInt64, isCapitalized: Bool, isAllCaps: Bool,
         startsWithDigit: Bool, joinsPrevious: Bool, isSentenceInitial: Bool, startsLine: Bool, inHeadline: Bool,
         isCompoundPart: Bool) {
        // Exact: `EntityTokenizer` only takes texts whose byte offsets fit in 32 bits.
        storedStart = UInt32(truncatingIfNeeded: start)
        storedEnd = UInt32(truncatingIfNeeded: end)
        self.hash = hash
        self.lowerHash = lowerHash
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.startsWithDigit = startsWithDigit
        self.joinsPrevious = joinsPrevious
        self.isSentenceInitial = isSentenceInitial
        self.startsLine = startsLine
        self.inHeadline = inHeadline
        self.isCompoundPart = isCompoundPart
    }
}
