import Testing
@testable import Recognition

/// The one classifier of non-ASCII characters both tokenizers read (`NonASCIIClass`), and the tokens
/// each tokenizer makes of tricky text through it.
@Suite struct NonASCIIClassTests {
    private func classify(_ text: String) -> (NonASCIIClass, Int) {
        var copy = text
        return copy.withUTF8 { NonASCIIClass.classify($0, 0) }
    }

    private func classify(bytes: [UInt8]) -> (NonASCIIClass, Int) {
        bytes.withUnsafeBufferPointer { NonASCIIClass.classify($0, 0) }
    }

    @Test(arguments: [
        ("É", NonASCIIClass.uppercaseLetter), ("é", .lowercaseLetter), ("ß", .lowercaseLetter), ("ÿ", .lowercaseLetter),
        ("Ÿ", .uppercaseLetter), ("Ł", .uppercaseLetter), ("ł", .lowercaseLetter), ("Ω", .uppercaseLetter),
        ("ω", .lowercaseLetter), ("Ж", .uppercaseLetter), ("ж", .lowercaseLetter), ("日", .lowercaseLetter),
        ("\u{A0}", .space), ("\u{2009}", .space), ("\u{202F}", .space), ("\u{3000}", .space),
        ("€", .currencySign), ("£", .currencySign), ("¢", .currencySign), ("¥", .currencySign), ("₹", .currencySign),
        ("°", .degreeSign), ("½", .fractionGlyph), ("¼", .fractionGlyph), ("¾", .fractionGlyph),
        ("–", .dash), ("—", .dash), ("‐", .dash), ("−", .dash),
        ("“", .punctuation), ("’", .punctuation), ("…", .punctuation), ("×", .punctuation), ("÷", .punctuation),
        ("¤", .punctuation), ("‰", .punctuation), ("•", .punctuation),
        ("\u{200B}", .zeroWidthSpace), ("\u{2028}", .lineSeparator), ("\u{2029}", .lineSeparator),
        ("\u{85}", .nextLine), ("\u{205F}", .mathSpace), ("\u{80}", .control), ("\u{9F}", .control),
        ("、", .wideSymbol), ("！", .wideSymbol), ("😀", .wideSymbol), ("৳", .letterCurrencySign),
    ])
    func classOfCharacter(_ text: String, _ expected: NonASCIIClass) {
        let (nonASCII, length) = classify(text)
        #expect(nonASCII == expected)
        #expect(length == text.utf8.count)
    }

    /// Broken UTF-8 (only reachable through the byte API) is classified one piece at a time, never
    /// past the end.
    @Test func malformedSequences() {
        #expect(classify(bytes: [0x80, 0x41]) == (.malformed, 1))        // a stray continuation byte
        #expect(classify(bytes: [0xE2, 0x82]) == (.malformed, 2))        // cut at the end
        #expect(classify(bytes: [0xC3, 0x41]) == (.malformed, 1))        // no continuation
        #expect(classify(bytes: [0xF8, 0x80, 0x80]) == (.malformed, 1)) // no such lead byte
    }

    /// The entity tokenizer's reading of each class, the disagreements included.
    @Test func entityReading() {
        #expect(NonASCIIClass.uppercaseLetter.entityClass == .uppercaseLetter)
        #expect(NonASCIIClass.letterCurrencySign.entityClass == .lowercaseLetter)
        #expect(NonASCIIClass.mathSpace.entityClass == .space)
        #expect(NonASCIIClass.lineSeparator.entityClass == .lineBreak)
        #expect(NonASCIIClass.nextLine.entityClass == .lineBreak)
        for punctuation: NonASCIIClass in [.currencySign, .degreeSign, .fractionGlyph, .dash, .punctuation,
                                           .zeroWidthSpace, .control, .wideSymbol, .malformed] {
            #expect(punctuation.entityClass == .punctuation, "\(punctuation)")
        }
    }

