/// One token of the text, in UTF-8 byte offsets, with what the lexicon and the number reader know of it.
struct ClaimToken: Sendable {
    var start: Int
    var end: Int
    var kind: ClaimTokenKind
    /// Whitespace separates this token from the one before.
    var spaceBefore = false
    /// A line break separates this token from the one before (a new paragraph, headline or dateline).
    var lineBreakBefore = false
    /// Starts with an ASCII capital letter.
    var capitalized = false
    /// Letters followed by digits ("G20", "M23"): a code, never a number word.
    var alphanumeric = false
    /// Index of the word in the lexicon, or 0 when it is not a word the recogniser knows.
    var word: UInt16 = 0
    /// The roles of that word (empty when unknown), kept here so the scan loop need not look them up.
    var roles: ClaimWordRoles = []
    /// For punctuation: the ASCII byte (or 0 for a non-ASCII mark).
    var mark: UInt8 = 0
    /// For numbers: the value read from the digits; for clocks: hours * 60 + minutes.
    var value: Double = 0
    /// For numbers: digits before the decimal point (at most 255 counted).
    var integerDigits: UInt8 = 0
    /// For numbers: digits after the decimal point (at most 255 counted).
    var decimalDigits: UInt8 = 0
    /// For numbers: thousands separators were written ("20,000").
    var grouped = false
    /// For numbers: how many letters are glued on ("km" in "5km": 2; at most 255 counted).
    var suffixLength: UInt8 = 0
    /// For numbers: lexicon index of the glued letters, 0 when none or unknown.
    var suffixWord: UInt16 = 0

    var hasSuffix: Bool { suffixLength > 0 }
    /// For numbers: byte offset where the glued letters start.
    var suffixStart: Int { end - Int(suffixLength) }
}
