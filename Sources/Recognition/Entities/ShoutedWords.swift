/// Cue and stop words as they appear in text written in capitals ("THE CANADIAN PRESS"), keyed by
/// lower-cased word hashes, so that credit lines and bylines read like ordinary text.
enum ShoutedWords {
    /// Lower-cased hashes of the organisation cue words ("press", "agency").
    static let organisationWordHashes: WordHashTable = lowerCasedHashes(of: EntityWordLists.organisationWords)
    /// Lower-cased hashes of the stop words ("the", "and").
    static let stopWordHashes: WordHashTable = lowerCasedHashes(of: EntityWordLists.stopWords)

    /// What `entry` gains when `token` is written in capitals and is long enough not to be an acronym.
    static func entry(_ entry: LexiconEntry, of token: EntityToken) -> LexiconEntry {
        guard token.isAllCaps, token.end - token.start >= 3 else { return entry }
        var entry = entry
        if stopWordHashes.contains(token.lowerHash) { entry.insert(.stopWord) }
        if organisationWordHashes.contains(token.lowerHash) { entry.insert(.organisationWord) }
        return entry
    }

    private static func lowerCasedHashes(of list: String) -> WordHashTable {
        var list = list
        return list.withUTF8 { bytes in
            var hashes: [UInt64] = []
            var wordStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x20 {
                if index > wordStart { hashes.append(WordHash.lowercased(bytes, wordStart..<index)) }
                wordStart = index + 1
            }
            return WordHashTable(hashes)
        }
    }
}
