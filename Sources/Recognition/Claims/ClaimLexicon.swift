/// The words the claim recogniser knows, looked up by their lowercased ASCII letters packed into two
/// 64-bit keys (`PackedWord`) in a `HashTable`: one multiply and one or two probes per word, so
/// that every word of the text can be looked up at full speed.
///
/// The trigger-letter filter lives in memory allocated once for the process's one shared lexicon
/// and never freed, so its loads go through a plain pointer (no array bounds or ownership checks
/// in the hot loop).
struct ClaimLexicon: @unchecked Sendable {
    /// The lexicon, built once.
    static let shared = ClaimLexicon()

    /// Entry 0 is the empty "unknown word".
    private(set) var words: [ClaimWord] = [ClaimWord()]
    /// The lowercased text of each entry, for the parser's rarer exact comparisons.
    private(set) var texts: [String] = [""]
    /// Each packed word's entry index (never 0).
    private(set) var lookupTable = HashTable<PackedWord, UInt16>(expectedCount: 2048)

    /// Longest word that can be in the lexicon (two 64-bit keys of eight letters).
    static let maxLength = 16

    private init() {
        triggerLastLetters = UnsafeMutablePointer<UInt32>.allocate(capacity: (Self.maxLength + 1) * 32)
        triggerLastLetters.initialize(repeating: 0, count: (Self.maxLength + 1) * 32)
        for (text, entry) in ClaimVocabulary.entries() { add(text, entry) }
        for (index, text) in texts.enumerated() where !words[index].roles.isDisjoint(with: Self.triggerRoles) {
            let letters = Array(text.utf8)
            // Letters as `mayBeTrigger` reads them (lowercased, a = 0); `pack` took only letters.
            let first = Int((letters[0] | 0x20) &- 0x61), last = UInt32((letters[letters.count - 1] | 0x20) &- 0x61)
            triggerLastLetters[letters.count * 32 + first] |= 1 << last
        }
        let phrases = ClaimQualifier.phrases.map { (words, bound) in
            QualifierPhrase(words.map { word in
                let found = index(of: word)
                precondition(found != 0, "qualifier word \(word) missing from the lexicon")
                return found
            }, bound: bound)
        }
        // Grouped by last word, each group in the list's order (longest first): a number's qualifier
        // ends with the word before it, so only that word's group is tried, in the same order.
        qualifierPhrases = phrases.enumerated().sorted { ($0.element.last, $0.offset) < ($1.element.last, $1.offset) }
            .map(\.element)
        qualifierPhraseRanges = Array(repeating: 0..<0, count: words.count)
        var start = 0
        for index in qualifierPhrases.indices where index + 1 == qualifierPhrases.count
            || qualifierPhrases[index + 1].last != qualifierPhrases[index].last {
            qualifierPhraseRanges[Int(qualifierPhrases[index].last)] = start..<(index + 1)
            start = index + 1
        }
    }

    /// For each length and first letter (entry length * 32 + letter), a bit per last letter that
    /// some trigger word (a number word, ordinal, fraction word, month or scale) of that length and
    /// first letter ends with: most words are ruled out with one load, without a probe of the table.
    private let triggerLastLetters: UnsafeMutablePointer<UInt32>
    static let triggerRoles: ClaimWordRoles = [.cardinal, .ordinal, .denominator, .month, .scale, .dozen]

    /// Whether the ASCII word in `start..<end` could be a trigger word (false means surely not).
    @inline(__always)
    func mayBeTrigger(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length <= Self.maxLength else { return false }
        let first = UInt32((bytes[start] | 0x20) &- 0x61) & 31
        let last = UInt32((bytes[end - 1] | 0x20) &- 0x61) & 31
        return triggerLastLetters[length &* 32 &+ Int(first)] & (1 << last) != 0
    }

    /// A qualifier phrase as lexicon indices, packed into one word rather than an array of its own,
    /// so that reading the phrases before each number counts no references.
    struct QualifierPhrase {
        /// Word `n` in bits 16n..<16n+16.
        private let packed: UInt64
        let count: Int
        let bound: ClaimBound

        init(_ words: [UInt16], bound: ClaimBound) {
            precondition(!words.isEmpty && words.count <= 4, "a qualifier phrase has one to four words")
            packed = words.enumerated().reduce(0) { $0 | UInt64($1.element) << (16 * UInt64($1.offset)) }
            count = words.count
            self.bound = bound
        }

        @inline(__always) func word(_ offset: Int) -> UInt16 { UInt16(truncatingIfNeeded: packed >> (16 * UInt64(offset))) }
        var last: UInt16 { word(count - 1) }
    }

    /// The qualifier phrases, grouped by last word; longest first within a group.
    private(set) var qualifierPhrases: [QualifierPhrase] = []
    /// By lexicon index: the range of `qualifierPhrases` that end with that word (empty for most).
    private(set) var qualifierPhraseRanges: [Range<Int>] = []

    /// Packs lowercased ASCII letters into two keys; nil when the word is too long or not ASCII letters.
    static func pack<S: Sequence>(_ bytes: S) -> (UInt64, UInt64)? where S.Element == UInt8 {
        var key0: UInt64 = 0, key1: UInt64 = 0, count = 0
        for byte in bytes {
            let lower = byte | 0x20
            guard lower >= 0x61, lower <= 0x7A, count < maxLength else { return nil }
            if count < 8 { key0 |= UInt64(lower) << (8 * UInt64(count)) } else { key1 |= UInt64(lower) << (8 * UInt64(count - 8)) }
            count += 1
        }
        return count == 0 ? nil : (key0, key1)
    }

    /// The entry index of a packed word, 0 when unknown.
    @inline(__always)
    func index(_ key0: UInt64, _ key1: UInt64) -> UInt16 { lookupTable.value(PackedWord(key0, key1)) }

    /// The entry index of a word given as text, 0 when unknown.
    func index(of text: String) -> UInt16 {
        guard let (key0, key1) = Self.pack(text.utf8) else { return 0 }
        return index(key0, key1)
    }

    /// The roles of entry `index`.
    @inline(__always)
    func roles(of index: UInt16) -> ClaimWordRoles { words[Int(index)].roles }

    private mutating func add(_ text: String, _ entry: ClaimWord) {
        guard let (key0, key1) = Self.pack(text.utf8) else { preconditionFailure("lexicon word \(text)") }
        let existing = index(key0, key1)
        if existing != 0 {
            // A word listed under several roles: merge them.
            var merged = words[Int(existing)]
            merged.roles.formUnion(entry.roles)
            if entry.roles.contains(.cardinal) || entry.roles.contains(.scale) || entry.roles.contains(.dozen) { merged.number = entry.number }
            if entry.ordinal != 0 { merged.ordinal = entry.ordinal }
            if entry.denominator != 0 { merged.denominator = entry.denominator }
            if entry.month != 0 { merged.month = entry.month }
            if entry.seconds != 0 { merged.seconds = entry.seconds }
            if entry.bound != nil { merged.bound = entry.bound }
            words[Int(existing)] = merged
            return
        }
        words.append(entry)
        texts.append(text)
        lookupTable.insertIfAbsent(PackedWord(key0, key1), value: UInt16(words.count - 1))
    }
}
