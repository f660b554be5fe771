/// Whether a known place or nationality before an organisation's cue word belongs to the
/// organisation's name or stands apart from it.
///
/// "U.S. Geological Survey" is one body (OntoNotes practice); "Egyptian Foreign Ministry" is a
/// nationality and a generic government body ("Foreign Ministry"); in a title-case headline,
/// "IMF Review" and "Thai Court" are a known name and a capitalised common word.
///
/// Its word tables live in `EntitySpotterVocabulary`, which the spotter passes in: a table read as a
/// lazily initialised global costs a `swift_once` call each time.
enum OrganisationPrefix {
    /// "U.S.", "US": before an organisation's name it is part of it.
    static func isUnitedStates(_ token: EntityToken, _ vocabulary: EntitySpotterVocabulary) -> Bool {
        vocabulary.unitedStatesHashes.contains(token.hash)
    }

    /// "Egyptian | Foreign Ministry": the words after the nationality end in a generic government head.
    static func isGovernmentBody(_ tokens: [EntityToken], _ rest: Range<Int>, _ vocabulary: EntitySpotterVocabulary) -> Bool {
        guard !rest.isEmpty else { return false }
        return vocabulary.governmentBodyHashes.contains(tokens[rest.upperBound - 1].hash)
            && tokens[rest].allSatisfy { $0.isCapitalized }
    }

    /// "IMF | Review", "Athens | Forces", "German | State Coalition": in a title-case headline,
    /// capitalised common words after a known name are the headline's own words, not the rest of an
    /// organisation's name: one such word, or any number after a nationality (a nationality before
    /// them makes a generic body). Two after a place, as in "Western Cape High Court", name a body.
    static func isHeadlineTail(_ tokens: [EntityToken], _ rest: Range<Int>, after type: EntityType?, lexicon: EntityLexicon,
                               vocabulary: EntitySpotterVocabulary) -> Bool {
        guard !rest.isEmpty, rest.count == 1 || type == .norp, tokens[rest.lowerBound].inHeadline else { return false }
        // "Kyoto University, Japan" on a line of its own: a seat of learning is always a name's head.
        if vocabulary.academicHeadHashes.contains(tokens[rest.upperBound - 1].hash) { return false }
        return tokens[rest].allSatisfy { $0.isCapitalized && !$0.isAllCaps && lexicon.commonWords.contains($0.lowerHash) }
    }
}
