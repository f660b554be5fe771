/// The recogniser's word lists, hashed for lookups on byte slices; built once, on first use.
final class EntityLexicon: Sendable {
    /// The shared lexicon: parsing the lists takes a few tens of milliseconds, so it happens once.
    static let shared = EntityLexicon()

    /// Keyed by `WordHash.phrase` over the exact-case word hashes of a name.
    let entries: WordHashTable
    /// Places, organisations, nationalities and given names keyed by lower-cased word hashes, for
    /// text in capitals ("SÃO PAULO", "KINSHASA", "MOHAMED").
    let foldedEntries: WordHashTable
    /// All-lowercase English words, keyed by `WordHash.lowercased`.
    let commonWords: WordHashTable
    /// The longest phrase in words.
    let longestPhrase: Int

    init() {
        var entries = WordHashTable(expectedCount: 130_000)
        var folded = WordHashTable(expectedCount: 130_000)
        var longest = 1
        // One token buffer for every line of every list: no allocation per line.
        var tokens: [EntityToken] = []
        tokens.reserveCapacity(16)
        let lists: [(String, LexiconEntry, phrases: Bool)] = [
            (EntityWordLists.places, .place, true),
            (EntityWordLists.organisations, .organisation, true),
            (EntityWordLists.demonyms, .nationality, true),
            (EntityWordLists.givenNames, .givenName, false),
            (EntityWordLists.titles, .title, false),
            (EntityWordLists.organisationWords, .organisationWord, false),
            (EntityWordLists.placeWords, .placeWord, false),
            (EntityWordLists.stopWords, .stopWord, false),
            (EntityWordLists.nonEntityAcronyms, .nonEntityAcronym, false),
        ]
        for (list, kind, phrases) in lists {
            Self.add(list, as: kind, phrases: phrases, entries: &entries, folded: &folded, longest: &longest, tokens: &tokens)
        }
        self.entries = entries
        self.foldedEntries = folded
        self.longestPhrase = longest

        var common = WordHashTable(expectedCount: 70_000)
        var words = EntityWordLists.commonWords
        words.withUTF8 { bytes in
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                if index > lineStart { common.insert(WordHash.lowercased(bytes, lineStart..<index), bits: 1) }
                lineStart = index + 1
            }
        }
        self.commonWords = common
    }

    /// What the lexicon knows about one word.
    @inline(__always)
    func word(_ token: EntityToken) -> LexiconEntry {
        entry(WordHash.phrase(token.hash))
    }

    /// What `EntitySpotter` knows about one word: its entry, also when it is written in capitals
    /// ("PRESS", through `ShoutedWords`).
    @inline(__always)
    func spottedWord(_ token: EntityToken) -> LexiconEntry {
        let entry = word(token)
        return token.isAllCaps ? ShoutedWords.entry(entry, of: token) : entry
    }

    /// Gives each capitalised token its `wordEntry` (`spottedWord`): the spotter's rules ask about
    /// the same capitalised word again and again, and one probe of these large tables per token is
    /// enough.
    func noteWords(in tokens: inout [EntityToken]) {
        tokens.withUnsafeMutableBufferPointer { tokens in
            for index in tokens.indices where tokens[index].isCapitalized {
                tokens[index].wordEntry = spottedWord(tokens[index])
            }
        }
    }

    /// What the lexicon knows about an exact-case phrase hash; empty when nothing.
    @inline(__always)
    func entry(_ phraseHash: UInt64) -> LexiconEntry {
        LexiconEntry(rawValue: UInt16(truncatingIfNeeded: entries.value(phraseHash)))
    }

    /// What the lexicon knows about a lower-cased phrase hash (see `foldedEntries`); empty when nothing.
    @inline(__always)
    func foldedEntry(_ phraseHash: UInt64) -> LexiconEntry {
        LexiconEntry(rawValue: UInt16(truncatingIfNeeded: foldedEntries.value(phraseHash)))
    }

    /// Adds each line of `list`, tokenised as article text is: a phrase (with its prefixes, exact
    /// and lower-cased) when `phrases`, else each word on its own.
    private static func add(_ list: String, as kind: LexiconEntry, phrases: Bool, entries: inout WordHashTable,
                            folded: inout WordHashTable, longest: inout Int, tokens: inout [EntityToken]) {
        let kindBits = UInt32(kind.rawValue)
        let prefixBits = UInt32(LexiconEntry.phrasePrefix.rawValue)
        var list = list
        list.withUTF8 { bytes in
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                defer { lineStart = index + 1 }
                guard index > lineStart else { continue }
                EntityTokenizer.tokenize(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), into: &tokens)
                guard !tokens.isEmpty else { continue }
                guard phrases else {
                    for token in tokens {
                        entries.insert(WordHash.phrase(token.hash), bits: kindBits)
                        // Bylines write given names in capitals ("By AYŞE KARACA").
                        if kind == .givenName { folded.insert(WordHash.phrase(token.lowerHash), bits: kindBits) }
                    }
                    continue
                }
                var hash = WordHash.offsetBasis
                var foldedHash = WordHash.offsetBasis
                for position in tokens.indices {
                    hash = WordHash.phrase(hash, appending: tokens[position].hash)
                    foldedHash = WordHash.phrase(foldedHash, appending: tokens[position].lowerHash)
                    let bits = position < tokens.count - 1 ? prefixBits : kindBits
                    entries.insert(hash, bits: bits)
                    folded.insert(foldedHash, bits: bits)
                }
                longest = max(longest, tokens.count)
            }
        }
    }
}
