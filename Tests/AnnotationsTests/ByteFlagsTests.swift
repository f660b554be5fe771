import Testing
@testable import Recognition

/// The one byte table both tokenizers read (`ByteFlags`): each byte's flags, and the one pair of
/// bytes the two read differently.
@Suite struct ByteFlagsTests {
    /// Every byte value against an independent statement of its class.
    @Test func everyByteHasTheFlagsOfItsClass() {
        for value in 0...255 {
            let byte = UInt8(value)
            let flags = ByteFlags.table[value]
            #expect(flags == ByteFlags.flags(of: byte))
            let scalar = Unicode.Scalar(byte)
            let isASCIIUpper = value < 0x80 && scalar.properties.isUppercase && scalar.properties.isAlphabetic
            let isASCIILower = value < 0x80 && scalar.properties.isLowercase && scalar.properties.isAlphabetic
            let isASCIIDigit = value < 0x80 && scalar.properties.numericType == .decimal
            #expect((flags & ByteFlags.uppercase != 0) == isASCIIUpper, "byte \(value)")
            #expect((flags & ByteFlags.lowercase != 0) == isASCIILower, "byte \(value)")
            #expect((flags & ByteFlags.digit != 0) == isASCIIDigit, "byte \(value)")
            #expect((flags & ByteFlags.space != 0) == (value == 0x20 || value == 0x09), "byte \(value)")
            #expect((flags & ByteFlags.lineBreak != 0) == (value == 0x0A || value == 0x0D), "byte \(value)")
            #expect((flags & ByteFlags.verticalBreak != 0) == (value == 0x0B || value == 0x0C), "byte \(value)")
            #expect((flags & ByteFlags.nonASCII != 0) == (value >= 0x80), "byte \(value)")
            #expect((flags & ByteFlags.joiner != 0) == ("-.'".utf8.contains(byte)), "byte \(value)")
            // Exactly one class per byte: the flags of a byte are one bit, or none for punctuation.
            #expect(flags.nonzeroBitCount <= 1, "byte \(value)")
        }
    }

    /// ASCII punctuation, symbols and controls have none of the flags that are not punctuation: the
    /// claim tokenizer reads them as one-byte mark tokens.
    @Test func punctuationIsWhatHasNoOtherFlag() {
        for byte in "$%,;:!?\"()[]/&*+=<>@#~^_|`{}-.'".utf8 {
            #expect(ByteFlags.table[Int(byte)] & ByteFlags.notPunctuation == 0, "\(Unicode.Scalar(byte))")
        }
        for byte in "aZ5 \t\n\r\u{0B}\u{0C}".utf8 {
            #expect(ByteFlags.table[Int(byte)] & ByteFlags.notPunctuation != 0, "byte \(byte)")
        }
        #expect(ByteFlags.table[0xC3] & ByteFlags.notPunctuation != 0)
        #expect(ByteFlags.table[0x00] == 0 && ByteFlags.table[0x7F] == 0)
    }

    /// A vertical tab or form feed ends a line for the claim tokenizer, as a line feed does.
    @Test func verticalTabAndFormFeedBreakClaimLines() {
        for separator in ["\u{0B}", "\u{0C}", "\n", "\r"] {
            let tokens = TokenizerTestSupport.claimTokens("15 apples\(separator)20 pears")
            #expect(tokens.map(\.text) == ["15", "apples", "20", "pears"], "\(separator.unicodeScalars.first!.value)")
            #expect(tokens.map(\.lineBreakBefore) == [false, false, true, false], "\(separator.unicodeScalars.first!.value)")
        }
        let spaced = TokenizerTestSupport.claimTokens("15 apples\t20 pears")
        #expect(spaced.map(\.lineBreakBefore) == [false, false, false, false])
    }

    /// The entity tokenizer's ASCII path reads the same two bytes as punctuation: the word after one
    /// does not start a line, as it does after a line feed.
    @Test func verticalTabAndFormFeedArePunctuationToEntities() {
        for separator in ["\u{0B}", "\u{0C}"] {
            let tokens = TokenizerTestSupport.entityTokens("Alpha said\(separator)Beta left")
            #expect(tokens.map(\.text) == ["Alpha", "said", "Beta", "left"])
            #expect(tokens[2].token.startsLine == false)
        }
        let broken = TokenizerTestSupport.entityTokens("Alpha said\nBeta left")
        #expect(broken[2].token.startsLine)
    }

    /// ASCII marks become the claim tokens the scanner expects: currency, percent, dash, punctuation.
    @Test func asciiMarksAreClaimTokensOfTheirKind() {
        let tokens = TokenizerTestSupport.claimTokens("$5, 10% - x!")
        #expect(tokens.map(\.text) == ["$", "5", ",", "10", "%", "-", "x", "!"])
        #expect(tokens.map(\.kind) == [.currency, .number, .punctuation, .number, .percentSign, .dash, .word, .punctuation])
    }
}
