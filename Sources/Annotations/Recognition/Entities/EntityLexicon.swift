/// The recogniser's word lists, hashed for lookups on byte slices; built once, on first use.
final class EntityLexicon: Sendable {
    /// The shared lexicon: parsing the lists takes a few tens of milliseconds, so it happens once.
    static let shared = EntityLexicon()

    /// Keyed by `WordHash.phrase` over the exact-case word hashes of a name.
    let entries: WordHashTable
    /// Places, organisations and nationalities keyed by lower-cased word hashes, for text in
    /// capitals ("SÃO PAULO", "KINSHASA").
    let foldedEntries: WordHashTable
    /// All-lowercase English words, keyed by `WordHash.lowercased`.
    let commonWords: WordHashTable
    /// The longest phrase in words.
    let longestPhrase: Int

    init() {
        var entries = WordHashTable(expectedCount: 130_000)
        var folded = WordHashTable(expectedCount: 80_000)
        var longest = 1
        func add(_ list: String, as kind: LexiconEntry, phrases: Bool) {
            Self.forEachLine(of: list) { tokens in
                let hashes = tokens.map(\.hash)
                if phrases {
                    var hash = WordHash.offsetBasis
                    var foldedHash = WordHash.offsetBasis
                    for (index, token) in tokens.enumerated() {
                        hash = WordHash.phrase(hash, appending: token.hash)
                        foldedHash = WordHash.phrase(foldedHash, appending: token.lowerHash)
                        if index < hashes.count - 1 {
                            entries.insert(hash, bits: UInt32(LexiconEntry.phrasePrefix.rawValue))
                            folded.insert(foldedHash, bits: UInt32(LexiconEntry.phrasePrefix.rawValue))
                        }
                    }
                    entries.insert(hash, bits: UInt32(kind.rawValue))
                    folded.insert(foldedHash, bits: UInt32(kind.rawValue))
                    longest = max(longest, hashes.count)
                } else {
                    for word in hashes { entries.insert(WordHash.phrase(word), bits: UInt32(kind.rawValue)) }
                }
            }
        }
        add(EntityWordLists.places, as: .place, phrases: true)
        add(EntityWordLists.organisations, as: .organisation, phrases: true)
        add(EntityWordLists.demonyms, as: .nationality, phrases: true)
        add(EntityWordLists.givenNames, as: .givenName, phrases: false)
        add(EntityWordLists.titles, as: .title, phrases: false)
        add(EntityWordLists.organisationWords, as: .organisationWord, phrases: false)
        add(EntityWordLists.placeWords, as: .placeWord, phrases: false)
        add(EntityWordLists.stopWords, as: .stopWord, phrases: false)
        add(EntityWordLists.nonEntityAcronyms, as: .nonEntityAcronym, phrases: false)
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

    /// Calls `body` with the tokens of each line of a list, tokenised as article text is.
    private static func forEachLine(of list: String, _ body: ([EntityToken]) -> Void) {
        var list = list
        list.withUTF8 { bytes in
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                if index > lineStart {
                    let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                    let tokens = EntityTokenizer.tokenize(line)
                    if !tokens.isEmpty { body(tokens) }
                }
                lineStart = index + 1
            }
        }
    }
}
