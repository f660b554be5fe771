/// What a token of the claim tokenizer is.
enum ClaimTokenKind: UInt8, Sendable {
    /// Letters (ASCII or any non-ASCII letter), possibly followed by digits ("G20"): a word.
    case word
    /// Digits with thousands separators and a decimal part, possibly with glued letters ("5km").
    case number
    /// A clock time written with a colon: "6:00", "18:30".
    case clock
    /// A currency sign: $, €, £, ¥, ₹, ₽.
    case currency
    /// The percent sign.
    case percentSign
    /// The degree sign °.
    case degreeSign
    /// A vulgar fraction glyph: ½, ¼, ¾.
    case fractionGlyph
    /// A hyphen or dash joining or separating words and numbers.
    case dash
    /// Any other punctuation mark.
    case punctuation
    /// The end of the text.
    case end
}
