/// One word of an article, as byte offsets into its UTF-8 text plus what its shape says.
struct EntityToken: Sendable {
    /// Byte offsets, end exclusive.
    var start: Int
    var end: Int
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
}
