/// What the lower-case words around a run of unknown capitalised words say it names, for runs that
/// nothing in the run itself explains. News introduces a person with evidence (a given name, a
/// title, "said"); without it, "in Tamale Kpong", "the Kwesi Dara crossing", "the opposition Kao Ren
/// party" and "an analyst at Rio Finanzas" name a place, a place, a party and a firm.
struct NameContext {
    let tokens: [EntityToken]
    let lexicon: EntityLexicon
    /// Its word tables, the spotter's (`EntitySpotterVocabulary`: no `swift_once` per read).
    let vocabulary: EntitySpotterVocabulary

    /// The type the context gives the run, or nil when it says nothing.
    func type(of run: Range<Int>) -> EntityType? {
        worksAt(run) ? .org : typeOutweighingGivenName(run)
    }

    /// The type that context gives the run even when a given name starts it: a noun after the name
    /// ("the Shin Lo security agency", "the Kerem Dara crossing") or a place preposition before it
    /// ("in Nea Kora", "the town of Nea Kora": news seldom puts a person's full name there).
    func typeOutweighingGivenName(_ run: Range<Int>) -> EntityType? {
        if hasOrganisationHead(after: run) { return .org }
        if hasPlaceHead(after: run) || followsPlacePreposition(run) || followsPlaceNounOf(run) || followsFacilityAt(run)
            || followsRoutePreposition(run) || followsLandformOf(run) || endsRouteBetween(run) { return .place }
        return nil
    }

    /// "the Merval index", "the Hang Seng index": the name of a market index, which is no entity.
    func namesIndex(_ run: Range<Int>) -> Bool {
        let next = run.upperBound
        return next < tokens.count && tokens[next].joinsPrevious && vocabulary.indexNounHashes.contains(tokens[next].hash)
    }

    /// "the Kao Ren party", "the Shin Lo security agency": an organisation noun right after the
    /// name, or after one lower-case modifier.
    private func hasOrganisationHead(after run: Range<Int>) -> Bool {
        var next = run.upperBound
        for _ in 0..<2 {
            guard next < tokens.count, tokens[next].joinsPrevious, !tokens[next].isCapitalized,
                  !tokens[next].startsWithDigit else { return false }
            if vocabulary.organisationHeadNounHashes.contains(tokens[next].hash) { return true }
            // Only a plain English modifier may stand between ("security", "opposition").
            guard lexicon.commonWords.contains(tokens[next].lowerHash), !vocabulary.connectorHashes.contains(tokens[next].hash)
            else { return false }
            next += 1
        }
        return false
    }

    /// "the Kwesi Dara crossing", "the Tamale Kpong district", "the Tanjong Pagar and Kallang terminals",
    /// "the Uyuni salt flat".
    private func hasPlaceHead(after run: Range<Int>) -> Bool {
        var next = run.upperBound
        guard next < tokens.count, tokens[next].joinsPrevious else { return false }
        // A second name joined by "and" shares the head noun.
        if tokens[next].hash == vocabulary.andHash, next + 2 < tokens.count, tokens[next + 1].isCapitalized,
           tokens[next + 1].joinsPrevious, tokens[next + 2].joinsPrevious { next += 2 }
        if vocabulary.placeHeadNounHashes.contains(tokens[next].hash) { return true }
        // After "the", one plain English modifier may stand between ("salt", "container"); without it the
        // word may be a verb after a person ("Ana Ruiz told village elders").
        let first = run.lowerBound
        guard first > 0, tokens[first].joinsPrevious, tokens[first - 1].hash == vocabulary.theHash else { return false }
        let modifier = tokens[next]
        guard !modifier.isCapitalized, !modifier.startsWithDigit, lexicon.commonWords.contains(modifier.lowerHash),
              !vocabulary.connectorHashes.contains(modifier.hash), next + 1 < tokens.count, tokens[next + 1].joinsPrevious
        else { return false }
        return vocabulary.placeHeadNounHashes.contains(tokens[next + 1].hash)
    }

    /// The type the context gives one unknown word: the employer after a role and "at" ("an analyst at
    /// Drewry in Singapore", before the linker reads "at X in <place>" as a place), or a place; nil when
    /// it says nothing.
    func singleWordType(_ run: Range<Int>) -> EntityType? {
        if worksAt(run) { return .org }
        return namesSinglePlace(run) ? .place : nil
    }

