/// How the claim tokenizer reads the shared classes of non-ASCII characters.
extension NonASCIIClass {
    /// Whitespace between claim tokens (no line break: the claim tokenizer breaks lines on ASCII only).
    var isClaimSpace: Bool { self == .space || self == .zeroWidthSpace || self == .lineSeparator }

    /// The token the claim tokenizer makes of the character alone, or nil when it is whitespace or part
    /// of a word.
    var claimSymbol: ClaimTokenKind? {
        switch self {
        case .currencySign, .letterCurrencySign: .currency
        case .degreeSign: .degreeSign
        case .fractionGlyph: .fractionGlyph
        case .dash: .dash
        case .punctuation, .mathSpace: .punctuation
        case .uppercaseLetter, .lowercaseLetter, .control, .nextLine, .wideSymbol, .malformed: nil
        case .space, .zeroWidthSpace, .lineSeparator: nil
        }
    }
}