    /// The claim tokenizer's reading of each class, the disagreements included.
    @Test func claimReading() {
        for space: NonASCIIClass in [.space, .zeroWidthSpace, .lineSeparator] {
            #expect(space.isClaimSpace && space.claimSymbol == nil, "\(space)")
        }
        #expect(NonASCIIClass.mathSpace.claimSymbol == .punctuation)
        #expect(NonASCIIClass.letterCurrencySign.claimSymbol == .currency)
        #expect(NonASCIIClass.dash.claimSymbol == .dash)
        for wordPart: NonASCIIClass in [.uppercaseLetter, .lowercaseLetter, .control, .nextLine, .wideSymbol] {
            #expect(wordPart.claimSymbol == nil && !wordPart.isClaimSpace, "\(wordPart)")
        }
    }

    @Test func claimTokensOfNumbersWithSeparators() {
        let tokens = TokenizerTestSupport.claimTokenValues("8 412 183 votes, 8\u{202F}412 and 1,00,000 or 1.200.000 at 6,75 percent")
        let numbers = tokens.filter { $0.token.kind == .number }
        #expect(numbers.map(\.text) == ["8 412 183", "8\u{202F}412", "1,00,000", "1.200.000", "6,75"])
        #expect(numbers.map(\.token.value) == [8_412_183, 8_412, 100_000, 1_200_000, 6.75])
    }

    @Test func claimTokensOfCurrencyGluedToDigits() {
        let tokens = TokenizerTestSupport.claimTokens("€4.5bn, $US50, Rs1.2 and ₹5, ৳20, GH¢40, ¥300")
        #expect(tokens.map(\.text) == ["€", "4.5bn", ",", "$US", "50", ",", "Rs", "1.2", "and", "₹", "5", ",",
                                       "৳", "20", ",", "GH", "¢", "40", ",", "¥", "300"])
        #expect(tokens.filter { $0.kind == .currency }.map(\.text) == ["€", "$US", "₹", "৳", "¢", "¥"])
    }

    @Test func claimTokensOfDashesApostrophesAndSigns() {
        let tokens = TokenizerTestSupport.claimTokens("3–4 per cent, 40 − 3, O’Brien’s 30°C ½ cup\u{2028}2")
        #expect(tokens.map(\.text) == ["3", "–", "4", "per", "cent", ",", "40", "−", "3", ",", "O", "’", "Brien", "’", "s",
                                       "30", "°", "C", "½", "cup", "2"])
        #expect(tokens.filter { $0.kind == .dash }.count == 2)
        #expect(tokens.first { $0.text == "°" }?.kind == .degreeSign)
        #expect(tokens.first { $0.text == "½" }?.kind == .fractionGlyph)
        // U+2028 is whitespace to the claim tokenizer, not a line break.
        #expect(tokens.last?.lineBreakBefore == false)
    }

    @Test func claimTokensOfCapsURLsAndEmoji() {
        let tokens = TokenizerTestSupport.claimTokens("RESULTS: http://a.org/x-1 Zoë 5🔥 日本\u{200B}7")
        #expect(tokens.map(\.text) == ["RESULTS", ":", "http", ":", "/", "/", "a", ".", "org", "/", "x", "-", "1",
                                       "Zoë", "5", "🔥", "日本", "7"])
        #expect(tokens.first { $0.text == "🔥" }?.kind == .word)
    }

    @Test func entityTokensOfTrickyText() {
        let tokens = TokenizerTestSupport.entityTokens("SOCCER: Zoë Muñoz met O’Brien and al-Assad 😀 in Łódź\u{2028}Москва")
        #expect(tokens.map(\.text) == ["SOCCER", "Zoë", "Muñoz", "met", "O’Brien", "and", "al-Assad", "in", "Łódź", "Москва"])
        #expect(tokens[0].token.isAllCaps)
        #expect(tokens[1].token.isCapitalized && tokens[8].token.isCapitalized && tokens[9].token.isCapitalized)
        #expect(!tokens[3].token.isCapitalized)
        // U+2028 is a line break to the entity tokenizer.
        #expect(tokens[9].token.startsLine)
    }
}
