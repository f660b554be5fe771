/// Corrections to the spotter's types that need the words around a mention, made before the
/// linker gathers its document evidence: names before a "peoples" noun are peoples, acronym-led
/// names are bodies, Vietnamese names without a family name are places.
struct MentionRetyper {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [EntityToken]
    let lexicon: EntityLexicon

    /// Lower-case nouns after a name that make it a people ("Fulani herders", "the Yoruba people").
    static let peopleHeadNounHashes: WordHashTable = WordHashTable(
        ["people", "peoples", "tribe", "tribes", "tribesmen", "tribeswomen", "herders", "herdsmen", "nomads",
         "pastoralists", "clan", "clans", "elders", "ethnic"].map(WordHash.exact))

    /// The most common Vietnamese family names, with and without diacritics: a Vietnamese person's
    /// name starts with one ("Nguyễn Văn An"), a place's ("Thạnh Phú") seldom does.
    static let vietnameseFamilyNameHashes: WordHashTable = WordHashTable(
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
         "Dương", "Lý", "Đinh", "Đoàn", "Lâm", "Mai", "Trịnh", "Trương", "Tô", "Tạ", "Lương", "Cao", "Hà", "Thái",
         "Quách", "Chu", "Kiều", "Lưu", "Vương", "Tăng", "Triệu", "Phùng", "Châu", "Từ", "Đào", "Lã", "Hứa", "Khổng",
         "Doãn", "Mạc", "Tôn", "Văn", "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Vu", "Vo", "Dang", "Bui",
         "Do", "Ho", "Ngo", "Duong", "Ly", "Dinh", "Doan"].map(WordHash.exact))

    /// The spotter's mentions with these corrections applied. Consumed: the spotter's array is
    /// corrected in place, not copied.
    func retype(_ mentions: consuming [EntityMention]) -> [EntityMention] {
        for index in mentions.indices where !mentions[index].isNonEntity {
            let mention = mentions[index]
            let first = tokens[mention.firstToken]
            if mention.endToken - mention.firstToken == 1, isLanguageCommunity(first) {
                // "Anglophone regions", "Francophones": a language community is a people.
                mentions[index].type = .norp
                mentions[index].rules.record(.languageCommunity)
            } else if mention.type == .person, mention.endToken - mention.firstToken >= 3, startsWithHyphenatedTitle(first) {
                // "Director-General Tedros Adhanom Ghebreyesus": a hyphenated title is no part of the name.
                mentions[index].firstToken += 1
                mentions[index].start = tokens[mention.firstToken + 1].start
                mentions[index].rules.record(.hyphenatedTitleTrimmed)
            }
        }
        for index in mentions.indices where mentions[index].type == .person && !mentions[index].isNonEntity {
            let mention = mentions[index]
            guard mention.endToken - mention.firstToken >= 2 else { continue }
            let first = tokens[mention.firstToken]
            let firstEntry = lexicon.word(first)
            if firstEntry.contains(.givenName) || firstEntry.contains(.title) { continue }
            if Self.hasHeadNoun(mention, Self.peopleHeadNounHashes, in: tokens) {
                // "the Djab Wurrung and Jardwadjali peoples"
                mentions[index].type = .norp
                mentions[index].rules.record(.peopleHeadNoun)
            } else if first.isAllCaps, first.end - first.start >= 3, !tokens[mention.firstToken + 1].isAllCaps,
                      !lexicon.foldedEntry(WordHash.phrase(first.lowerHash)).contains(.givenName) {
                // "ESA Newsroom": three capitals before a mixed-case word are an acronym, not initials
                // ("JD Vance") nor a byline in capitals ("RACHEL DUNMORE").
                mentions[index].type = .org
                mentions[index].rules.record(.acronymBeforeWord)
            } else if isVietnamesePlace(mention) {
                mentions[index].type = .place
                mentions[index].rules.record(.vietnamesePlace)
            }
        }
        return mentions
    }

    /// A capitalised word ending in "phone" or "phones" after a language's stem ("Anglophone", "Francophones")
    /// that is no common English word.
    private func isLanguageCommunity(_ token: EntityToken) -> Bool {
        guard token.isCapitalized, !token.isAllCaps, token.end - token.start >= 9 else { return false }
        var end = token.end
        if bytes[end - 1] == 0x73 { end -= 1 }
        guard end - token.start >= 9 else { return false }
        for (offset, byte) in Self.phoneSuffix.enumerated() where bytes[end - 5 + offset] != byte { return false }
        // Not a common word ("Telephone", "Saxophone"): asked last, as a probe of the large table
        // costs more than the bytes above.
        return !lexicon.commonWords.contains(token.lowerHash)
    }

    private static let phoneSuffix: [UInt8] = Array("phone".utf8)

    /// A first word like "Director-General" or "Secretary-General": a title before the hyphen.
    private func startsWithHyphenatedTitle(_ token: EntityToken) -> Bool {
        var hyphen = token.start + 1
        while hyphen < token.end, bytes[hyphen] != 0x2D { hyphen += 1 }
        guard hyphen + 1 < token.end else { return false }
        return lexicon.entry(WordHash.phrase(WordHash.exact(bytes, token.start..<hyphen))).contains(.title)
    }

    /// A lower-case noun from `table` right after the mention, or after "and" and one more capitalised
    /// word ("Fulani and Tuareg herders").
    static func hasHeadNoun(_ mention: EntityMention, _ table: WordHashTable, in tokens: [EntityToken]) -> Bool {
        let next = mention.endToken
        guard next < tokens.count, tokens[next].joinsPrevious, !tokens[mention.firstToken].isAllCaps else { return false }
        if table.contains(tokens[next].hash) { return true }
        return tokens[next].hash == MentionLinker.andHash && next + 2 < tokens.count && tokens[next + 1].isCapitalized
            && tokens[next + 1].joinsPrevious && tokens[next + 2].joinsPrevious && table.contains(tokens[next + 2].hash)
    }

    /// Two or three short words, one of them with a letter only Vietnamese writes (ơ, ư, đ, ạ, ố...),
    /// and no family name first: "Thạnh Phú", "Giồng Trôm" are districts, not people.
    private func isVietnamesePlace(_ mention: EntityMention) -> Bool {
        let count = mention.endToken - mention.firstToken
        guard count <= 3, !Self.vietnameseFamilyNameHashes.contains(tokens[mention.firstToken].hash) else { return false }
        var vietnamese = false
        for index in mention.firstToken..<mention.endToken {
            let token = tokens[index]
            if token.end - token.start > 12 { return false }
            if hasVietnameseLetter(token) { vietnamese = true }
        }
        return vietnamese
    }

    /// Letters of Vietnamese and hardly any other Latin-script language: ơ ư đ (U+01A0...U+01B0,
    /// U+0110/U+0111) and the stacked tone marks of U+1EA0...U+1EF9.
    private func hasVietnameseLetter(_ token: EntityToken) -> Bool {
        var index = token.start
        while index + 1 < token.end {
            let lead = bytes[index], next = bytes[index + 1]
            if lead == 0xC6, next == 0xA0 || next == 0xA1 || next == 0xAF || next == 0xB0 { return true }
            if lead == 0xC4, next == 0x90 || next == 0x91 { return true }
            if lead == 0xE1, index + 2 < token.end, next == 0xBB || next == 0xBA && bytes[index + 2] >= 0xA0 { return true }
            index += 1
        }
        return false
    }
}

