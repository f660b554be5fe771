/// The vocabulary's words, found by their lowercased ASCII bytes without making a `String` or
/// hashing one: tokenising every sentence that holds a claim looks up tens of millions of words.
///
/// A word of up to 16 bytes is packed into two integers (its bytes, little-endian); the table is
/// open-addressed by a multiplicative hash of them. Each entry holds the word itself (one shared
/// string), its flags and its event, so a known word costs no allocation and no `Hasher`.
struct LedgerWordTable: Sendable {
    /// A word's bytes packed: the first eight and the next eight, zero-filled, and its length.
    struct Key: Hashable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0

        static let capacity = 16

        /// Appends a byte; the caller keeps to `capacity` bytes.
        mutating func append(_ byte: UInt8) {
            if length < 8 {
                low |= UInt64(byte) << (UInt64(length) * 8)
            } else {
                high |= UInt64(byte) << (UInt64(length - 8) * 8)
            }
            length += 1
        }

        init() {}

        init?(_ word: String) {
            guard word.utf8.count <= Key.capacity else { return nil }
            for byte in word.utf8 { append(byte) }
        }

        var bucketHash: Int {
            Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high ^ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F))
        }
    }

    struct Entry: Sendable {
        var key: Key
        var word: String
        var flags: LedgerWordFlags
        var event: String?
    }

    private let slots: [Entry?]
    private let mask: Int

    /// The table of every word the tokeniser's flags and events name.
    static let vocabulary = LedgerWordTable(words: Array(LedgerVocabulary.wordFlags.keys))

    init(words: [String]) {
        var size = 64
        while size < words.count * 4 { size *= 2 }
        var slots = [Entry?](repeating: nil, count: size)
        let mask = size - 1
        for word in words {
            guard let key = Key(word) else { continue }
            var slot = (key.bucketHash >> 20) & mask
            while let taken = slots[slot] {
                if taken.key == key { break }
                slot = (slot + 1) & mask
            }
            slots[slot] = Entry(key: key, word: word, flags: LedgerVocabulary.wordFlags[word] ?? [],
                                event: LedgerVocabulary.event(of: word))
        }
        self.slots = slots
        self.mask = mask
    }

    /// The entry of a word packed as `key`, if the table holds it.
    func entry(for key: Key) -> Entry? {
        var slot = (key.bucketHash >> 20) & mask
        while let entry = slots[slot] {
            if entry.key == key { return entry }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
