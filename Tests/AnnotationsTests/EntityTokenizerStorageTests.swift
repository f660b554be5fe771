import Testing
@testable import Annotations
@testable import Recognition

/// The tokenizer writes tokens in place and moves them to larger storage when a text has more
/// than its estimate (one per six bytes); that must not change a single token.
@Suite struct EntityTokenizerStorageTests {
    /// Texts with more tokens than the estimate (the first one, see below) or near it: one-letter words, hyphenated and glued
    /// words (two tokens each), title-case lines, non-ASCII letters.
    static let texts = [
        String(repeating: "a b C d E. ", count: 3_000),
        String(repeating: "UN-backed airstrikesReuters pro-Assad R-Ohio x ", count: 700),
        String(repeating: "Syrian Forces Celebrate Their Victory\nI a É ü ", count: 900),
        "",
        "Z",
    ]

    @Test func growingStorageGivesTheSameTokensAsFixedStorage() {
        for text in Self.texts {
            var copy = text
            copy.withUTF8 { bytes in
                let grown = EntityTokenizer.tokenize(bytes)
                var fixed: [EntityToken] = []
                EntityTokenizer.tokenize(bytes, into: &fixed)
                #expect(grown.count == fixed.count)
                for (left, right) in zip(grown, fixed) {
                    #expect(Self.fields(left) == Self.fields(right))
                }
            }
        }
    }

    @Test func oneLetterWordsOutgrowTheEstimate() {
        var copy = Self.texts[0]
        copy.withUTF8 { bytes in
            // More tokens than the first storage holds, so the growth path runs.
            #expect(EntityTokenizer.tokenize(bytes).count > bytes.count / 6 + 16)
        }
    }

    /// Every stored property of a token, for comparison.
    static func fields(_ token: EntityToken) -> [String] {
        [String(token.start), String(token.end), String(token.hash), String(token.lowerHash),
         String(token.isCapitalized), String(token.isAllCaps), String(token.startsWithDigit), String(token.joinsPrevious),
         String(token.isSentenceInitial), String(token.startsLine), String(token.inHeadline), String(token.isCompoundPart)]
    }
}
