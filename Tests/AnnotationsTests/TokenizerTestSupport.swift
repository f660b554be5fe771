@testable import Recognition

/// The tokens both tokenizers make of a text, as (text, facts) pairs that tests can compare.
enum TokenizerTestSupport {
    /// The claim tokenizer's tokens: each token's text, kind, and whether whitespace with a line break
    /// comes before it.
    static func claimTokens(_ text: String) -> [(text: String, kind: ClaimTokenKind, lineBreakBefore: Bool)] {
        var copy = text
        return copy.withUTF8 { bytes in
            var tokenizer = ClaimTokenizer(bytes: bytes, lexicon: ClaimLexicon.shared)
            var tokens: [(String, ClaimTokenKind, Bool)] = []
            while true {
                let token = tokenizer.next()
                if token.kind == .end { break }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
                tokens.append((text, token.kind, token.lineBreakBefore))
            }
            return tokens
        }
    }

    /// The claim tokenizer's tokens as full `ClaimToken`s, for their parsed values.
    static func claimTokenValues(_ text: String) -> [(text: String, token: ClaimToken)] {
        var copy = text
        return copy.withUTF8 { bytes in
            var tokenizer = ClaimTokenizer(bytes: bytes, lexicon: ClaimLexicon.shared)
            var tokens: [(String, ClaimToken)] = []
            while true {
                let token = tokenizer.next()
                if token.kind == .end { break }
                tokens.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self), token))
            }
            return tokens
        }
    }

    /// The entity tokenizer's tokens with their text.
    static func entityTokens(_ text: String) -> [(text: String, token: EntityToken)] {
        var copy = text
        return copy.withUTF8 { bytes in
            EntityTokenizer.tokenize(bytes).map {
                (String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self), $0)
            }
        }
    }
}
