import Testing
@testable import Annotations
@testable import Recognition

/// The lexicon's tables are built with `WordHash.exact(String)` and `WordHash.lowercased` and looked
/// up with the hashes the tokenizer computes eight bytes at a time: every entry point must give the
/// same value for the same bytes.
@Suite struct EntityWordHashTests {
    /// Words of every length from 1 to 20 (one, two and three chunks, with and without a tail),
    /// ASCII and not.
    static let words: [String] = (1...20).flatMap { length -> [String] in
        let lower = String("abcdefghijklmnopqrstuvwxyz0123456789".prefix(length))
        let accented = String("sãojoséçüñabcdefghijklmnopqrstu".prefix(length))
        return [lower, lower.uppercased(), accented, accented.uppercased(), String(lower.reversed())]
    }

    @Test func bufferAndStringEntryPointsAgree() {
        for word in Self.words {
            var copy = word
            copy.withUTF8 { bytes in
                #expect(WordHash.exact(bytes, 0..<bytes.count) == WordHash.exact(word), "\(word)")
            }
        }
    }

    @Test func lowercasedHashOfALowerCaseWordIsItsExactHash() {
        for word in Self.words where word == word.lowercased() {
            var copy = word
            copy.withUTF8 { bytes in
                #expect(WordHash.lowercased(bytes, 0..<bytes.count) == WordHash.exact(word), "\(word)")
            }
        }
    }

    @Test func lowercasedHashFoldsASCIIAndLatin1Capitals() {
        for (upper, lower) in [("SÃO", "são"), ("AYŞE", "ayŞe"), ("ÉCOLE", "école"), ("MÜNCHEN2024", "münchen2024")] {
            var copy = upper
            copy.withUTF8 { bytes in
                #expect(WordHash.lowercased(bytes, 0..<bytes.count) == WordHash.exact(lower), "\(upper)")
            }
        }
        // × (U+00D7) has no lower case.
        var times = "A×B"
        times.withUTF8 { bytes in
            #expect(WordHash.lowercased(bytes, 0..<bytes.count) == WordHash.exact("a×b"))
        }
    }

    /// The tokenizer hashes ASCII words chunk by chunk, up to the end of the text or not.
    @Test func tokenHashesAreTheHashesOfTheirBytes() {
        for word in Self.words {
            for text in [word, "\(word) x", "x \(word)", "\(word)-\(word) \(word)."] {
                var copy = text
                copy.withUTF8 { bytes in
                    for token in EntityTokenizer.tokenize(bytes) {
                        let range = token.start..<token.end
                        #expect(token.hash == WordHash.exact(bytes, range), "\(text)")
                        #expect(token.lowerHash == WordHash.lowercased(bytes, range), "\(text)")
                    }
                }
            }
        }
    }

    /// Lengths are part of the hash, and short words do not collide.
    @Test func shortWordsHaveDistinctHashes() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var hashes = Set<UInt64>()
        var count = 0
        for first in letters {
            hashes.insert(WordHash.exact(String(first)))
            count += 1
            for second in letters {
                hashes.insert(WordHash.exact(String([first, second])))
                count += 1
                for third in letters {
                    hashes.insert(WordHash.exact(String([first, second, third])))
                    count += 1
                }
            }
        }
        #expect(hashes.count == count)
        #expect(WordHash.exact("") != WordHash.exact("\0"))
        #expect(WordHash.exact("abcdefgh") != WordHash.exact("abcdefgh\0"))
    }

    /// Every distinct word of the lexicon's lists, exact and lowercased, has its own hash.
    @Test func lexiconWordsDoNotCollide() {
        let lists = [EntityWordLists.places, EntityWordLists.organisations, EntityWordLists.demonyms,
                     EntityWordLists.givenNames, EntityWordLists.titles, EntityWordLists.organisationWords,
                     EntityWordLists.placeWords, EntityWordLists.stopWords, EntityWordLists.nonEntityAcronyms,
                     EntityWordLists.commonWords]
        var words = Set<String>()
        for list in lists {
            for line in list.split(separator: "\n") {
                for word in line.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                    words.insert(String(word))
                    words.insert(String(word).lowercased())
                }
            }
        }
        var hashes = Set<UInt64>()
        for word in words { hashes.insert(WordHash.exact(word)) }
        #expect(words.count > 100_000)
        #expect(hashes.count == words.count)
    }
}
