/// The recogniser's word lists, hashed for lookups on byte slices; built once, on first use.
final class EntityLexicon: Sendable {
    /// The shared lexicon: parsing the lists takes a few tens of milliseconds, so it happens once.
    static let shared = EntityLexicon()

    /// Keyed by `WordHash.phrase` over the exact-case word hashes of a name.
    let entries: [UInt64: LexiconEntry]
    /// Places, organisations and nationalities keyed by lower-cased word hashes, for text in
    /// capitals ("SÃO PAULO", "KINSHASA").
    let foldedEntries: [UInt64: LexiconEntry]
    /// All-lowercase English words, keyed by `WordHash.lowercased`.
    let commonWords: Set<UInt64>
    /// The longest phrase in words.
    let longestPhrase: Int

    init() {
        var entries: [UInt64: LexiconEntry] = [:]
        entries.reserveCapacity(130_000)
        var folded: [UInt64: LexiconEntry] = [:]
        folded.reserveCapacity(80_000)
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
                            entries[hash, default: []].insert(.phrasePrefix)
                            folded[foldedHash, default: []].insert(.phrasePrefix)
                        }
                    }
                    entries[hash, default: []].insert(kind)
                    folded[foldedHash, default: []].insert(kind)
                    longest = max(longest, hashes.count)
                } else {
                    for word in hashes { entries[WordHash.phrase(word), default: []].insert(kind) }
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

        var common = Set<UInt64>()
        common.reserveCapacity(70_000)
        var words = EntityWordLists.commonWords
        words.withUTF8 { bytes in
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                if index > lineStart { common.insert(WordHash.lowercased(bytes, lineStart..<index)) }
                lineStart = index + 1
            }
        }
        self.commonWords = common
    }

    /// What the lexicon knows about one word.
    @inline(__always)
    func word(_ token: EntityToken) -> LexiconEntry {
        entries[WordHash.phrase(token.hash)] ?? []
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