extension MentionRetyper {
    /// Generational suffixes that end a person's name ("Martin Luther King Jr.", "Henry Ford III").
    static let nameSuffixHashes: WordHashTable = WordHashTable(["Jr", "Sr", "II", "III", "IV"].map(WordHash.exact))

    /// Linked mentions with a suffix after a full person name ("Joseph R. Biden, Jr.") taken into the
    /// name, full stop included, and the suffix's own mention dropped.
    func joiningNameSuffixes(_ mentions: [EntityMention]) -> [EntityMention] {
        // Most texts have no suffix: then the array is returned as it is, not rebuilt.
        guard mentions.contains(where: { hasNameSuffix($0) }) else { return mentions }
        var result: [EntityMention] = []
        result.reserveCapacity(mentions.count)
        var skipFirstToken = -1
        for var mention in mentions {
            if mention.firstToken == skipFirstToken, mention.endToken - mention.firstToken == 1 { continue }
            if hasNameSuffix(mention) {
                let suffix = tokens[mention.endToken]
                mention.end = suffix.end < bytes.count && bytes[suffix.end] == 0x2E ? suffix.end + 1 : suffix.end
                skipFirstToken = mention.endToken
                mention.endToken += 1
                mention.rules.record(.nameSuffixJoined)
            }
            result.append(mention)
        }
        return result
    }

    private func hasNameSuffix(_ mention: EntityMention) -> Bool {
        mention.type == .person && mention.endToken - mention.firstToken >= 2 && mention.endToken < tokens.count
            && Self.nameSuffixHashes.contains(tokens[mention.endToken].hash) && suffixGapIsPlain(mention)
    }

    /// A space, or a comma and a space, between the name and its suffix.
    private func suffixGapIsPlain(_ mention: EntityMention) -> Bool {
        let gap = tokens[mention.endToken].start - mention.end
        return gap == 1 && bytes[mention.end] == 0x20
            || gap == 2 && bytes[mention.end] == 0x2C && bytes[mention.end + 1] == 0x20
    }
}
