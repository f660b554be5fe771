/// Whether a known place or nationality before an organisation's cue word belongs to the
/// organisation's name or stands apart from it.
///
/// "U.S. Geological Survey" is one body (OntoNotes practice); "Egyptian Foreign Ministry" is a
/// nationality and a generic government body ("Foreign Ministry"); in a title-case headline,
/// "IMF Review" and "Thai Court" are a known name and a capitalised common word.
enum OrganisationPrefix {
    /// "U.S." and "US" as the tokenizer hashes them.
    static let unitedStatesHashes: WordHashTable = WordHashTable(["U.S.", "US"].compactMap { name -> UInt64? in
        var text = name
        return text.withUTF8 { bytes in
            let tokens = EntityTokenizer.tokenize(bytes)
            return tokens.count == 1 ? tokens[0].hash : nil
        }
    })
    /// Generic heads of a country's government bodies: a nationality before them says whose body
    /// it is and is no part of its name ("Egyptian Irrigation Ministry", "the Chinese Embassy").
    static let governmentBodyHashes: WordHashTable = WordHashTable(
        ["Ministry", "Ministries", "Embassy", "Consulate"].map(WordHash.exact))

    /// Heads that make a name of the place before them even in a headline ("Kyoto University").
    static let academicHeadHashes: WordHashTable = WordHashTable(["University", "College", "Institute", "Polytechnic"].map(WordHash.exact))

    /// "U.S.", "US": before an organisation's name it is part of it.
    static func isUnitedStates(_ token: EntityToken) -> Bool { unitedStatesHashes.contains(token.hash) }

    /// "Egyptian | Foreign Ministry": the words after the nationality end in a generic government head.
    static func isGovernmentBody(_ tokens: [EntityToken], _ rest: Range<Int>) -> Bool {
        guard !rest.isEmpty else { return false }
        return governmentBodyHashes.contains(tokens[rest.upperBound - 1].hash)
            && tokens[rest].allSatisfy { $0.isCapitalized }
    }

    /// "IMF | Review", "Athens | Forces", "German | State Coalition": in a title-case headline,
    /// capitalised common words after a known name are the headline's own words, not the rest of an
    /// organisation's name: one such word, or any number after a nationality (a nationality before
    /// them makes a generic body). Two after a place, as in "Western Cape High Court", name a body.
    static func isHeadlineTail(_ tokens: [EntityToken], _ rest: Range<Int>, after type: EntityType?, lexicon: EntityLexicon) -> Bool {
        guard !rest.isEmpty, rest.count == 1 || type == .norp, tokens[rest.lowerBound].inHeadline else { return false }
        // "Kyoto University, Japan" on a line of its own: a seat of learning is always a name's head.
        if academicHeadHashes.contains(tokens[rest.upperBound - 1].hash) { return false }
        return tokens[rest].allSatisfy { $0.isCapitalized && !$0.isAllCaps && lexicon.commonWords.contains($0.lowerHash) }
    }
}
