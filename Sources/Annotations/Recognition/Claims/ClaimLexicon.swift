/// The words the claim recogniser knows, looked up by their lowercased ASCII letters packed into two
/// 64-bit keys, in an open-addressing table: one multiply and one or two probes per word, so that
/// every word of the text can be looked up at full speed.
struct ClaimLexicon: Sendable {
    /// The lexicon, built once.
    static let shared = ClaimLexicon()

    /// Entry 0 is the empty "unknown word".
    private(set) var words: [ClaimWord] = [ClaimWord()]
    /// The lowercased text of each entry, for the parser's rarer exact comparisons.
    private(set) var texts: [String] = [""]
    private var keys0: [UInt64]
    private var keys1: [UInt64]
    private var slots: [UInt16]
    private let mask: Int

    /// Longest word that can be in the lexicon (two 64-bit keys of eight letters).
    static let maxLength = 16

    init() {
        let capacity = 4096
        keys0 = Array(repeating: 0, count: capacity)
        keys1 = Array(repeating: 0, count: capacity)
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (text, entry) in ClaimVocabulary.entries() { add(text, entry) }
    }

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

    @inline(__always)
    static func slot(_ key0: UInt64, _ key1: UInt64, _ mask: Int) -> Int {
        let mixed = (key0 &* 0x9E37_79B9_7F4A_7C15) ^ (key1 &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }

    /// The entry index of a packed word, 0 when unknown.
    @inline(__always)
    func index(_ key0: UInt64, _ key1: UInt64) -> UInt16 {
        var slot = Self.slot(key0, key1, mask)
        while true {
            let found = slots[slot]
            if found == 0 { return 0 }
            if keys0[slot] == key0, keys1[slot] == key1 { return found }
            slot = (slot + 1) & mask
        }
    }

    /// The entry index of a word given as text, 0 when unknown.
    func index(of text: String) -> UInt16 {
        guard let (key0, key1) = Self.pack(text.utf8) else { return 0 }
        return index(key0, key1)
    }

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
        var slot = Self.slot(key0, key1, mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        keys0[slot] = key0
        keys1[slot] = key1
        slots[slot] = UInt16(words.count - 1)
    }
}
