/// Finds mentions within one document's tokens, sentence by sentence, from capitalisation and
/// the lexicon: titles, organisation and place cue words, gazetteers, given names.
///
/// Capitalised words that join (one or two spaces apart, "of"/"for"/name particles between them)
/// form a chunk; each chunk is cut into mentions left to right. Single unknown capitalised words
/// are left untyped for `MentionLinker` to settle with evidence from the whole document.
struct EntitySpotter {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [EntityToken]
    let lexicon: EntityLexicon
    /// The word tables of the rules, held here rather than read as globals: every read of a lazily
    /// initialised global goes through `swift_once`, and the rules read them for every capitalised word.
    let vocabulary: EntitySpotterVocabulary
    /// What the words around a run say it names; one per document, made here: made where needed,
    /// inside `segment`, it made the compiler retain the token array and the vocabulary for every
    /// capitalised word.
    let nameContext: NameContext

    /// Whether the rules that pass words over (a headline's word, a date's month, a label) note
    /// them in `passedOver`, for `EntityRecognizer.explanation`; off, the notes cost a test each.
    let explaining: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [EntityToken], lexicon: EntityLexicon, explaining: Bool = false) {
        self.explaining = explaining
        self.bytes = bytes
        self.tokens = tokens
        self.lexicon = lexicon
        vocabulary = EntitySpotterVocabulary.shared
        nameContext = NameContext(tokens: tokens, lexicon: lexicon, vocabulary: vocabulary)
    }

    /// Words that make the capitalised words after them a place (`EntitySpotterVocabulary.placePrefixHashes`),
    /// for `MentionLinker`.
    static var placePrefixHashes: WordHashTable { EntitySpotterVocabulary.shared.placePrefixHashes }

    /// How far an organisation cue may lie from the start of its name, in words; bounds the work
    /// per word so that a megabyte of capitalised words stays linear.
    static let organisationReach = 12
    /// The longest person name, in words.
    static let longestPersonName = 6

    func mentions() -> [EntityMention] {
        var passedOver: [EntityMention] = []
        return mentions(passedOver: &passedOver)
    }

    /// The mentions, and in `passedOver` (when `explaining`) the words rules passed over, untyped,
    /// each with its rule.
    func mentions(passedOver: inout [EntityMention]) -> [EntityMention] {
        var found: [EntityMention] = []
        // News has about one mention per ten words; room for more than that avoids the copies (and
        // fresh pages) of regrowth, and pages that are never written cost nothing.
        found.reserveCapacity(tokens.count / 4 + 16)
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalized else { index += 1; continue }
            // A word the last mention already covers: the "S" of "Maersk A/S", the "Korea" of "S. Korea".
            if let last = found.last, last.end > tokens[index].start { index += 1; continue }
            if explaining {
                var joins: [ChunkJoin] = []
                let chunkEnd = self.chunkEnd(from: index, joins: &joins, recording: true)
                let before = found.count
                segment(index..<chunkEnd, into: &found, passedOver: &passedOver)
                if !joins.isEmpty { noteJoins(joins, on: &found[before...]) }
                index = chunkEnd
                continue
            }
            let chunkEnd = self.chunkEnd(from: index)
            segment(index..<chunkEnd, into: &found, passedOver: &passedOver)
            index = chunkEnd
        }
        return found
    }

    // MARK: Chunks

    private func chunkEnd(from start: Int) -> Int {
        var joins: [ChunkJoin] = []
        return chunkEnd(from: start, joins: &joins, recording: false)
    }

    /// Puts the rules of the chunk's joins first on each mention that spans the join (a mention
    /// from `firstToken` to `endToken` spans a join at token `t` when it holds `t - 1` and `t`).
    private func noteJoins(_ joins: [ChunkJoin], on mentions: inout ArraySlice<EntityMention>) {
        for index in mentions.indices {
            var trace = EntityRuleTrace()
            for join in joins where mentions[index].firstToken < join.token && join.token < mentions[index].endToken {
                trace.record(join.rule)
            }
            guard trace != EntityRuleTrace() else { continue }
            trace.record(mentions[index].rules)
            mentions[index].rules = trace
        }
    }

    /// The end of the chunk that starts at `start`; when `recording` (only when explaining: inlined
    /// with a constant, the notes vanish from the normal path), each join that took words in beyond
    /// plain adjacent capitalised words is noted in `joins` with its rule and the first token it took.
    @inline(__always)
    private func chunkEnd(from start: Int, joins: inout [ChunkJoin], recording: Bool) -> Int {
        var end = start + 1
        while end < tokens.count {
            // "Swiss People's Party": a common plural's possessive before another capitalised word.
            if isPossessiveS(end), tokens[end - 1].isCapitalized, end + 1 < tokens.count, tokens[end + 1].joinsPrevious,
               tokens[end + 1].isCapitalized, isCommonNounOnly(tokens[end - 1]) {
                if recording { joins.append(ChunkJoin(token: end + 1, rule: .possessivePluralJoin)) }
                end += 2
                continue
            }
            // "Pratt & Whitney", "JPMorgan Chase & Co.": an ampersand between capitalised words joins one company.
            // Not "By Ana Lind & Tom Beck": a given name and a surname after it start a second person.
            if isAmpersandGap(before: end), tokens[end].isCapitalized, tokens[end - 1].isCapitalized, !startsFullName(at: end) {
                if recording { joins.append(ChunkJoin(token: end, rule: .ampersandJoin)) }
                end += 1
                continue
            }
            // "Phou Luang Power Co., Ltd.": a second company form after a comma belongs to the name.
            // Cheap tests first: this runs for every word after a capitalised one.
            if !tokens[end].joinsPrevious, tokens[end].isCapitalized, followsComma(end), vocabulary.companyFormHashes.contains(tokens[end].hash),
               vocabulary.companyFormHashes.contains(tokens[end - 1].hash) {
                if recording { joins.append(ChunkJoin(token: end, rule: .secondCompanyFormJoin)) }
                end += 1
                continue
            }
            // "SK hynix Inc.": a lower-case brand word that is no English word, then a company form.
            if !tokens[end].isCapitalized, tokens[end].joinsPrevious, tokens[end - 1].isCapitalized, end + 1 < tokens.count,
               tokens[end + 1].joinsPrevious, tokens[end + 1].isCapitalized, vocabulary.companyFormHashes.contains(tokens[end + 1].hash),
               !lexicon.commonWords.contains(tokens[end].lowerHash), !vocabulary.connectorHashes.contains(tokens[end].hash) {
                if recording { joins.append(ChunkJoin(token: end, rule: .lowerCaseBrandJoin)) }
                end += 2
                continue
            }
            // "Ministry of Trade, Industry and Energy": a body's portfolio listed with commas is one name.
            // (A list needs three words before its comma: tested here, it spares most chunks the call.)
            if !tokens[end].joinsPrevious, end - start >= 3, let listEnd = portfolioListEnd(chunkStart: start, at: end) {
                if recording { joins.append(ChunkJoin(token: end, rule: .portfolioListJoin)) }
                end = listEnd
                continue
            }
            guard tokens[end].joinsPrevious || followsPlaceAbbreviation(end) else { break }
            // "Mercedes' Thomas Berger": a plural possessive's apostrophe ends the name before it, unless
            // a common plural's ("Dock Workers' Union").
            if endsWithApostrophe(end - 1), !isCommonNounOnly(tokens[end - 1]) { break }
            if tokens[end].isCapitalized {
                if recording, !tokens[end].joinsPrevious { joins.append(ChunkJoin(token: end, rule: .placeAbbreviationJoin)) }
                end += 1
                continue
            }
            if vocabulary.connectorHashes.contains(tokens[end].hash), end + 1 < tokens.count, tokens[end + 1].joinsPrevious {
                if tokens[end + 1].isCapitalized {
                    if recording { joins.append(ChunkJoin(token: end, rule: .connectorJoin)) }
                    end += 2
                    continue
                }
                // "International Committee of the Red Cross", "Banco Central de la República"
                if vocabulary.articleHashes.contains(tokens[end + 1].hash), end + 2 < tokens.count, tokens[end + 2].joinsPrevious,
                   tokens[end + 2].isCapitalized {
                    if recording { joins.append(ChunkJoin(token: end, rule: .connectorArticleJoin)) }
                    end += 3
                    continue
                }
                // "Femke van der Laan": two name particles between a given name and a surname.
                if !vocabulary.institutionalConnectorHashes.contains(tokens[end].hash), vocabulary.secondParticleHashes.contains(tokens[end + 1].hash),
                   end + 2 < tokens.count, tokens[end + 2].joinsPrevious, tokens[end + 2].isCapitalized {
                    if recording { joins.append(ChunkJoin(token: end, rule: .nameParticlesJoin)) }
                    end += 3
                    continue
                }
            }
            break
        }
        return end
    }

    /// "Ministry of Industries, Mines and Energy", "MINISTRY OF TRADE, INDUSTRY AND ENERGY": when the
    /// chunk before `index` ends in a cue word or title, "of"/"for" and capitalised common words, and a
    /// comma then starts more of them closed by "and", the list is the body's portfolio. Returns the
    /// end of the list's last word, or nil. Common words only: "Ministry of Health, Kenya and Uganda"
    /// lists places.
    private func portfolioListEnd(chunkStart: Int, at index: Int) -> Int? {
        guard index < tokens.count, index - chunkStart >= 3, tokens[index].start == tokens[index - 1].end + 2,
              bytes[tokens[index - 1].end] == 0x2C else { return nil }
        // The first item, back to its "of"/"for".
        var connector = index - 1
        while connector > chunkStart, index - connector <= 3, !vocabulary.portfolioConnectorHashes.contains(tokens[connector].lowerHash),
              isPortfolioWord(tokens[connector]) { connector -= 1 }
        guard connector < index - 1, connector > chunkStart, vocabulary.portfolioConnectorHashes.contains(tokens[connector].lowerHash),
              !word(tokens[connector - 1]).isDisjoint(with: [.organisationWord, .title]) else { return nil }
        // Further items: common words set apart by ", " and closed by "and" (", and" too).
        var next = index
        var items = 0
        while next < tokens.count, items < 5 {
            let isAnd = tokens[next].lowerHash == vocabulary.andHash
            if isAnd { next += 1 }
            guard next < tokens.count, !isAnd || tokens[next].joinsPrevious else { return nil }
            let itemStart = next
            while next < tokens.count, next - itemStart < 3, next == itemStart || tokens[next].joinsPrevious,
                  isPortfolioWord(tokens[next]) { next += 1 }
            guard next > itemStart else { return nil }
            if isAnd { return next }
            items += 1
            guard next < tokens.count else { return nil }
            if tokens[next].joinsPrevious, tokens[next].lowerHash == vocabulary.andHash { continue }
            // ", " before the next item.
            guard tokens[next].start == tokens[next - 1].end + 2, bytes[tokens[next - 1].end] == 0x2C else { return nil }
        }
        return nil
    }

    /// The end of "Electricite du Laos": a run of one unknown word that is no given name or English word
    /// and a Romance connector, then a known place; or nil.
    private func romanceBodyEnd(_ run: Range<Int>, _ chunk: Range<Int>) -> Int? {
        guard run.count == 2, vocabulary.foreignOrganisationConnectorHashes.contains(tokens[run.upperBound - 1].hash),
              !vocabulary.coordinatingConnectorHashes.contains(tokens[run.upperBound - 1].hash) else { return nil }
        let first = tokens[run.lowerBound]
        guard !word(first).includes(.givenName), !lexicon.commonWords.contains(first.lowerHash),
              let place = longestPhrase(from: run.upperBound, before: chunk.upperBound), place.type == .place else { return nil }
        return place.end
    }

    /// Whether a lower-case word stands right before or after the word at `index` (context rules need one).
    @inline(__always)
    private func hasLowerCaseNeighbour(_ index: Int) -> Bool {
        tokens[index].joinsPrevious && index > 0 && !tokens[index - 1].isCapitalized
            || index + 1 < tokens.count && tokens[index + 1].joinsPrevious && !tokens[index + 1].isCapitalized
    }

    /// "his compatriot Kelvin Kiptum": mid-sentence, a stop word that is also a given name ("Kelvin",
    /// "Will"), no month, before an unknown capitalised word that is no English word, starts a name.
    private func startsNameDespiteStopWord(_ index: Int, _ chunk: Range<Int>) -> Bool {
        let token = tokens[index]
        // Four letters at least: no article or pronoun ("The", "His").
        guard !isWeak(token), token.end - token.start >= 4, word(token).includes(.givenName), !vocabulary.monthHashes.contains(token.hash),
              index + 1 < chunk.upperBound else { return false }
        let next = tokens[index + 1]
        return next.isCapitalized && !next.isAllCaps && !lexicon.commonWords.contains(next.lowerHash) && word(next).isEmpty
    }

    /// "Brussels-South", "Paris-Nord": a known place glued to a direction names a district or station.
    private func isPlaceWithDirection(_ token: EntityToken) -> Bool {
        var hyphen = token.end - 2
        while hyphen > token.start, bytes[hyphen] != 0x2D { hyphen -= 1 }
        guard hyphen > token.start, vocabulary.compassSuffixHashes.contains(WordHash.exact(bytes, (hyphen + 1)..<token.end)) else { return false }
        return lexicon.entry(WordHash.phrase(WordHash.exact(bytes, token.start..<hyphen))).phraseType == .place
    }

    /// Whether the nationality word at `index` is glued to "-speaking" or "-language".
    private func namesLanguage(_ index: Int) -> Bool {
        let token = tokens[index]
        guard index + 1 < tokens.count, token.end < bytes.count, bytes[token.end] == 0x2D else { return false }
        let next = tokens[index + 1]
        return next.start == token.end + 1 && vocabulary.languageSuffixHashes.contains(next.hash)
    }

    /// Whether a word in capitals of three letters or more stands right before or after `index` on its line.
    private func isAmongShoutedWords(_ index: Int) -> Bool {
        let isShouted = { (token: EntityToken) in token.isAllCaps && token.end - token.start >= 3 }
        if tokens[index].joinsPrevious, index > 0, isShouted(tokens[index - 1]) { return true }
        return index + 1 < tokens.count && tokens[index + 1].joinsPrevious && isShouted(tokens[index + 1])
    }

    /// A hyphenated compound whose last part is a common English word ("Mega-Port", "Long-Awaited").
    private func endsInCommonWordAfterHyphen(_ token: EntityToken) -> Bool {
        var hyphen = token.end - 2
        while hyphen > token.start, bytes[hyphen] != 0x2D { hyphen -= 1 }
        guard hyphen > token.start else { return false }
        return lexicon.commonWords.contains(WordHash.lowercased(bytes, (hyphen + 1)..<token.end))
    }

    /// After "Minister" or "Secretary" at `start` (titles before it too), "of"/"for" and capitalised common
    /// words and titles ("of Energy and Mines", "for Housing"): where the portfolio ends, at the chunk's
    /// end or a capitalised word that starts a name; nil otherwise. Not a body's name: "Secretary of
    /// the Navy" is a title, "President of the European Commission" no minister.
    private func ministerialPortfolioEnd(from start: Int, _ chunk: Range<Int>) -> Int? {
        var index = start
        var minister = false
        while index < chunk.upperBound, tokens[index].isCapitalized, word(tokens[index]).includes(.title),
              !word(tokens[index]).includes(.organisationWord) {
            minister = minister || vocabulary.ministerHashes.contains(tokens[index].hash)
            index += 1
        }
        guard minister, index + 1 < chunk.upperBound, vocabulary.portfolioConnectorHashes.contains(tokens[index].hash) else { return nil }
        index += 1
        if tokens[index].hash == vocabulary.theHash { index += 1 }
        let portfolioStart = index
        while index < chunk.upperBound {
            let token = tokens[index]
            if token.isCapitalized {
                let entry = word(token)
                guard isPortfolioWord(token) || entry.includes(.title) && !entry.includes(.givenName),
                      entry.isDisjoint(with: [.nationality, .place, .organisation]) else { break }
            } else if !vocabulary.institutionalConnectorHashes.contains(token.hash) || index + 1 == chunk.upperBound
                        || !tokens[index + 1].isCapitalized {
                return nil
            }
            index += 1
        }
        guard index > portfolioStart, index == chunk.upperBound || tokens[index].isCapitalized else { return nil }
        return index
    }

    /// After titles ending in a rank ("Deputy Commissioner", "Inspector General"), "of" and a service
    /// ("Police", "Prisons"): where the title ends; nil otherwise.
    private func serviceRankEnd(from start: Int, _ chunk: Range<Int>) -> Int? {
        var index = start
        while index < chunk.upperBound, tokens[index].isCapitalized, word(tokens[index]).includes(.title) { index += 1 }
        guard index > start, index + 1 < chunk.upperBound, vocabulary.rankHashes.contains(tokens[index - 1].hash),
              tokens[index].hash == vocabulary.ofHash, vocabulary.serviceHashes.contains(tokens[index + 1].hash) else { return nil }
        return index + 2
    }

    /// After "State", "Republic", "Kingdom", ... at `start`: the end of "of" [the] and a known place that
    /// ends the chunk or is followed by a lower-case word; nil otherwise.
    private func formalPlaceNameEnd(from start: Int, _ chunk: Range<Int>) -> Int? {
        guard vocabulary.stateNounHashes.contains(tokens[start].hash), start + 2 < chunk.upperBound,
              tokens[start + 1].hash == vocabulary.ofHash else { return nil }
        var index = start + 2
        if tokens[index].hash == vocabulary.theHash, index + 1 < chunk.upperBound { index += 1 }
        guard let place = longestPhrase(from: index, before: chunk.upperBound), place.type == .place,
              place.end == chunk.upperBound || !tokens[place.end].isCapitalized else { return nil }
        return place.end
    }

    /// "S. Korea": a capital N, S, E or W with its full stop, then one or two words that the full
    /// direction word makes a known place ("South Korea"); the end of the place, or nil.
    private func abbreviatedDirectionPlaceEnd(_ index: Int) -> Int? {
        let token = tokens[index]
        guard token.end - token.start == 1, index + 1 < tokens.count, token.end + 2 == tokens[index + 1].start,
              bytes[token.end] == 0x2E, bytes[token.end + 1] == 0x20, tokens[index + 1].isCapitalized else { return nil }
        let direction: UInt64
        switch bytes[token.start] {
        case 0x4E: direction = vocabulary.northHash
        case 0x53: direction = vocabulary.southHash
        case 0x45: direction = vocabulary.eastHash
        case 0x57: direction = vocabulary.westHash
        default: return nil
        }
        var hash = WordHash.phrase(direction)
        var best: Int?
        var next = index + 1
        while next < tokens.count, next - index <= 2, next == index + 1 || tokens[next].joinsPrevious {
            hash = WordHash.phrase(hash, appending: tokens[next].hash)
            let entry = lexicon.entry(hash)
            if entry.isEmpty { break }
            if entry.phraseType == .place { best = next + 1 }
            next += 1
        }
        return best
    }

    /// "Ex-spinner", "Ex-minister": "Ex-" glued to a lower-case word.
    private func startsWithExPrefix(_ token: EntityToken) -> Bool {
        token.end - token.start > 4 && bytes[token.start] == 0x45 && bytes[token.start + 1] == 0x78 && bytes[token.start + 2] == 0x2D
            && bytes[token.start + 3] >= 0x61 && bytes[token.start + 3] <= 0x7A
    }

    /// Whether the words at `index` and before it are set apart by a comma (", " or "., ").
    private func followsComma(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let from = tokens[index - 1].end
        let gap = tokens[index].start - from
        return gap == 2 && bytes[from] == 0x2C || gap == 3 && bytes[from] == 0x2E && bytes[from + 1] == 0x2C
    }

    /// "Tom Beckwith": a given name, then a capitalised word that is no English word, and no more.
    private func startsFullName(at index: Int) -> Bool {
        guard word(tokens[index]).includes(.givenName), index + 1 < tokens.count else { return false }
        let surname = tokens[index + 1]
        return surname.joinsPrevious && surname.isCapitalized && !surname.isAllCaps && !lexicon.commonWords.contains(surname.lowerHash)
            && (index + 2 == tokens.count || !tokens[index + 2].joinsPrevious || !tokens[index + 2].isCapitalized)
    }

    /// A capitalised common English word that names no person: an item of a portfolio ("Mines", "Energy").
    private func isPortfolioWord(_ token: EntityToken) -> Bool {
        token.isCapitalized && token.lowerHash != vocabulary.andHash && lexicon.commonWords.contains(token.lowerHash)
            && !word(token).includes(.givenName)
    }

    // The two tests on a chunk's first word below are methods rather than written out in `segment`:
    // there, too big a function for the inliner to take in more, each of their token reads stayed a
    // call to the array's subscript, and they run for every chunk.

    /// A chunk of one stop word names nothing (see `isLoneStopWord`).
    private func isLoneStopWordChunk(_ chunk: Range<Int>) -> Bool {
        chunk.count == 1 && isLoneStopWord(tokens[chunk.lowerBound])
    }

    /// "Chairman Powell": whether the chunk starting at `chunkStart` follows a title directly, so that
    /// it starts with the titled person.
    private func followsTitle(_ chunkStart: Int) -> Bool {
        chunkStart > 0 && tokens[chunkStart].joinsPrevious && word(tokens[chunkStart - 1]).includes(.title)
    }

    /// Notes, when explaining, that `rule` passed over the words of `range`.
    @inline(__always)
    private func passOver(_ range: Range<Int>, _ rule: EntityRule, _ passedOver: inout [EntityMention]) {
        guard explaining, !range.isEmpty else { return }
        var mention = EntityMention(firstToken: range.lowerBound, endToken: range.upperBound, start: tokens[range.lowerBound].start,
                                    end: tokens[range.upperBound - 1].end, type: nil)
        mention.rules = EntityRuleTrace(rule)
        passedOver.append(mention)
    }

    /// Which of the rules that pass one word over took the word at `position` (asked only when explaining).
    private func passingRule(_ position: Int, _ entry: LexiconEntry) -> EntityRule {
        let token = tokens[position]
        if vocabulary.tenureHashes.contains(token.hash) { return .tenureWord }
        if isHeadlineWord(token, entry) { return .headlineWord }
        if mayBeCodeOrAmount(token) && isCodeOrAmount(token) { return .codeOrAmount }
        if isDateMonth(position) { return .dateMonth }
        if token.isAllCaps && isModelOrCurrencyCode(position) { return .modelOrCurrencyCode }
        return .currencyAbbreviation
    }

    private func segment(_ chunk: Range<Int>, into found: inout [EntityMention], passedOver: inout [EntityMention]) {
        if isLoneStopWordChunk(chunk) { return }
        var position = chunk.lowerBound
        var afterTitle = followsTitle(chunk.lowerBound)
        // The rule that set `afterTitle`, recorded on the mention it types.
        var titleRules = EntityRuleTrace(.titleBeforeChunk)
        // Asked by two rules at the chunk's first word; counted once (`Range.count` stays a call in here).
        let hasSeveralWords = chunk.count >= 2
        while position < chunk.upperBound {
            let token = tokens[position]
            if !token.isCapitalized {
                // "Chairman of SADC": what follows a title's "of" is not the person.
                afterTitle = false
                position += 1
                continue
            }
            // "HSBC Holdings Plc", "Airbus SE": a company form after a name belongs to it.
            if vocabulary.companyFormHashes.contains(token.hash), token.joinsPrevious || followsComma(position), var last = found.last,
               last.endToken == position || last.endToken == position - 1 && !tokens[position - 1].isCapitalized,
               last.type != .place && last.type != .norp, !last.isNonEntity, last.endToken - last.firstToken < Self.organisationReach {
                var type: EntityType? = .org
                last.endToken = position + 1
                last.rules.record(.companyFormJoinsName)
                last.end = extendedEnd(last.firstToken..<(position + 1), &type, &last.rules)
                last.type = .org
                found[found.count - 1] = last
                position += 1
                continue
            }
            // Cheap tests before the calls below: most chunks are one word, most words no storm's.
            if position == chunk.lowerBound, hasSeveralWords, let end = ampersandNameEnd(chunk) {
                append(chunk.lowerBound..<end, .org, rule: .ampersandCompany, to: &found)
                position = end
                continue
            }
            let entry = word(token)
            // (A state of a party-state tag is glued to "D-": the flag spares most words the call.)
            if token.isCompoundPart, PartyStateTag.isState(bytes, token) {
                if let end = PartyStateTag.abbreviationEnd(bytes, token) {
                    append(position..<(position + 1), .place, rule: .partyStateTag, to: &found, byteEnd: end)
                    position += 1
                    continue
                }
            }
            // "Tampa, Fla.", "TAMPA, Fla. (AP)", "Charleston, S.C.": an AP state abbreviation after a city and a comma.
            if let end = stateAfterCityEnd(position) {
                append(position..<(position + 1), .place, rule: .stateAfterCity, to: &found, byteEnd: end)
                position += 1
                continue
            }
            // "Ex-spinner Abdul Rehman": a former role written with "Ex-", before a name.
            if startsWithExPrefix(token) {
                position += 1
                afterTitle = true
                titleRules = EntityRuleTrace(.exPrefixRole)
                continue
            }
            if vocabulary.tenureHashes.contains(token.hash) || isHeadlineWord(token, entry) || mayBeCodeOrAmount(token) && isCodeOrAmount(token)
                || isDateMonth(position) || token.isAllCaps && isModelOrCurrencyCode(position) || isCurrencyAbbreviation(position) {
                if explaining { passOver(position..<(position + 1), passingRule(position, entry), &passedOver) }
                position += 1
                continue
            }
            // "S. Korea", "N. Ireland": an abbreviated direction before a place it names in full.
            if token.end - token.start == 1, let end = abbreviatedDirectionPlaceEnd(position) {
                append(position..<end, .place, rule: .abbreviatedDirectionPlace, to: &found)
                position = max(end, position + 1)
                continue
            }
            // "Deputy Minister of Energy and Mines Khamphone Sisouphanthong": a minister's portfolio is no
            // body, even with cue words in it; a name after it is the minister.
            if entry.includes(.title), let end = ministerialPortfolioEnd(from: position, chunk) {
                position = end
                afterTitle = true
                titleRules = EntityRuleTrace(.ministerialPortfolio)
                continue
            }
            // "Deputy Commissioner of Police Mark Tan", "the Inspector General of Police": a rank of a
            // service is a job title, not the service; a name after it is the officer.
            if entry.includes(.title), let end = serviceRankEnd(from: position, chunk) {
                position = end
                afterTitle = true
                titleRules = EntityRuleTrace(.serviceRank)
                continue
            }
            // "the State of Israel", "the Kingdom of Saudi Arabia": a formal name of a known place.
            if !afterTitle, let end = formalPlaceNameEnd(from: position, chunk) {
                append(position..<end, .place, rule: .formalPlaceName, to: &found)
                position = end
                continue
            }
            if vocabulary.stormHashes.contains(token.hash), let stormEnd = stormNameEnd(from: position, chunk) {
                var storm = EntityMention(firstToken: stormEnd - 1, endToken: stormEnd, start: tokens[stormEnd - 1].start,
                                          end: tokens[stormEnd - 1].end, type: nil)
                storm.isNonEntity = true
                storm.rules = EntityRuleTrace(.stormName)
                found.append(storm)
                position = stormEnd
                continue
            }
            // "St. Gallen", "Mt. Kenya": the abbreviation's full stop does not end the place's name.
            if position + 1 < chunk.upperBound, followsPlaceAbbreviation(position + 1), let end = placeNameEnd(after: position, chunk) {
                append(position..<end, .place, rule: .placeAbbreviationName, to: &found)
                position = end
                afterTitle = false
                continue
            }
            // "Tour de France", "Tour of Flanders": a race's name, no entity, the place inside it included.
            if vocabulary.raceHashes.contains(token.hash), position + 2 < chunk.upperBound,
               vocabulary.connectorHashes.contains(tokens[position + 1].hash), tokens[position + 2].isCapitalized {
                var end = position + 2
                while end < chunk.upperBound, tokens[end].isCapitalized { end += 1 }
                passOver(position..<end, .raceName, &passedOver)
                position = end
                continue
            }
            // Looked up once for the two road rules below.
            let isRoadWord = vocabulary.roadHashes.contains(token.hash)
            if isRoadWord, position + 1 < tokens.count, tokens[position + 1].joinsPrevious,
               tokens[position + 1].startsWithDigit {
                append(position..<(position + 2), .place, rule: .roadNumber, to: &found)
                position += 2
                continue
            }
            // "Route Nationale 2": a road word, one capitalised word and a number name a road.
            if isRoadWord, position + 2 < tokens.count, tokens[position + 1].isCapitalized,
               tokens[position + 1].joinsPrevious, tokens[position + 2].joinsPrevious, tokens[position + 2].startsWithDigit,
               word(tokens[position + 1]).isDisjoint(with: [.title, .organisationWord]) {
                append(position..<(position + 3), .place, rule: .roadNameNumber, to: &found)
                position += 3
                continue
            }
            // "Rue Sainte-Catherine", "Calle Bolívar": a street word before capitalised words, known places
            // among them, names the street.
            if vocabulary.streetHashes.contains(token.hash), let end = placeNameEnd(after: position, chunk) {
                append(position..<end, .place, rule: .streetName, to: &found)
                position = end
                afterTitle = false
                continue
            }
            // "the Treasury said", "the Judiciary has asked": an institution named by one word, alone in
            // its chunk (after "The" at most), is the body; not before a noun it describes ("Treasury
            // bills", "Commission members"), and not the title of "Treasury Secretary Scott Bessent".
            if vocabulary.loneInstitutionHashes.contains(token.hash), isLoneInstitution(position, chunk) {
                append(position..<(position + 1), .org, rule: .loneInstitutionWord, to: &found)
                position += 1
                continue
            }
            // "the Academy Award", "a Magsaysay Award": a chunk that a prize word closes is the prize's
            // name, no body nor person, even with a cue word ("Academy") in it.
            if position == chunk.lowerBound, hasSeveralWords, !afterTitle, vocabulary.prizeHashes.contains(tokens[chunk.upperBound - 1].hash) {
                passOver(position..<chunk.upperBound, .prizeName, &passedOver)
                position = chunk.upperBound
                continue
            }
            let phrase = longestPhrase(from: position, before: chunk.upperBound)
            let isDirection = vocabulary.directionHashes.contains(token.hash)
            if position == chunk.lowerBound, hasSeveralWords, !afterTitle, !isDirection, namesNationalBranch(chunk, phrase) {
                append(chunk, .org, rule: .nationalBranch, to: &found)
                position = chunk.upperBound
                continue
            }

            // "Lord Pennant": a title that is also a stop word ("Lord") is a title before a name.
            let titleBeforeName = entry.includes(.title) && position + 1 < chunk.upperBound && tokens[position + 1].isCapitalized
            let stopWordStartsName = phrase == nil && entry.includes(.stopWord) && startsNameDespiteStopWord(position, chunk)
            if phrase == nil, entry.includes(.stopWord), !isDirection, !titleBeforeName, !stopWordStartsName {
                // "the Spanish National Research Council": a capitalised word mid-sentence that is
                // otherwise no name (a language) starts an organisation named by a cue after it.
                // An article is no part of a name: "by The Canadian Press" → "Canadian Press".
                if !isWeak(token), token.lowerHash != vocabulary.theHash,
                   let (organisationEnd, type) = organisationEnd(from: position, before: chunk.upperBound, afterTitle: afterTitle),
                   organisationEnd - position >= 3 {
                    append(position..<organisationEnd, type, rule: .stopWordStartsOrganisation, to: &found)
                    position = organisationEnd
                } else {
                    position += 1
                }
                continue
            }
            // "the French-speaking south", "an Arabic-language daily": a language, not a nationality.
            if let phrase, phrase.type == .norp, phrase.end == position + 1, namesLanguage(position) {
                passOver(position..<(position + 1), .languageName, &passedOver)
                position += 1
                continue
            }
            // "CABINET APPROVES TERMS IN KHARAS": a two-letter function word among shouted words is no acronym.
            if token.isAllCaps, token.end - token.start == 2, phrase == nil, vocabulary.shoutedStopWordHashes.contains(token.lowerHash),
               isAmongShoutedWords(position) {
                passOver(position..<(position + 1), .shoutedFunctionWord, &passedOver)
                position += 1
                continue
            }
            // "Scottish Labour", "Welsh Conservatives": a nationality before a party's short name is the
            // party's branch there, one organisation.
            if let phrase, phrase.type == .norp, phrase.end == position + 1, phrase.end < chunk.upperBound,
               vocabulary.partyHashes.contains(tokens[phrase.end].hash),
               phrase.end + 1 == chunk.upperBound || !tokens[phrase.end + 1].isCapitalized {
                append(position..<(phrase.end + 1), .org, rule: .nationalityPartyBranch, to: &found)
                position = phrase.end + 1
                continue
            }
            // "the Australian Open", "the Singapore Grand Prix", "the Africa Cup of Nations": an event,
            // no nationality or place, even with a cue word in it.
            if let phrase, phrase.type == .norp || phrase.type == .place, let eventEnd = eventNameEnd(after: phrase.end, chunk) {
                passOver(position..<eventEnd, .eventName, &passedOver)
                position = eventEnd
                continue
            }
            // An organisation cue later in the chunk makes everything up to it one organisation.
            if case (var organisationEnd, let type)? = organisationEnd(from: position, before: chunk.upperBound, afterTitle: afterTitle),
               organisationSpans(phrase, to: organisationEnd, startingWith: token) {
                var rules = EntityRuleTrace(.organisationCue)
                // "Trinity College Dublin", "Imperial College London": a seat of learning's city, closing the
                // chunk, is part of its name.
                if type == .org, organisationEnd < chunk.upperBound,
                   vocabulary.academicHeadHashes.contains(tokens[organisationEnd - 1].hash),
                   let city = longestPhrase(from: organisationEnd, before: chunk.upperBound), city.type == .place,
                   city.end == chunk.upperBound || !tokens[city.end].isCapitalized {
                    organisationEnd = city.end
                    rules.record(.academicCity)
                }
                append(position..<organisationEnd, type, rules: rules, to: &found)
                position = organisationEnd
                afterTitle = false
                continue
            }
            // "the Montreal Canadiens", "Toronto Maple Leafs": a known city before a capitalised plural
            // nickname is a sports team, one organisation.
            if let phrase, phrase.type == .place, !token.isAllCaps,
               let teamEnd = teamNameEnd(after: phrase.end, chunk, afterGivenName: phrase.end == position + 1 && entry.includes(.givenName)) {
                append(position..<teamEnd, .org, rule: .placeTeamNickname, to: &found)
                found[found.count - 1].teamNicknameWords = UInt8(teamEnd - phrase.end)
                position = teamEnd
                afterTitle = false
                continue
            }
            // "Kaunas Timber UAB", "Baltic Timber SIA": a place or nationality opening a company's name.
            if let phrase, phrase.type == .place || phrase.type == .norp, let formEnd = companyFormEnd(after: phrase.end, chunk) {
                append(position..<formEnd, .org, rule: .placeCompanyForm, to: &found)
                position = formEnd
                afterTitle = false
                continue
            }
            // "Rio Doce", "Lake Toba": a place prefix that is also a known place or given name ("Rio")
            // before unknown capitalised words names a place.
            if phrase != nil, vocabulary.placePrefixHashes.contains(token.hash), let end = unknownWordsEnd(after: position, chunk),
               !lexicon.commonWords.contains(tokens[position + 1].lowerHash), !word(tokens[position + 1]).includes(.givenName) {
                append(position..<end, .place, rule: .knownPlacePrefix, to: &found)
                position = end
                afterTitle = false
                continue
            }
            // "Mr Wilson", "Judge Jackson": a title before a lone word that is also a place names a person
            // ("Former Yugoslavia" is no title; "Prince Edward Island" was matched whole at "Prince").
            let titledSurname = afterTitle && phrase?.type == .place && phrase?.end == position + 1
                && (position + 1 == chunk.upperBound || !tokens[position + 1].isCapitalized)
                && position > 0 && !vocabulary.tenureHashes.contains(tokens[position - 1].hash)
            // A given name that is also a place ("George", "Jordan") before another name is a person.
            if let phrase, !titledSurname, !(entry.includes(.givenName) && phrase.end == position + 1 && startsPersonName(after: position, chunk)) {
                // "the Serbian Orthodox Church": nationality and faith words before "Church" name the church.
                if phrase.type == .norp, let churchEnd = churchEnd(after: phrase.end, chunk) {
                    append(position..<churchEnd, .org, rule: .nationalityChurch, to: &found)
                    position = churchEnd
                    continue
                }
                var end = phrase.end
                var rules = EntityRuleTrace(phrase.type == .org ? .knownOrganisation : phrase.type == .norp ? .knownNationality : .knownPlace)
                if phrase.type == .place || phrase.type == nil { end = extendPlace(end, chunk) }
                if end != phrase.end { rules.record(.placeExtended) }
                if phrase.type == .place, end == phrase.end, let headEnd = placeHeadEnd(after: end, chunk) {
                    end = headEnd
                    rules.record(.placeHeadNoun)
                }
                append(position..<end, phrase.type ?? .place, rules: rules, to: &found)
                position = end
                afterTitle = false
                continue
            }
            if isDirection {
                // "East Africa", "Southern Africa": a direction before a continent names a region.
                if position + 1 < chunk.upperBound, vocabulary.continentHashes.contains(tokens[position + 1].hash),
                   position + 2 == chunk.upperBound || !tokens[position + 2].isCapitalized {
                    append(position..<(position + 2), .place, rule: .directionContinent, to: &found)
                    position += 2
                    continue
                }
                // "North Kivu": a direction before one unknown word names a place.
                let next = position + 1
                if next < chunk.upperBound, tokens[next].isCapitalized, longestPhrase(from: next, before: chunk.upperBound) == nil,
                   word(tokens[next]).isDisjoint(with: [.title, .stopWord, .organisationWord, .givenName]),
                   next + 1 == chunk.upperBound || !tokens[next + 1].isCapitalized {
                    append(position..<(next + 1), .place, rule: .directionUnknownWord, to: &found)
                    position = next + 1
                } else {
                    position += 1
                }
                continue
            }
            // "Port of Santos", "Gulf of Mexico".
            if entry.includes(.placeWord), position + 2 < chunk.upperBound,
               vocabulary.institutionalConnectorHashes.contains(tokens[position + 1].hash), tokens[position + 2].isCapitalized {
                var end = position + 2
                while end < chunk.upperBound, end - position < Self.organisationReach, tokens[end].isCapitalized { end += 1 }
                append(position..<end, .place, rule: .placeWordOf, to: &found)
                position = end
                continue
            }
            // "House of Representatives", "House of Commons": a legislature.
            if token.hash == vocabulary.houseHash, position + 2 < chunk.upperBound, tokens[position + 1].hash == vocabulary.ofHash,
               tokens[position + 2].isCapitalized {
                var end = position + 2
                while end < chunk.upperBound, end - position < Self.organisationReach, tokens[end].isCapitalized { end += 1 }
                append(position..<end, .org, rule: .houseOf, to: &found)
                position = end
                afterTitle = false
                continue
            }
            // "the King Fahd Stadium": a title before a name that ends in a place word belongs to the place.
            if entry.includes(.title), !isWeak(token), let end = titledPlaceEnd(from: position, chunk) {
                append(position..<end, .place, rule: .titledPlace, to: &found)
                position = end
                afterTitle = false
                continue
            }
            if entry.includes(.title) {
                let titleStart = position
                position = titleEnd(from: position, chunk)
                titleRules = EntityRuleTrace(.titleBeforeName)
                // "the Finance Act": portfolio words alone are no title, so the word after them is no person.
                afterTitle = (titleStart..<position).contains { !vocabulary.portfolioTitleHashes.contains(tokens[$0].hash) }
                continue
            }
            if entry.includes(.stopWord) && !stopWordStartsName || entry.includes(.nonEntityAcronym) {
                if entry.includes(.nonEntityAcronym) { passOver(position..<(position + 1), .nonEntityAcronym, &passedOver) }
                position += 1
                continue
            }
            // "Mount Semeru", "Lake Toba": a place prefix before unknown capitalised words.
            if vocabulary.placePrefixHashes.contains(token.hash), let end = unknownWordsEnd(after: position, chunk),
               !lexicon.commonWords.contains(tokens[position + 1].lowerHash) {
                append(position..<end, .place, rule: .placePrefixUnknownWords, to: &found)
                position = end
                afterTitle = false
                continue
            }
            // "Los Zetas": a plural article before unknown capitalised words names a group.
            if vocabulary.pluralArticleHashes.contains(token.hash), let end = unknownWordsEnd(after: position, chunk) {
                append(position..<end, .org, rule: .pluralArticleGroup, to: &found)
                position = end
                afterTitle = false
                continue
            }
            // "U.S. Drugmaker Ridgeline": a capitalised company descriptor is no part of the name after it.
            if !afterTitle, isWeak(token), vocabulary.companyDescriptorHashes.contains(token.lowerHash), !entry.includes(.givenName),
               position + 1 < chunk.upperBound, tokens[position + 1].isCapitalized {
                passOver(position..<(position + 1), .capitalisedCompanyDescriptor, &passedOver)
                position += 1
                continue
            }
            // "Morocco Beat Senegal": a given name that is also a common word, capitalised only by the
            // headline or the sentence start, is no evidence that the known place after it is a surname.
            let givenNameEvidence = entry.includes(.givenName) && !(isWeak(token) && lexicon.commonWords.contains(token.lowerHash))
            let runEnd = nameRunEnd(from: position, chunk, personEvidence: afterTitle || givenNameEvidence)
            let run = position..<runEnd
            position = runEnd
            // "the Merval index": a market index, and the word means one throughout the article.
            if !afterTitle, nameContext.namesIndex(run) {
                var index = EntityMention(firstToken: run.lowerBound, endToken: run.upperBound, start: tokens[run.lowerBound].start,
                                          end: tokens[run.upperBound - 1].end, type: nil)
                index.isNonEntity = true
                index.rules = EntityRuleTrace(.marketIndex)
                found.append(index)
                continue
            }
            // "Mega-Port" in "Tuas Mega-Port Opens": the compound that ended the name is a headline word.
            if run.count == 1, run.lowerBound > chunk.lowerBound, token.inHeadline, !afterTitle, !token.isAllCaps, entry.isEmpty,
               endsInCommonWordAfterHyphen(token) {
                passOver(run, .headlineCompound, &passedOver)
                continue
            }
            if run.count == 1 {
                // Both need a hyphen inside the word ("Saint-Gaudens", "Paris-Nord"): looked for once first.
                if containsHyphen(token), hasSaintPrefix(token) || isPlaceWithDirection(token) {
                    append(run, .place, rule: .hyphenatedPlaceName, to: &found)
                } else if containsHyphen(token), isNationalityCompound(token) {
                    append(run, .norp, rule: .nationalityCompound, to: &found)
                } else if afterTitle, isCamelCaseBrand(token) {
                    // "seismic monitor GeoNet", "the regulator WorkSafe": a capital inside the word names
                    // a body, not the person a title announces.
                    append(run, .org, rules: titleRules.adding(.titledCamelCaseBrand), to: &found)
                } else if afterTitle { append(run, .person, rules: titleRules.adding(.titledWordPerson), to: &found) } else if token.hash == vocabulary.houseHash, !isWeak(token) {
                    // "the House passed it": capitalised mid-sentence, the chamber.
                    append(run, .org, rule: .houseChamber, to: &found)
                } else if appendPlacePair(token, position: run.lowerBound, to: &found) {
                } else if let placeEnd = placeWordEnd(run, chunk) {
                    append(run.lowerBound..<placeEnd, .place, rule: .placeWordAfter, to: &found)
                    position = max(position, placeEnd)
                } else if followsCompanyDescriptor(run.lowerBound) {
                    append(run, .org, rule: .companyDescriptorWord, to: &found)
                } else if hasLowerCaseNeighbour(run.lowerBound), let type = nameContext.singleWordType(run) {
                    // "an analyst at Drewry in Singapore": the employer, though a place follows;
                    // "a new port at Patimban", "along the Kurfürstendamm", "the Keppel terminals": a place.
                    append(run, type, rule: .singleWordContext, to: &found)
                } else { append(run, nil, rule: .unknownWord, to: &found) }
            } else if word(tokens[run.upperBound - 1]).includes(.placeWord) {
                append(run, .place, rule: .runEndsInPlaceWord, to: &found)
            } else {
                let placeEnd = placeWordEnd(run, chunk)
                if let placeEnd { append(run.lowerBound..<placeEnd, .place, rule: .placeWordAfter, to: &found); position = max(position, placeEnd) } else {
                    // "Minister for Public Expenditure Donnacha Keogh": capitalised common words (a portfolio)
                    // before a given name and a surname are no part of the person.
                    if let personStart = personAfterCommonWords(run) {
                        append(personStart..<run.upperBound, .person, rule: .personAfterPortfolio, to: &found)
                        afterTitle = false
                        continue
                    }
                    // Capitalised words without a cue: a sentence-initial common word is no name.
                    let first = tokens[run.lowerBound]
                    if isWeak(first), lexicon.commonWords.contains(first.lowerHash), !entry.includes(.givenName) {
                        passOver(run.lowerBound..<(run.lowerBound + 1), .sentenceInitialCommonWord, &passedOver)
                        position = run.lowerBound + 1
                        continue
                    }
                    // "PTI SKD RBT": short unknown words in capitals after a credit are desk codes.
                    if areDeskCodes(run) {
                        passOver(run, .deskCodes, &passedOver)
                        afterTitle = false
                        continue
                    }
                    // "Electricite du Laos", "Aeroports de Paris": an unknown word, a Romance connector and a known
                    // place name a body of that place (a person's "de" follows a given name).
                    if let bodyEnd = romanceBodyEnd(run, chunk) {
                        append(run.lowerBound..<bodyEnd, .org, rule: .romanceBody, to: &found)
                        position = bodyEnd
                        afterTitle = false
                        continue
                    }
                    // "Car Wash": capitalised common words with no given name are a label, not a person.
                    if !afterTitle, !entry.includes(.givenName), !followsPlacePossessive(run.lowerBound), hasOnlyCommonCapitalisedWords(run) {
                        passOver(run, .commonWordLabel, &passedOver)
                        afterTitle = false
                        continue
                    }
                    // "Daphne Akhurst Memorial Cup": a trophy or competition, no name; so is a run the head
                    // word ends ("Nobel Peace" before "Prize").
                    if vocabulary.eventHeadHashes.contains(tokens[run.upperBound - 1].hash) {
                        passOver(run, .eventHead, &passedOver)
                        afterTitle = false
                        continue
                    }
                    if run.upperBound < chunk.upperBound, vocabulary.eventHeadHashes.contains(tokens[run.upperBound].hash) {
                        passOver(run.lowerBound..<(run.upperBound + 1), .eventHead, &passedOver)
                        position = run.upperBound + 1
                        afterTitle = false
                        continue
                    }
                    // "drugmaker Halvorsen Pharma", "Goldman Sachs": a company descriptor before the run.
                    if followsCompanyDescriptor(run.lowerBound) {
                        append(run, .org, rule: .companyDescriptorRun, to: &found)
                    } else {
                        let (type, rule) = unnamedRunType(run, afterTitle: afterTitle)
                        append(run, type, rules: afterTitle && type == .person ? titleRules.adding(rule) : EntityRuleTrace(rule), to: &found)
                    }
                }
            }
            afterTitle = false
        }
    }

    // MARK: Pieces of a chunk

    /// The institution word at `index` stands alone: the chunk's only word but an opening "The", and
    /// no noun it modifies after it (see `EntitySpotterVocabulary.institutionModifiedHashes`).
    private func isLoneInstitution(_ index: Int, _ chunk: Range<Int>) -> Bool {
        guard index + 1 == chunk.upperBound else { return false }
        guard index == chunk.lowerBound || index == chunk.lowerBound + 1 && tokens[chunk.lowerBound].lowerHash == vocabulary.theHash
        else { return false }
        let next = index + 1
        return next >= tokens.count || !tokens[next].joinsPrevious || !vocabulary.institutionModifiedHashes.contains(tokens[next].hash)
    }

    // The three tests below are methods without closures rather than closures inside `segment`: there,
    // each closure that read the spotter's properties made the compiler copy the whole spotter
    // (retaining its arrays and objects) every time it ran.

    /// Whether an organisation ending at `organisationEnd` takes in the known phrase at its start
    /// (see `OrganisationPrefix`): a place in capitals other than "U.S." stands apart, as do a
    /// headline's own words after the phrase and a nationality before a generic government body.
    /// True without a phrase.
    private func organisationSpans(_ phrase: (end: Int, type: EntityType?)?, to organisationEnd: Int, startingWith token: EntityToken) -> Bool {
        guard let phrase else { return true }
        return phrase.end < organisationEnd && !(phrase.type == .place && token.isAllCaps && !OrganisationPrefix.isUnitedStates(token, vocabulary))
            && !OrganisationPrefix.isHeadlineTail(tokens, phrase.end..<organisationEnd, after: phrase.type, lexicon: lexicon, vocabulary: vocabulary)
            && !(phrase.type == .norp && OrganisationPrefix.isGovernmentBody(tokens, phrase.end..<organisationEnd, vocabulary))
    }

    /// "PTI SKD RBT": short words in capitals, none a given name (desk codes after a credit).
    private func areDeskCodes(_ run: Range<Int>) -> Bool {
        for index in run where !tokens[index].isAllCaps || tokens[index].end - tokens[index].start > 4
            || word(tokens[index]).includes(.givenName) { return false }
        return true
    }

    /// Whether every capitalised word of the run is a common English word ("Car Wash").
    private func hasOnlyCommonCapitalisedWords(_ run: Range<Int>) -> Bool {
        for index in run where tokens[index].isCapitalized && !lexicon.commonWords.contains(tokens[index].lowerHash) { return false }
        return true
    }

    /// Whether a chunk of this one capitalised word holds no mention: a stop word ("The", "But" at a
    /// sentence's start, the commonest chunk of all) that no rule of `segment` reads as a name. Those
    /// rules that could are ruled out here: a known phrase ("US"), a direction, a one-letter word
    /// ("S. Korea"), a company form or road word, which read the words after the chunk, a word glued
    /// by a hyphen (a party-state tag's state), a word in capitals (whose phrase is looked up
    /// folded). The other rules need a second word in the chunk or skip the word too.
    private func isLoneStopWord(_ token: EntityToken) -> Bool {
        let entry = word(token)
        return entry.includes(.stopWord) && entry.phraseType == nil && !token.isAllCaps && !token.isCompoundPart
            && token.end - token.start > 1 && !vocabulary.directionHashes.contains(token.hash)
            && !vocabulary.companyFormHashes.contains(token.hash) && !vocabulary.roadHashes.contains(token.hash)
    }

    /// After "St." or "Rue" at `position`, the end of the place's name: up to three capitalised words
    /// that are no title, stop word or organisation word; nil when none follows.
    private func placeNameEnd(after position: Int, _ chunk: Range<Int>) -> Int? {
        var end = position + 1
        while end < chunk.upperBound, end - position <= 3, tokens[end].isCapitalized,
              word(tokens[end]).isDisjoint(with: [.title, .stopWord, .organisationWord]) { end += 1 }
        return end > position + 1 ? end : nil
    }

    /// Whether the words before `index` and at it are set apart by " & " alone.
    private func isAmpersandGap(before index: Int) -> Bool {
        guard index > 0 else { return false }
        let from = tokens[index - 1].end
        return tokens[index].start - from == 3 && bytes[from] == 0x20 && bytes[from + 1] == 0x26 && bytes[from + 2] == 0x20
    }

    /// "Pratt & Whitney", "Procter & Gamble": a short chunk with an ampersand inside names one company,
    /// unless both sides are known places ("Trinidad & Tobago") or a title speaks for a person.
    private func ampersandNameEnd(_ chunk: Range<Int>) -> Int? {
        guard chunk.count >= 2, chunk.count <= Self.longestPersonName else { return nil }
        var ampersand = chunk.lowerBound + 1
        while ampersand < chunk.upperBound, !isAmpersandGap(before: ampersand) { ampersand += 1 }
        guard ampersand < chunk.upperBound else { return nil }
        if chunk.contains(where: { word(tokens[$0]).includes(.title) }) { return nil }
        if longestPhrase(from: chunk.lowerBound, before: ampersand)?.type == .place,
           longestPhrase(from: ampersand, before: chunk.upperBound)?.type == .place { return nil }
        return chunk.upperBound
    }

    /// The longest known place, organisation or nationality starting at `start`.
    private func longestPhrase(from start: Int, before end: Int) -> (end: Int, type: EntityType?)? {
        let first = tokens[start]
        // "LA PAZ", "EL PASO": a short word in capitals before longer ones may start a shouted phrase;
        // read as written when it does not ("UN AGENCY").
        if first.isAllCaps, first.end - first.start == 2, start + 1 < end, tokens[start + 1].joinsPrevious,
           tokens[start + 1].isAllCaps, tokens[start + 1].end - tokens[start + 1].start >= 3,
           let shouted = longestPhrase(from: start, before: end, folded: true), shouted.end > start + 1 {
            return shouted
        }
        return longestPhrase(from: start, before: end, folded: first.isAllCaps && first.end - first.start >= 3)
    }

    @inline(__always)
    private func longestPhrase(from start: Int, before end: Int, folded: Bool) -> (end: Int, type: EntityType?)? {
        var hash = WordHash.offsetBasis
        var best: (end: Int, type: EntityType?)?
        var index = start
        while index < end, index - start < lexicon.longestPhrase {
            if index > start, !tokens[index].joinsPrevious { break }
            hash = WordHash.phrase(hash, appending: folded ? tokens[index].lowerHash : tokens[index].hash)
            // Stored entries are never empty: an empty one means the phrase is unknown.
            let entry: LexiconEntry
            if folded {
                entry = lexicon.foldedEntry(hash)
            } else if index == start, let noted = tokens[start].wordEntry {
                // The first word alone is the word's own entry, which `EntityLexicon.noteWords` looked up
                // already (a probe of a large table saved per capitalised word). Exact: read as written,
                // the word is not in capitals of three letters or more, so `ShoutedWords` added nothing.
                entry = noted
            } else {
                entry = lexicon.entry(hash)
            }
            if entry.isEmpty { break }
            if let type = entry.phraseType, tokens[index].isCapitalized { best = (index + 1, type) }
            if !entry.includes(.phrasePrefix) { break }
            index += 1
        }
        return best
    }

    /// The end and type of an organisation whose cue word ("Ministry", "Observatory", "Front")
    /// lies in the chunk after `start`, extended through "of"/"for" phrases ("Observatory for
    /// Human Rights"); a place when a place word heads it after the cue ("Kelowna International Airport").
    ///
    /// One word is never an organisation here: a lone cue word is generic (see the end). Tested
    /// where `segment` asks, before the call: most capitalised words are alone in their chunk, and the
    /// call (saving and restoring the registers of the search's loop) cost more than the answer.
    @inline(__always)
    private func organisationEnd(from start: Int, before end: Int, afterTitle: Bool) -> (Int, EntityType)? {
        guard end - start >= 2 else { return nil }
        return organisationEndOfSeveralWords(from: start, before: end, afterTitle: afterTitle)
    }

    /// `organisationEnd` where at least two words follow `start`.
    private func organisationEndOfSeveralWords(from start: Int, before end: Int, afterTitle: Bool) -> (Int, EntityType)? {
        var cue: Int?
        var placeHead: Int?
        var ofPhraseSinceCue = false
        var ofPhraseEnd = 0
        var index = start
        let end = min(end, start + Self.organisationReach)
        while index < end {
            let token = tokens[index]
            if token.isCapitalized {
                let entry = word(token)
                if index > start, !ofPhraseSinceCue, isHeadlineWord(token, entry) { break }
                // (A shouted name starts in capitals: tested here, most names are spared the call.)
                if index > start, tokens[start].isAllCaps, endsShoutedName(at: index, from: start) { break }
                if ofPhraseSinceCue {
                    // "Department of State Counselor Derek Chollet": a title before a given name ends the name.
                    if startsTitledPerson(index, before: end) { break }
                    // "Organization of the Petroleum Exporting Countries": inside the "of" phrase of a
                    // cue, later words (cue words too) belong to it.
                    ofPhraseEnd = index + 1
                } else if entry.includes(.organisationWord), !(isWeak(token) && index == start && end - start == 1) {
                    cue = index
                    placeHead = nil
                } else if cue != nil, entry.includes(.placeWord) {
                    placeHead = index
                }
                // A title after a cue ends the name ("Commission President ..."), unless another cue
                // follows it: "International Labour Organization".
                if entry.includes(.title), cue != nil, !entry.includes(.organisationWord),
                   !(index + 1 < end && tokens[index + 1].isCapitalized && word(tokens[index + 1]).includes(.organisationWord)) { break }
            } else if vocabulary.institutionalConnectorHashes.contains(token.hash) {
                // "the Orthodox Church and the European Commission": "and the" starts a second name.
                if token.hash == vocabulary.andHash, index + 1 < end, tokens[index + 1].hash == vocabulary.theHash { break }
                if cue == nil {
                    guard connectorJoinsName(token, after: start..<index, afterTitle: afterTitle) else { break }
                } else if token.hash == vocabulary.andHash {
                    // "Philippine Airlines and Cebu Pacific": two names, unless inside an "of" phrase
                    // or between common words ("Independent Electoral and Boundaries Commission").
                    if !ofPhraseSinceCue {
                        guard joinsCommonWords(at: index, from: start, before: end) else { break }
                        cue = nil
                    }
                } else {
                    ofPhraseSinceCue = true
                }
            } else if isPossessiveS(index), cue == nil || ofPhraseSinceCue, index + 1 < end, tokens[index + 1].isCapitalized,
                      isCommonNounOnly(tokens[index - 1]) {
                // "Swiss People's Party", "Women's Hospital", "Office of the People's Prosecutor": a common
                // plural's possessive inside the name.
            } else if token.hash != vocabulary.theHash {
                break
            }
            index += 1
        }
        guard let cue else { return nil }
        if let placeHead { return (placeHead + 1, .place) }
        var organisationEnd = cue + 1
        if cue == start, ofPhraseEnd == 0 {
            // "Team Horizon", "Radio Free Europe": the cue heads the name; "Senate Democrats" are two.
            // A direction word that is a stop word alone ("Central") still qualifies the head ("Banco Central").
            while organisationEnd < end, organisationEnd - start < Self.organisationReach, tokens[organisationEnd].isCapitalized,
                  word(tokens[organisationEnd]).isDisjoint(with: [.title, .stopWord, .nationality, .nonEntityAcronym])
                    || vocabulary.directionHashes.contains(tokens[organisationEnd].hash),
                  !isHeadlineWord(tokens[organisationEnd], word(tokens[organisationEnd])) { organisationEnd += 1 }
        }
        // "of"/"for" + capitalised words after the cue belong to it; "and" only inside such a
        // phrase ("Department of Health and Human Services").
        var tookPhrase = false
        // Romance connectors continue a body's name ("Instituto Nacional de ...", "Banco Central de la
        // República"), not a race's ("Tour de France").
        let foreignCue = !vocabulary.raceHashes.contains(tokens[cue].hash)
        while organisationEnd + 1 < end, vocabulary.institutionalConnectorHashes.contains(tokens[organisationEnd].hash)
                || foreignCue && vocabulary.foreignOrganisationConnectorHashes.contains(tokens[organisationEnd].hash) {
            if vocabulary.coordinatingConnectorHashes.contains(tokens[organisationEnd].hash), !tookPhrase { break }
            var next = organisationEnd + 1
            if vocabulary.articleHashes.contains(tokens[next].hash) {
                // "and the" starts a second name.
                if tokens[organisationEnd].hash == vocabulary.andHash { break }
                next += 1
            }
            let afterConnector = next
            // "for A$4.3 billion": a currency prefix ends the name.
            while next < end, next - start < 2 * Self.organisationReach, tokens[next].isCapitalized,
                  !startsTitledPerson(next, before: end), tokens[next].end >= bytes.count || bytes[tokens[next].end] != 0x24 { next += 1 }
            if next == afterConnector { break }
            organisationEnd = next
            tookPhrase = true
        }
        organisationEnd = max(organisationEnd, ofPhraseEnd)
        // A lone cue word is generic ("Police said", "the Committee decided"), not a name.
        if organisationEnd - start == 1 { return nil }
        return (organisationEnd, .org)
    }

    /// Whether the "and" at `index` stands between capitalised common words and goes on to a cue word
    /// ("Independent Electoral and Boundaries Commission", not "Hyundai Motor and Kia Corp").
    private func joinsCommonWords(at index: Int, from start: Int, before end: Int) -> Bool {
        guard (start..<index).allSatisfy({ lexicon.commonWords.contains(tokens[$0].lowerHash) }) else { return false }
        var next = index + 1
        while next < end, tokens[next].isCapitalized, lexicon.commonWords.contains(tokens[next].lowerHash) {
            if word(tokens[next]).includes(.organisationWord) { return next > index + 1 || next + 1 < end }
            next += 1
        }
        return false
    }

    /// Whether "of"/"for"/"and" before any cue word still joins one name: not after a person
    /// ("Judge Nomsa Khumalo of the Gauteng High Court", "Ana Ruiz of the University of Lima") nor
    /// after a name of its own ("Broadcom and Marvell Technology"); yes after common words
    /// ("Food and Drug Administration", "Friends of the Earth").
    private func connectorJoinsName(_ connector: EntityToken, after left: Range<Int>, afterTitle: Bool) -> Bool {
        guard !left.isEmpty, !afterTitle else { return false }
        // "U.S. National Snow and Ice Data Center": the country before the name is no part of the test.
        // "Bangladesh Garment Manufacturers and Exporters Association": nor is a one-word place before it.
        var left = left
        if left.count > 1, OrganisationPrefix.isUnitedStates(tokens[left.lowerBound], vocabulary)
            || lexicon.word(tokens[left.lowerBound]).phraseType == .place {
            left = (left.lowerBound + 1)..<left.upperBound
        }
        let first = tokens[left.lowerBound]
        let firstEntry = word(first)
        if firstEntry.includes(.givenName) || firstEntry.includes(.nationality) && left.count == 1 { return false }
        let allCommon = left.allSatisfy { !tokens[$0].isCapitalized || lexicon.commonWords.contains(tokens[$0].lowerHash) }
        if connector.hash == vocabulary.andHash { return allCommon && !isWeak(first) }
        // "Shares of Broadcom": a sentence-initial common word is no part of the name.
        if left.count == 1, isWeak(first), allCommon { return false }
        return allCommon || left.count == 1
    }

    /// In a title-case headline, a capitalised common English word that the lexicon knows nothing
    /// else about ("Wildfire Jumps Okanagan Lake") is no name.
    /// The flag is tested inlined, before the call: most words are in no headline.
    @inline(__always)
    private func isHeadlineWord(_ token: EntityToken, _ entry: LexiconEntry) -> Bool {
        token.inHeadline && isCommonWordOfHeadline(token, entry)
    }

    /// `isHeadlineWord` for a word in a headline.
    private func isCommonWordOfHeadline(_ token: EntityToken, _ entry: LexiconEntry) -> Bool {
        !token.isAllCaps && !isInitial(token) && lexicon.commonWords.contains(token.lowerHash)
            && entry.isDisjoint(with: [.organisationWord, .placeWord, .givenName, .place, .organisation, .nationality, .phrasePrefix, .title])
    }

    /// After a storm word, the end of the storm's name ("Typhoon Haiyan", "Tropical Storm Alberto").
    private func stormNameEnd(from start: Int, _ chunk: Range<Int>) -> Int? {
        var index = start
        while index < chunk.upperBound, index - start < 3, vocabulary.stormHashes.contains(tokens[index].hash) { index += 1 }
        guard index > start, index < chunk.upperBound, tokens[index].isCapitalized, !tokens[index].isAllCaps,
              word(tokens[index]).isDisjoint(with: [.placeWord, .organisationWord, .stopWord, .title]),
              !isHeadlineWord(tokens[index], word(tokens[index])),
              longestPhrase(from: index, before: chunk.upperBound) == nil else { return nil }
        return index + 1
    }

    /// After a nationality or place, the end of an event's name: one or two capitalised words ending in
    /// an event head ("Open", "Grand Prix"), with an "of" phrase after it ("Cup of Nations"); or nil.
    private func eventNameEnd(after start: Int, _ chunk: Range<Int>) -> Int? {
        var index = start
        while index < chunk.upperBound, index - start < 2, tokens[index].isCapitalized {
            if vocabulary.eventHeadHashes.contains(tokens[index].hash) {
                var end = index + 1
                if end + 1 < chunk.upperBound, tokens[end].hash == vocabulary.ofHash, tokens[end + 1].isCapitalized {
                    end += 1
                    while end < chunk.upperBound, tokens[end].isCapitalized { end += 1 }
                }
                return end
            }
            index += 1
        }
        return nil
    }

    /// After a city, the end of a team's nickname: one or two capitalised words closing the chunk, the
    /// last a plural ("Bruins", "Maple Leafs") the lexicon knows as no name, place or body; or nil.
    /// After a city that is also a given name, only common English words: "Denver Nuggets" is a team,
    /// "Carolina Fuentes" a woman.
    private func teamNameEnd(after start: Int, _ chunk: Range<Int>, afterGivenName: Bool) -> Int? {
        let end = chunk.upperBound
        guard start < end, end - start <= 2 else { return nil }
        let excluded: LexiconEntry = [.place, .organisation, .nationality, .givenName, .organisationWord, .placeWord]
        for index in start..<end {
            let token = tokens[index]
            guard token.isCapitalized, !token.isAllCaps, token.joinsPrevious, word(token).isDisjoint(with: excluded),
                  !vocabulary.notTeamHashes.contains(token.hash), !token.isCompoundPart,
                  !afterGivenName || lexicon.commonWords.contains(token.lowerHash) else { return nil }
            // "Pangilinan-Reyes": a hyphenated word is a surname, not a nickname.
            for byte in token.start..<token.end where bytes[byte] == 0x2D { return nil }
        }
        let last = tokens[end - 1]
        // "beat the Oklahoma City Thunder 118-112": a singular common word is a nickname before a score.
        if end - start == 1, end < tokens.count, tokens[end].joinsPrevious, tokens[end].startsWithDigit,
           TeamNameLinker.isScore(bytes, tokens[end]), lexicon.commonWords.contains(last.lowerHash) { return end }
        guard last.end - last.start >= 4, bytes[last.end - 1] == 0x73, bytes[last.end - 2] != 0x73,
              bytes[last.end - 2] != 0x27 else { return nil }
        return end
    }

    /// After nationality words, the end of "Church" ("Serbian Orthodox Church"), or nil.
    private func churchEnd(after start: Int, _ chunk: Range<Int>) -> Int? {
        var index = start
        while index < chunk.upperBound, index - start < 3 {
            if tokens[index].hash == vocabulary.churchHash { return index + 1 }
            guard let next = longestPhrase(from: index, before: chunk.upperBound), next.type == .norp else { return nil }
            index = next.end
        }
        return nil
    }

    /// "King Fahd Stadium": after a title, two to four capitalised names ending in a place word.
    private func titledPlaceEnd(from start: Int, _ chunk: Range<Int>) -> Int? {
        var index = start + 1
        while index < chunk.upperBound, index - start <= 5, tokens[index].isCapitalized {
            let entry = word(tokens[index])
            if entry.includes(.placeWord) { return index - start >= 2 ? index + 1 : nil }
            if !entry.isDisjoint(with: [.title, .stopWord, .organisationWord]) { return nil }
            index += 1
        }
        return nil
    }

    /// A common English word that is no known place, body or nationality: "People" in "People's
    /// Party", not "Turkey" in "Turkey's Disaster ... Authority".
    private func isCommonNounOnly(_ token: EntityToken) -> Bool {
        lexicon.commonWords.contains(token.lowerHash) && lexicon.word(token).phraseType == nil
    }

    /// In a run that starts with capitalised common words, the given name after them that starts a
    /// full name ("Public Expenditure | Donnacha Keogh"), or nil.
    private func personAfterCommonWords(_ run: Range<Int>) -> Int? {
        guard run.count >= 3, !word(tokens[run.lowerBound]).includes(.givenName) else { return nil }
        var index = run.lowerBound
        while index < run.upperBound - 2, tokens[index].isCapitalized, !tokens[index].isAllCaps,
              lexicon.commonWords.contains(tokens[index].lowerHash), !word(tokens[index]).includes(.givenName) { index += 1 }
        guard index > run.lowerBound, word(tokens[index]).includes(.givenName), !lexicon.commonWords.contains(tokens[index].lowerHash),
              tokens[index + 1].isCapitalized else { return nil }
        return index
    }

    /// Whether token `index` is a capitalised word right after "St. ", "Mt. " ("St. Gallen").
    private func followsPlaceAbbreviation(_ index: Int) -> Bool {
        guard index > 0, tokens[index].isCapitalized else { return false }
        let abbreviation = tokens[index - 1]
        return vocabulary.placeAbbreviationHashes.contains(abbreviation.hash) && abbreviation.end + 2 == tokens[index].start
            && bytes[abbreviation.end] == 0x2E && bytes[abbreviation.end + 1] == 0x20
    }

    /// Whether token `index` is directly followed by an apostrophe, straight or curly ("Mercedes'").
    private func endsWithApostrophe(_ index: Int) -> Bool {
        let end = tokens[index].end
        guard end < bytes.count else { return false }
        return bytes[end] == 0x27 || end + 2 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99
    }

    /// Whether token `index` is the "s" of a possessive glued to the word before ("People's").
    private func isPossessiveS(_ index: Int) -> Bool {
        guard index > 0, tokens[index].hash == vocabulary.possessiveHash else { return false }
        let apostrophe = tokens[index - 1].end
        let gap = tokens[index].start - apostrophe
        return gap == 1 && bytes[apostrophe] == 0x27 || gap == 3 && bytes[apostrophe] == 0xE2
    }

    /// Past a run of titles: "Foreign Minister", "Secretary of State".
    private func titleEnd(from start: Int, _ chunk: Range<Int>) -> Int {
        var index = start
        while index < chunk.upperBound {
            if word(tokens[index]).includes(.title) { index += 1; continue }
            if vocabulary.institutionalConnectorHashes.contains(tokens[index].hash), index + 1 < chunk.upperBound,
               word(tokens[index + 1]).includes(.title) {
                index += 2
                continue
            }
            break
        }
        return index
    }

    /// The end of a run of name words: capitalised words and particles, stopping at titles, stop
    /// words and, unless a person is already signalled, known places and organisations.
    private func nameRunEnd(from start: Int, _ chunk: Range<Int>, personEvidence: Bool) -> Int {
        var index = start + 1
        while index < chunk.upperBound, index - start < Self.longestPersonName {
            let token = tokens[index]
            if !token.isCapitalized {
                guard !vocabulary.institutionalConnectorHashes.contains(token.hash), index + 1 < chunk.upperBound else { break }
                index += 1
                continue
            }
            let entry = word(token)
            if entry.includes(.title) || entry.includes(.stopWord) && !isInitial(token) || entry.includes(.organisationWord)
                || isHeadlineWord(token, entry) && !isInitial(tokens[index - 1]) || vocabulary.tenureHashes.contains(token.hash) { break }
            if tokens[start].isAllCaps, endsShoutedName(at: index, from: start) { break }
            // "Tuas Mega-Port Opens": without a given name or title, a headline's hyphenated compound that
            // ends in a common word ends the name.
            if !personEvidence, token.inHeadline, !token.isAllCaps, endsInCommonWordAfterHyphen(token) { break }
            let givenNameFirst = index == start + 1 && word(tokens[start]).includes(.givenName)
            if !personEvidence, longestPhrase(from: index, before: chunk.upperBound) != nil { break }
            if entry.includes(.nationality), !givenNameFirst { break }
            index += 1
        }
        return index
    }

    /// "Environment Canada", "Garuda Indonesia", "HSBC Saudi Arabia": one word that is no person, place
    /// or nationality, then a place that ends the chunk, names a body and the country it serves (two
    /// places or a person and a place would be set apart by a comma or "of").
    private func namesNationalBranch(_ chunk: Range<Int>, _ phrase: (end: Int, type: EntityType?)?) -> Bool {
        let first = chunk.lowerBound
        guard chunk.count >= 2, phrase == nil || phrase?.type == .org && phrase?.end == first + 1 else { return false }
        let entry = word(tokens[first])
        guard entry.isDisjoint(with: [.givenName, .title, .stopWord, .nationality, .placeWord, .place]),
              !isHeadlineWord(tokens[first], entry), !vocabulary.tenureHashes.contains(tokens[first].hash),
              !vocabulary.placePrefixHashes.contains(tokens[first].hash), !vocabulary.stormHashes.contains(tokens[first].hash),
              let place = longestPhrase(from: first + 1, before: chunk.upperBound), place.type == .place,
              place.end == chunk.upperBound else { return false }
        // "Canada" after it may not be the first word of a longer name ("Canada Labour Code").
        return chunk.upperBound >= tokens.count || !tokens[chunk.upperBound].joinsPrevious || !tokens[chunk.upperBound].isCapitalized
    }

    /// "By AYŞE KARACA Associated Press": a name in capitals that starts with a given name ends where
    /// the capitals do; the words in title case after it are the byline's outlet.
    private func endsShoutedName(at index: Int, from start: Int) -> Bool {
        guard index - start >= 2, !tokens[index].isAllCaps, tokens[start].isAllCaps, tokens[index].isCapitalized else { return false }
        if lexicon.foldedEntry(WordHash.phrase(tokens[start].lowerHash)).includes(.givenName) {
            return tokens[(start + 1)..<index].allSatisfy { $0.isAllCaps && $0.end - $0.start >= 2 }
        }
        // "THANOS KARRAS Associated Press": words of three letters or more that the lexicon does not
        // know in any case (no place, body or acronym) read as a shouted name too.
        return tokens[start..<index].allSatisfy {
            $0.isAllCaps && $0.end - $0.start >= 3 && lexicon.foldedEntry(WordHash.phrase($0.lowerHash)).isEmpty
                && lexicon.word($0).isEmpty && !lexicon.commonWords.contains($0.lowerHash)
        }
    }

    /// A capitalised place word right after the run ("Tahrir Square"), or a lower-case one
    /// ("al-Hawoz street"), makes the run a place ending there.
    private func placeWordEnd(_ run: Range<Int>, _ chunk: Range<Int>) -> Int? {
        let next = run.upperBound
        guard next < tokens.count, tokens[next].joinsPrevious else { return nil }
        return word(tokens[next]).includes(.placeWord) ? next + 1 : nil
    }

    /// "Salmon Arm Regional Airport", "Naga City": capitalised words after a known place that end in
    /// a place word make one place with it.
    private func placeHeadEnd(after start: Int, _ chunk: Range<Int>) -> Int? {
        var index = start
        while index < chunk.upperBound, index - start < 3, tokens[index].isCapitalized {
            let entry = word(tokens[index])
            if entry.includes(.placeWord) { return index + 1 }
            if !entry.isDisjoint(with: [.title, .stopWord, .organisationWord]) { return nil }
            index += 1
        }
        return nil
    }

    /// Extends a known place by a following place word ("Aleppo Governorate", "Hamra street").
    private func extendPlace(_ end: Int, _ chunk: Range<Int>) -> Int {
        guard end < tokens.count, tokens[end].joinsPrevious, word(tokens[end]).includes(.placeWord),
              !tokens[end].isCapitalized || end < chunk.upperBound else { return end }
        let word = word(tokens[end])
        // Only street-like words extend a known place; "Aleppo City" stays "Aleppo" + nothing.
        return word.includes(.placeWord) && !tokens[end].isCapitalized ? end + 1 : end
    }

    /// The end of one to three unknown capitalised words after `start` ("Mount Semeru", "Los Zetas"),
    /// or nil when the next word is known or no name.
    private func unknownWordsEnd(after start: Int, _ chunk: Range<Int>) -> Int? {
        var index = start + 1
        while index < chunk.upperBound, index - start <= 3, tokens[index].isCapitalized, !tokens[index].isAllCaps {
            let entry = word(tokens[index])
            guard entry.isDisjoint(with: [.title, .stopWord, .organisationWord, .placeWord, .nationality, .organisation]),
                  !isHeadlineWord(tokens[index], entry) else { break }
            index += 1
        }
        return index > start + 1 ? index : nil
    }

    /// Whether a lower-case company descriptor ("drugmaker", "biotech") stands right before `index`.
    private func followsCompanyDescriptor(_ index: Int) -> Bool {
        guard index > 0, tokens[index].joinsPrevious else { return false }
        let previous = tokens[index - 1]
        return vocabulary.companyDescriptorHashes.contains(previous.lowerHash)
            && (!previous.isCapitalized || lexicon.commonWords.contains(previous.lowerHash) || previous.inHeadline)
    }

    /// "the Nairobi-Nakuru highway", "their Asia-Europe service": an unknown hyphenated word whose two
    /// parts are known places, between a lower-case word and a lower-case noun, is two places (a double
    /// surname such as "Medina-Rojas" follows a given name or ends a clause).
    private func appendPlacePair(_ token: EntityToken, position: Int, to found: inout [EntityMention]) -> Bool {
        guard position > 0, tokens[position].joinsPrevious, !tokens[position - 1].isCapitalized, !tokens[position - 1].startsWithDigit,
              position + 1 < tokens.count, tokens[position + 1].joinsPrevious, !tokens[position + 1].isCapitalized else { return false }
        var hyphen = token.start + 1
        while hyphen < token.end, bytes[hyphen] != 0x2D { hyphen += 1 }
        guard hyphen + 1 < token.end else { return false }
        let first = WordHash.phrase(WordHash.exact(bytes, token.start..<hyphen))
        let second = WordHash.phrase(WordHash.exact(bytes, (hyphen + 1)..<token.end))
        guard lexicon.entry(first).phraseType == .place, lexicon.entry(second).phraseType == .place else { return false }
        append(position..<(position + 1), .place, rule: .hyphenatedPlacePair, to: &found, byteStart: token.start, byteEnd: hyphen)
        append(position..<(position + 1), .place, rule: .hyphenatedPlacePair, to: &found, byteStart: hyphen + 1, byteEnd: token.end)
        return true
    }

    private func startsPersonName(after index: Int, _ chunk: Range<Int>) -> Bool {
        let next = index + 1
        guard next < chunk.upperBound, tokens[next].isCapitalized else { return false }
        let entry = word(tokens[next])
        // "Adrian Moldovan": a single nationality-like word after a given name is a surname.
        let nextPhrase = longestPhrase(from: next, before: chunk.upperBound)
        // "Sofía Herrera of Argentina": a one-word place right after a given name is a surname, as two
        // places seldom stand side by side without a comma.
        return entry.isDisjoint(with: [.title, .stopWord, .organisationWord, .placeWord])
            && (nextPhrase == nil || (nextPhrase?.type != .org && nextPhrase?.end == next + 1))
    }

    /// The byte end of an AP-style state abbreviation with its full stop ("Fla.", "S.C.") right after a
    /// capitalised word and a comma, or nil: a city's state, a place. Without the city before it, "Miss.",
    /// "Pa." or "Ind." may be other words.
    private func stateAfterCityEnd(_ index: Int) -> Int? {
        // A comma right after the word before: most words fail this first, cheapest test.
        guard index > 0, tokens[index - 1].end < bytes.count, bytes[tokens[index - 1].end] == 0x2C else { return nil }
        let token = tokens[index]
        guard token.end - token.start <= 5, token.isCapitalized, tokens[index - 1].isCapitalized else { return nil }
        let gap = bytes[tokens[index - 1].end..<token.start]
        guard gap.first == 0x2C, gap.dropFirst().allSatisfy({ $0 == 0x20 }), gap.count >= 2 else { return nil }
        if bytes[token.end - 1] == 0x2E {
            // "S.C.": the tokenizer keeps the last full stop of dotted capitals.
            guard PartyStateTag.stateAbbreviationHashes.contains(WordHash.exact(bytes, token.start..<(token.end - 1))) else { return nil }
            return token.end
        }
        guard token.end < bytes.count, bytes[token.end] == 0x2E, PartyStateTag.stateAbbreviationHashes.contains(token.hash) else { return nil }
        return token.end + 1
    }

    /// The end of one to three capitalised words from `start` closed by a company form ("Timber UAB"), or nil.
    private func companyFormEnd(after start: Int, _ chunk: Range<Int>) -> Int? {
        var index = start
        while index < chunk.upperBound, index - start <= 3, tokens[index].isCapitalized {
            if vocabulary.companyFormHashes.contains(tokens[index].hash) { return index > start ? index + 1 : nil }
            index += 1
        }
        return nil
    }

    /// Nationalities joined by hyphens ("Russian-American", "Turkish-Cypriot") name a group of people:
    /// every part a known nationality.
    private func isNationalityCompound(_ token: EntityToken) -> Bool {
        var partStart = token.start
        var parts = 0
        for index in token.start...token.end where index == token.end || bytes[index] == 0x2D {
            guard index > partStart,
                  lexicon.entry(WordHash.phrase(WordHash.exact(bytes, partStart..<index))).phraseType == .norp else { return false }
            parts += 1
            partStart = index + 1
        }
        return parts >= 2
    }

    /// "GeoNet", "TikTok": a capital after lower-case letters inside one word, which is a brand or a
    /// body's name, unless a surname prefix explains it ("McKenzie", "MacLeod", "DeSantis", "LaGuardia").
    private func isCamelCaseBrand(_ token: EntityToken) -> Bool {
        guard token.isCapitalized, !token.isAllCaps, token.end - token.start >= 4 else { return false }
        var index = token.start + 1
        while index < token.end, bytes[index] >= 0x61, bytes[index] <= 0x7A { index += 1 }
        guard index > token.start + 1, index < token.end, bytes[index] >= 0x41, bytes[index] <= 0x5A else { return false }
        let prefix = Array(bytes[token.start..<index])
        return !vocabulary.surnamePrefixes.contains(prefix)
    }

    /// Whether a hyphen stands inside the word.
    private func containsHyphen(_ token: EntityToken) -> Bool {
        for index in token.start..<token.end where bytes[index] == 0x2D { return true }
        return false
    }

    private func hasSaintPrefix(_ token: EntityToken) -> Bool {
        vocabulary.saintPrefixes.contains { prefix in
            token.end - token.start > prefix.count
                && prefix.indices.allSatisfy { bytes[token.start + $0] == prefix[$0] }
        }
    }

    /// What the lexicon knows about one word, also when it is written in capitals ("PRESS").
    @inline(__always)
    private func word(_ token: EntityToken) -> LexiconEntry {
        // Capitalised words carry it, looked up once (`EntityLexicon.noteWords`).
        token.wordEntry ?? lexicon.spottedWord(token)
    }

    /// An initial with its full stop ("H." in "Jerome H. Powell"), even one that spells a stop word ("I.").
    private func isInitial(_ token: EntityToken) -> Bool {
        token.end - token.start == 1 && token.end < bytes.count && bytes[token.end] == 0x2E && token.isCapitalized
    }

    /// Letters and digits that are no name: an amount with a currency prefix ("R86", "Rs500") or a
    /// ticker with its exchange suffix ("KSTL.O", "7203.T").
    private func isCodeOrAmount(_ token: EntityToken) -> Bool {
        if token.end + 1 < bytes.count, bytes[token.end] == 0x2E, token.isAllCaps {
            // A ticker: capitals, a full stop and one or two capitals glued on.
            var index = token.end + 1
            while index < bytes.count, index - token.end <= 3, bytes[index] >= 0x41, bytes[index] <= 0x5A { index += 1 }
            let suffix = index - token.end - 1
            if suffix >= 1, suffix <= 2, index == bytes.count || !ByteClass.classify(bytes, index).0.isWordCharacter { return true }
        }
        var letters = token.start
        // Currency prefixes have at most three letters: a longer run is a word, not a prefix.
        while letters < token.end, letters - token.start < 4, bytes[letters] >= 0x41, bytes[letters] <= 0x7A { letters += 1 }
        guard letters > token.start, letters < token.end, bytes[letters] >= 0x30, bytes[letters] <= 0x39 else { return false }
        return vocabulary.currencyPrefixHashes.contains(WordHash.exact(bytes, token.start..<letters))
    }

    /// Whether `isCodeOrAmount` may hold, tested inlined before the call: a ticker is in capitals, and
    /// an amount has a digit right after its currency prefix, which is short. Most words fail both.
    @inline(__always)
    private func mayBeCodeOrAmount(_ token: EntityToken) -> Bool {
        if token.isAllCaps { return true }
        var index = token.start + 1
        while index < token.end, index - token.start <= vocabulary.longestCurrencyPrefix {
            if bytes[index] &- 0x30 < 10 { return true }
            index += 1
        }
        return false
    }

    /// "Counselor Derek Chollet": a title before a given name, where an organisation's name ends.
    private func startsTitledPerson(_ index: Int, before end: Int) -> Bool {
        let entry = word(tokens[index])
        return entry.includes(.title) && !entry.includes(.organisationWord) && index + 1 < end
            && word(tokens[index + 1]).includes(.givenName)
    }

    /// "Italy's Jannik Sinner": a place's possessive right before `index` introduces a person whose first
    /// word is no English word ("Ukraine's Coordination Headquarters" is a body).
    private func followsPlacePossessive(_ index: Int) -> Bool {
        guard !lexicon.commonWords.contains(tokens[index].lowerHash) else { return false }
        let start = tokens[index].start
        guard index > 0, start >= 4, bytes[start - 1] == 0x20, bytes[start - 2] == 0x73 else { return false }
        // The apostrophe, straight or curly, ends the place's word.
        let apostrophe = bytes[start - 3] == 0x27 ? start - 3 : (start >= 6 && bytes[start - 3] == 0x99 && bytes[start - 5] == 0xE2 ? start - 5 : -1)
        guard apostrophe > 0 else { return false }
        // The tokenizer may keep the "s" as a word of its own.
        for previous in tokens[max(0, index - 2)..<index] where previous.end == apostrophe {
            return lexicon.word(previous).includes(.place)
        }
        return false
    }

    /// "Jan 25", "Nov. 12": an abbreviated month before a day number.
    @inline(__always)
    private func isDateMonth(_ index: Int) -> Bool {
        guard vocabulary.monthAbbreviationHashes.contains(tokens[index].hash), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.startsWithDigit && next.start - tokens[index].end <= 2
    }

    /// A currency written in mixed case right before its amount ("Ksh 2,500", "Rs. 450"): money, no body.
    private func isCurrencyAbbreviation(_ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.startsWithDigit, next.start - tokens[index].end <= 2, CurrencyCode.abbreviationHashes.contains(tokens[index].hash) else {
            return false
        }
        let gap = bytes[tokens[index].end..<next.start]
        return gap.allSatisfy { $0 == 0x20 || $0 == 0x2E }
    }

    /// Capitals glued to a model number or an amount: an aircraft or product type ("DHC-6", "ATR 72")
    /// or a dollar prefix ("HK$0.62", "US$5"). Neither is a named body.
    private func isModelOrCurrencyCode(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isAllCaps, token.end < bytes.count else { return false }
        // "US$": the dollar's country is still named ("HK$" is not: "HK" is no known place).
        if bytes[token.end] == 0x24 { return !OrganisationPrefix.isUnitedStates(token, vocabulary) }
        guard !word(token).includes(.organisation), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.startsWithDigit else { return false }
        // "DHC-6" glued by a hyphen, or "ATR 72" one space apart.
        return next.start == token.end + 1 && (bytes[token.end] == 0x2D || bytes[token.end] == 0x20)
    }

    /// The type of capitalised words that no cue, title or gazetteer explains. A person unless the words
    /// say otherwise: without a given name first, a place word inside makes a place ("Yangtze River
    /// Delta") and a common English word at the end a body ("Severnside Water", "Himal Sky").
    private func unnamedRunType(_ run: Range<Int>, afterTitle: Bool) -> (EntityType, EntityRule) {
        let first = tokens[run.lowerBound]
        let context = nameContext
        // "Brasserie Nationale S.A.", "Baltic Timber SIA": a company form closing the name makes a company,
        // a given name before it or not ("Morgan Stanley Ltd").
        if run.count >= 2, vocabulary.companyFormHashes.contains(tokens[run.upperBound - 1].hash) { return (.org, .runEndsInCompanyForm) }
        // "SIA Vidzemes Koks", "PT Bank Mandiri": one written before it.
        if run.count >= 2, first.isAllCaps, vocabulary.companyPrefixFormHashes.contains(first.hash),
           !tokens[run.lowerBound + 1].isAllCaps { return (.org, .companyFormBeforeRun) }
        // "the Shin Lo security agency": an organisation noun after the name outweighs a given name in it,
        // and so does "in" before it ("in Nea Kora"), unless the name owns what follows ("in John
        // Adler's film": places seldom take a possessive after a preposition, people often do).
        let ownsWhatFollows = word(first).includes(.givenName) && endsWithApostrophe(run.upperBound - 1)
        if !afterTitle, !first.isAllCaps, !ownsWhatFollows, let type = context.typeOutweighingGivenName(run) { return (type, .contextOutweighsGivenName) }
        // "GNS Science": an acronym before capitalised common words names a body (a shouted byline is
        // capitals throughout).
        if !afterTitle, first.isAllCaps, !lexicon.foldedEntry(WordHash.phrase(first.lowerHash)).includes(.givenName),
           tokens[(run.lowerBound + 1)..<run.upperBound].allSatisfy({ $0.isCapitalized && !$0.isAllCaps && lexicon.commonWords.contains($0.lowerHash) }) {
            return (.org, .acronymBeforeCommonWords)
        }
        guard !afterTitle, !first.isAllCaps, !word(first).includes(.givenName), !followsPlacePossessive(run.lowerBound) else {
            return (.person, afterTitle ? .titledRunPerson : first.isAllCaps ? .capitalsRunPerson
                : word(first).includes(.givenName) ? .givenNameRunPerson : .placePossessivePerson)
        }
        // No given name or title speaks for a person: the words around the run may name its type.
        if let type = context.type(of: run) { return (type, .runContext) }
        let inner = (run.lowerBound + 1)..<run.upperBound
        if inner.contains(where: { tokens[$0].isCapitalized && word(tokens[$0]).includes(.placeWord) }) { return (.place, .innerPlaceWord) }
        let last = tokens[run.upperBound - 1]
        if last.isCapitalized, !last.isAllCaps, lexicon.commonWords.contains(last.lowerHash),
           !word(last).includes(.givenName) { return (.org, .endsInCommonWord) }
        return (.person, .unknownRunPerson)
    }

    /// A capital that says nothing: sentence-initial, in a title-case headline, or glued on.
    func isWeak(_ token: EntityToken) -> Bool { token.isSentenceInitial || token.inHeadline }

    private func append(_ range: Range<Int>, _ type: EntityType?, rule: EntityRule, to found: inout [EntityMention],
                        byteStart: Int? = nil, byteEnd: Int? = nil) {
        append(range, type, rules: EntityRuleTrace(rule), to: &found, byteStart: byteStart, byteEnd: byteEnd)
    }

    /// Appends the mention `rules` made (in the order they fired).
    private func append(_ range: Range<Int>, _ type: EntityType?, rules: EntityRuleTrace, to found: inout [EntityMention],
                        byteStart: Int? = nil, byteEnd: Int? = nil) {
        guard !range.isEmpty else { return }
        var type = type
        var rules = rules
        var end = byteEnd ?? tokens[range.upperBound - 1].end
        if byteEnd == nil { end = extendedEnd(range, &type, &rules) }
        var mention = EntityMention(firstToken: range.lowerBound, endToken: range.upperBound,
                                    start: byteStart ?? tokens[range.lowerBound].start, end: end, type: type)
        mention.rules = rules
        found.append(mention)
    }

    /// Characters after a mention's last word that still belong to it: the full stop of "Corp.",
    /// the plus of "OPEC+", a company form "A/S", and the syllable of a hyphenated given name
    /// ("Kim Sung-ho", which the tokenizer cut like "Turkey-based"). May settle the type.
    private func extendedEnd(_ range: Range<Int>, _ type: inout EntityType?, _ rules: inout EntityRuleTrace) -> Int {
        let last = tokens[range.upperBound - 1]
        let end = last.end
        guard end < bytes.count else { return end }
        switch bytes[end] {
        case 0x2E where type != .place && type != .norp && vocabulary.corporateAbbreviationHashes.contains(last.hash) && range.count > 1:
            rules.record(.corporateAbbreviationStop)
            return end + 1
        case 0x2E where type == .person && vocabulary.nameSuffixAbbreviationHashes.contains(last.hash) && range.count > 1:
            // "Teodoro dela Cruz Jr.": the suffix's full stop belongs to the name.
            rules.record(.nameSuffixStop)
            return end + 1
        case 0x2B where type == .org || type == nil:
            // "OPEC+": a plus not followed by a word or a digit.
            if end + 1 == bytes.count || !ByteClass.classify(bytes, end + 1).0.isWordCharacter {
                rules.record(.plusSign)
                return end + 1
            }
        case 0x20 where (type == .org || type == nil || type == .person) && end + 4 <= bytes.count
            && bytes[end + 1] == 0x70 && bytes[end + 2] == 0x6C && bytes[end + 3] == 0x63:
            // "Severnside Water plc": the British company form in lower case.
            if end + 4 == bytes.count || !ByteClass.classify(bytes, end + 4).0.isWordCharacter {
                type = .org
                rules.record(.lowerCasePlc)
                return end + 4
            }
        case 0x20 where (type == .org || type == nil || type == .person) && end + 4 <= bytes.count:
            // "Halvorsen Pharma A/S", the Nordic company form.
            if bytes[end + 1] == 0x41, bytes[end + 2] == 0x2F, bytes[end + 3] == 0x53,
               end + 4 == bytes.count || !ByteClass.classify(bytes, end + 4).0.isWordCharacter {
                type = .org
                rules.record(.nordicCompanyForm)
                return end + 4
            }
        case 0x2D where type == .person && range.count > 1 && last.isCompoundPart && range.upperBound < tokens.count:
            // "Sung-ho": a short lower-case syllable that is no English word ("-based", "-led" are).
            let syllable = tokens[range.upperBound]
            let length = syllable.end - syllable.start
            if syllable.start == end + 1, !syllable.isCapitalized, length <= 4, !vocabulary.modifierSuffixHashes.contains(syllable.hash),
               length <= 3 || !lexicon.commonWords.contains(syllable.lowerHash) {
                rules.record(.hyphenatedGivenNameSyllable)
                return syllable.end
            }
        default: break
        }
        return end
    }
}

extension LexiconEntry {
    /// `contains` for the spotter's rules, which test an entry's bits hundreds of thousands of times a
    /// megabyte: `OptionSet.contains` is generic, and inside `segment` (too big for the inliner to
    /// take in more) each test stayed a call; this one is always a plain mask.
    @inline(__always)
    fileprivate func includes(_ member: LexiconEntry) -> Bool {
        rawValue & member.rawValue == member.rawValue
    }
}