    /// Whether the context makes one unknown word a place: a facility before "at" ("the port at
    /// Patimban"), a route's preposition with "the" ("along the Kurfürstendamm"), a place head noun
    /// after it ("the Keppel terminals").
    func namesSinglePlace(_ run: Range<Int>) -> Bool {
        // An English word or capitals after "through the" name a body as often ("through the Committee").
        followsFacilityAt(run) || hasPlaceHead(after: run) || followsLandformOf(run) || endsRouteBetween(run)
            || followsRoutePreposition(run) && !tokens[run.lowerBound].isAllCaps && !lexicon.commonWords.contains(tokens[run.lowerBound].lowerHash)
    }

    /// "along the Kurfürstendamm", "through the Vardar Gorge": a preposition of way or nearness, then
    /// "the" and the name (a person takes no article).
    private func followsRoutePreposition(_ run: Range<Int>) -> Bool {
        let first = run.lowerBound
        guard first >= 2, tokens[first].joinsPrevious, tokens[first - 1].hash == vocabulary.theHash, tokens[first - 1].joinsPrevious
        else { return false }
        return vocabulary.routePrepositionHashes.contains(tokens[first - 2].hash)
    }

    /// "the 2010 eruption of Hekla", "the slopes of Mount X": a volcano's or mountain's noun, "of", then the name.
    private func followsLandformOf(_ run: Range<Int>) -> Bool {
        let first = run.lowerBound
        guard first >= 2, tokens[first].joinsPrevious, tokens[first - 1].hash == vocabulary.ofHash, tokens[first - 1].joinsPrevious
        else { return false }
        return vocabulary.landformOfHashes.contains(tokens[first - 2].hash)
    }

    /// "the road between Skarvik and Holt", "flights between Tarvo and Lund": a way's noun, "between",
    /// then the name (and a second name after "and").
    private func endsRouteBetween(_ run: Range<Int>) -> Bool {
        var first = run.lowerBound
        guard first >= 2, tokens[first].joinsPrevious, tokens[first - 1].joinsPrevious else { return false }
        // The second name: "between X and <run>", X one or two words.
        if tokens[first - 1].hash == vocabulary.andHash {
            var before = first - 2
            while before > 0, first - before <= 3, tokens[before].isCapitalized, tokens[before].joinsPrevious { before -= 1 }
            guard before < first - 2, before >= 1 else { return false }
            first = before + 1
        }
        guard tokens[first - 1].hash == vocabulary.betweenHash, first >= 2, tokens[first - 1].joinsPrevious else { return false }
        // "between X and Y" for a way, not "talks between X and Y".
        let next = run.upperBound
        let isFirstOfPair = first == run.lowerBound
        if isFirstOfPair, !(next + 1 < tokens.count && tokens[next].hash == vocabulary.andHash && tokens[next + 1].isCapitalized) {
            return false
        }
        return vocabulary.routeNounHashes.contains(tokens[first - 2].hash)
    }

    /// "the terminals at Pasir Panjang", "a new port at Patimban": a facility noun, "at", then the name.
    func followsFacilityAt(_ run: Range<Int>) -> Bool {
        let first = run.lowerBound
        guard first >= 2, tokens[first].joinsPrevious, tokens[first - 1].hash == vocabulary.atHash, tokens[first - 1].joinsPrevious
        else { return false }
        return vocabulary.facilityNounHashes.contains(tokens[first - 2].hash)
    }

    /// "an economist at Rio Finanzas": a lower-case role, "at", then the name of the employer.
    func worksAt(_ run: Range<Int>) -> Bool {
        let first = run.lowerBound
        guard first >= 2, tokens[first].joinsPrevious, tokens[first - 1].hash == vocabulary.atHash, tokens[first - 1].joinsPrevious
        else { return false }
        let role = tokens[first - 2]
        return !role.isCapitalized && lexicon.word(role).contains(.title)
    }

    /// "in Tamale Kpong", "near Tamale Kpong".
    private func followsPlacePreposition(_ run: Range<Int>) -> Bool {
        let first = run.lowerBound
        return first >= 1 && tokens[first].joinsPrevious && vocabulary.placePrepositionHashes.contains(tokens[first - 1].hash)
    }

    /// "the town of Nea Kora", "residents of Tamale Kpong".
    private func followsPlaceNounOf(_ run: Range<Int>) -> Bool {
        let first = run.lowerBound
        guard first >= 2, tokens[first].joinsPrevious, tokens[first - 1].hash == vocabulary.ofHash, tokens[first - 1].joinsPrevious
        else { return false }
        return vocabulary.placeNounHashes.contains(tokens[first - 2].lowerHash)
    }
}
