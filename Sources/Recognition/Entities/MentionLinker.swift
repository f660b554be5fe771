/// Document-level consistency: once "Bashar al-Assad" is a person, "Assad" is one too, linked to
/// the same canonical name; a word typed once keeps its type; the rest get a type from context.
struct MentionLinker {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [EntityToken]
    let lexicon: EntityLexicon
    /// Whether `link(_:dropped:)` keeps the mentions it drops, for `EntityRecognizer.explanation`.
    var explaining = false

    /// Lower-case words after which an unknown capitalised word is a place ("in Goma").
    static let placePrepositionHashes: WordHashTable = WordHashTable(
        ["in", "near", "outside", "across", "towards", "toward", "into", "around", "via", "from"].map(WordHash.exact))
    /// Lower-case nouns that, before "of", introduce a place ("the county of Bihor").
    static let placeNounHashes: WordHashTable = WordHashTable(
        ["county", "province", "city", "town", "village", "region", "district", "state", "capital", "governorate",
         "municipality", "suburb", "neighbourhood", "neighborhood", "island", "port", "republic", "kingdom",
         // "residents of Tacloban", "north of Manila", "the mayor of Kalibo"
         "residents", "inhabitants", "outskirts", "north", "south", "east", "west", "northeast", "northwest",
         "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "centre", "center", "heart", "mayor", "streets", "parts",
         "suburbs", "towns", "villages", "cities", "provinces", "districts", "regions", "counties"].map(WordHash.exact))
    /// Lower-case nouns after a name that make it a place without being part of it ("the Wuse district",
    /// "the Catatumbo region", "between the Dhaulagiri and Annapurna massifs").
    static let placeHeadNounHashes: WordHashTable = WordHashTable(
        ["district", "districts", "region", "regions", "province", "provinces", "county", "valley", "massif", "massifs",
         "mountains", "range", "basin", "delta", "plateau", "desert", "peninsula", "island", "islands", "archipelago",
         "municipality", "prefecture", "governorate", "neighbourhood", "neighborhood", "suburb", "village", "town",
         "river", "lake", "coast", "gorge", "oblast",
         // "the Yumeshima site", "the Tarvo steelworks", "the Kelso airport": sites are places.
         "site", "sites", "park", "steelworks", "airport", "airfield", "camp",
         // "the Escondida mine", "the Galkynysh field", "the Monchique hills": mines, fields and hills are places.
         "mine", "mines", "field", "oilfield", "gasfield", "hills", "highlands", "glacier", "volcano"].map(WordHash.exact))
    /// Lower-case words of travel before "to" ("flew to Suva"), after which a name is a destination.
    static let motionHashes: WordHashTable = WordHashTable(
        ["travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies", "flew", "flying",
         "fled", "flee", "fleeing", "returned", "returning", "moved", "relocated", "evacuated", "deployed", "headed",
         "heading", "trip", "journey", "drove", "sailed", "marched", "route", "flight", "flights"].map(WordHash.exact))
    /// Verbs of speech right after a name ("Houngbo said") or right before it ("said Houngbo").
    static let speechVerbHashes: WordHashTable = WordHashTable(
        ["said", "says", "told", "added", "explained", "insisted", "recalled", "wrote"].map(WordHash.exact))
    /// Speech verbs whose object is who heard it ("told Reuters"), not who spoke.
    static let verbsOfTheHearerHashes: WordHashTable = WordHashTable(["told"].map(WordHash.exact))
    /// Pronouns of a person, and of a body or a group, by which the text goes on to refer to a speaker.
    static let personPronounHashes: WordHashTable = WordHashTable(["he", "she", "his", "her", "him"].map(WordHash.exact))
    static let bodyPronounHashes: WordHashTable = WordHashTable(["it", "its", "they", "their", "them", "we", "our"].map(WordHash.exact))
    /// How many words after a speaking name the first pronoun is looked for.
    static let pronounReach = 25
    static let atHash = WordHash.exact("at")
    static let nationalHash = WordHash.exact("national")
    static let parkHash = WordHash.exact("park")
    static let inHash = WordHash.exact("in")
    static let ofHash = WordHash.exact("of")
    static let andHash = WordHash.exact("and")
    static let orHash = WordHash.exact("or")
    static let fromHash = WordHash.exact("from")
    static let toHash = WordHash.exact("to")

    /// Types the untyped mentions, links persons to their full names (`EntityMention.fullNameIndex`
    /// indexes `fullNames`), and drops what stays unnamed. A person of several words is named by
    /// its own `canonicalText`; only one-word mentions link to another mention's name.
    func link(_ mentions: [EntityMention]) -> (mentions: [EntityMention], fullNames: [String]) {
        var dropped: [EntityMention] = []
        return link(mentions, dropped: &dropped)
    }

    /// `link(_:)`, and when `explaining`, in `dropped` the mentions it drops with the rule that dropped them.
    func link(_ mentions: [EntityMention], dropped: inout [EntityMention]) -> (mentions: [EntityMention], fullNames: [String]) {
        // Per lower-cased word hash: `alias`, a surname → 1 + its index in `fullNames` (the first
        // full name wins); `knownType`, a one-word mention → 1 + the index of its first type in
        // `typeOrder`; `nonEntity`, names shown to be no entity ("Typhoon Haiyan" → "Haiyan");
        // `firstName`, the first word of a full person name → 1 + its index in `fullNames`:
        // "Zhang" for "Zhang Weiming", "Jelena" for "Jelena Markovic" in a quote.
        var evidence = NameEvidenceTable(expectedCount: mentions.count)
        var fullNames: [String] = []
        // Sized once: growing it by doubling cost a reallocation or two per document.
        fullNames.reserveCapacity(mentions.count)
        for mention in mentions {
            if mention.isNonEntity {
                evidence.insertIfAbsent(.nonEntity, tokens[mention.firstToken].lowerHash, value: 1)
            } else if mention.type == .person, mention.endToken - mention.firstToken >= 2 {
                fullNames.append(canonicalText(mention))
                let nameValue = UInt32(fullNames.count)
                evidence.insertIfAbsent(.firstName, tokens[mention.firstToken].lowerHash, value: nameValue)
                let last = tokens[mention.endToken - 1]
                evidence.insertIfAbsent(.alias, last.lowerHash, value: nameValue)
                // "Santiago Garza Treviño" is "Garza" later: a Spanish name's first surname.
                if mention.endToken - mention.firstToken == 3 {
                    let middle = tokens[mention.firstToken + 1]
                    if middle.end - middle.start > 2, !middle.isAllCaps, !lexicon.word(middle).contains(.givenName) {
                        evidence.insertIfAbsent(.alias, middle.lowerHash, value: nameValue)
                    }
                }
                if let afterParticle = partAfterHyphen(last) {
                    evidence.insertIfAbsent(.alias, afterParticle, value: nameValue)
                }
                // "Kim Sung-ho" is "Kim" later: a hyphenated given name comes after the family name.
                if mention.end > last.end && last.isCompoundPart || hasLowercaseAfterHyphen(last) {
                    evidence.insertIfAbsent(.alias, tokens[mention.firstToken].lowerHash, value: nameValue)
                }
            } else if let type = mention.type, mention.endToken - mention.firstToken == 1 {
                evidence.insertIfAbsent(.knownType, tokens[mention.firstToken].lowerHash, value: Self.code(of: type))
            } else if mention.type == nil, mention.endToken - mention.firstToken == 1, inPeopleContext(mention) {
                // "Fulani herders" once make the word a people throughout.
                evidence.insertIfAbsent(.knownType, tokens[mention.firstToken].lowerHash, value: Self.code(of: .norp, by: .peopleWord))
            } else if mention.type == nil, mention.endToken - mention.firstToken == 1, inPlaceContext(mention) {
                // "the Annapurna region", "residents of Wuse" once make the word a place throughout.
                evidence.insertIfAbsent(.knownType, tokens[mention.firstToken].lowerHash, value: Self.code(of: .place, by: .placeContextWord))
            } else if mention.type == nil, mention.endToken - mention.firstToken == 1, speaksAsPerson(mention) {
                // "Houngbo said he would", "said Ndung'u, adding that she": one word that speaks and is
                // then "he" or "she", not "it", is a person throughout.
                evidence.insertIfAbsent(.knownType, tokens[mention.firstToken].lowerHash, value: Self.code(of: .person, by: .speakerCalledHeOrShe))
            } else if mention.type == .place, EntitySpotter.placePrefixHashes.contains(tokens[mention.firstToken].hash) {
                // "Mount Semeru", then "Semeru": the name after a place prefix is the place.
                evidence.insertIfAbsent(.knownType, tokens[mention.endToken - 1].lowerHash, value: Self.code(of: .place))
            }
        }
        var linked: [EntityMention] = []
        linked.reserveCapacity(mentions.count)
        // Multi-word persons keep their type below, so the n-th of them is named by fullNames[n],
        // built in the loop above.
        var nextFullName = 0
        // Built when a mention first needs it (see `placeByCoordination`).
        var placeLists: [Bool]? = nil
        for (mentionIndex, var mention) in mentions.enumerated() where !mention.isNonEntity {
            let single = mention.endToken - mention.firstToken == 1
            if mention.type == .person, !single {
                mention.fullNameIndex = nextFullName
                nextFullName += 1
                linked.append(mention)
                continue
            }
            let token = tokens[mention.firstToken]
            if single, mention.type == nil, evidence.value(.nonEntity, token.lowerHash) != 0 {
                if explaining { dropped.append(mention.recording(.repeatOfNonEntity)) }
                continue
            }
            let alias = single ? evidence.value(.alias, token.lowerHash) : 0
            if alias != 0, mention.type != .org || token.isSentenceInitial,
               mention.type == nil || mention.type == .person || !followsPlacePreposition(mention) {
                mention.type = .person
                mention.fullNameIndex = Int(alias) - 1
                mention.rules.record(.surnameOfFullName)
            } else if mention.type == nil, single, !token.isAllCaps, evidence.value(.firstName, token.lowerHash) != 0,
                      !lexicon.commonWords.contains(token.lowerHash) {
                mention.type = .person
                mention.fullNameIndex = Int(evidence.value(.firstName, token.lowerHash)) - 1
                mention.rules.record(.givenNameOfFullName)
            } else if mention.type == nil {
                let known = evidence.value(.knownType, token.lowerHash)
                if known != 0 {
                    mention.type = Self.typeOrder[Int(known & 0xFF) - 1]
                    mention.rules.record(Self.rule(ofCode: known))
                } else if placeByCoordination(mentionIndex, in: mentions, placeLists: &placeLists) {
                    mention.type = .place
                    mention.rules.record(.coordinatedWithPlace)
                } else {
                    let (type, rule) = defaultType(for: mention)
                    mention.type = type
                    if let rule { mention.rules.record(rule) }
                }
                mention.typedByDefault = known == 0 && mention.type == .org
            }
            if single, token.isAllCaps, mention.type != nil, mention.type != .person, let previous = linked.last,
               previous.type == .org, spellsOutAcronym(mention, after: previous) {
                mention.type = .org
                mention.typedByDefault = false
                mention.rules.record(.acronymOfPreviousName)
            }
            if mention.type == .person, mention.fullNameIndex == nil, !single {
                fullNames.append(canonicalText(mention))
                mention.fullNameIndex = fullNames.count - 1
            }
            if mention.type != nil { linked.append(mention) } else if explaining { dropped.append(mention) }
        }
        return (linked, fullNames)
    }

    /// Entity types by their `knownType` code in `NameEvidenceTable`.
    private static let typeOrder: [EntityType] = [.person, .org, .place, .norp]

    /// `code(of:)` with, above its byte, 1 + the raw value of the rule whose evidence typed the word
    /// where it stood ("Fulani herders"), for the word's other mentions to record.
    private static func code(of type: EntityType, by rule: EntityRule) -> UInt32 {
        code(of: type) | (UInt32(rule.rawValue) + 1) << 8
    }

    /// The rule a `knownType` code names: the context rule that typed the word, or `typedElsewhere`
    /// for a word a rule of the spotter typed.
    private static func rule(ofCode code: UInt32) -> EntityRule {
        let stored = code >> 8
        return stored == 0 ? .typedElsewhere : EntityRule(rawValue: UInt8(truncatingIfNeeded: stored - 1)) ?? .typedElsewhere
    }

    /// 1 + the index of `type` in `typeOrder` (never 0, which means absent).
    private static func code(of type: EntityType) -> UInt32 {
        switch type {
        case .person: 1
        case .org: 2
        case .place: 3
        case .norp: 4
        }
    }

    /// "SOCCER-ENGLISH PREMIER LEAGUE RESULTS", "RUGBY-SIX NATIONS STANDINGS": an English word of four
    /// letters or more in a line of capitals is a headline's word, not an acronym of a body.
    private func isShoutedCommonWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.end - token.start >= 4, lexicon.commonWords.contains(token.lowerHash) else { return false }
        let previousShouted = index > 0 && !token.startsLine && tokens[index - 1].isAllCaps
        let nextShouted = index + 1 < tokens.count && !tokens[index + 1].startsLine && tokens[index + 1].isAllCaps
        return previousShouted || nextShouted
    }

    /// The type of a capitalised word nothing else speaks for, or nil to leave it unmarked.
    ///
    /// News introduces a person by full name before using the surname alone, so a lone unknown
    /// word that no full name explains is taken for an organisation unless its context says place.
    private func defaultType(for mention: EntityMention) -> (EntityType?, EntityRule?) {
        let token = tokens[mention.firstToken]
        let weak = token.isSentenceInitial || token.inHeadline
        if lexicon.word(token).contains(.nonEntityAcronym) { return (nil, .unnamedDropped) }
        if token.isAllCaps {
            if CurrencyCode.startsAmount(bytes, token) || isShoutedCommonWord(mention.firstToken) { return (nil, .unnamedDropped) }
            return (.org, .capitalsOrganisation)
        }
        if lexicon.commonWords.contains(token.lowerHash) || startsWithStopWord(token) { return (nil, .unnamedDropped) }
        if isPluralNationality(token) || isPluralDemonymOfPlace(token) || inPeopleContext(mention) { return (.norp, .peopleWord) }
        if followsPlacePreposition(mention) || inPlaceContext(mention) { return (.place, .placeContextWord) }
        if weak, lexicon.word(token).contains(.givenName) { return (nil, .unnamedDropped) }
        return (.org, .unknownWordOrganisation)
    }

    /// "between Vellmar and Kassel", "the Ostrava and Brno seats": an unknown word joined by "and" or
    /// "or" to a known place names a place too (news coordinates like with like).
    /// `placeLists` is `placeListMembers(mentions)`, built here on first use: most documents
    /// have no mention that gets this far, and the pass cost them an array and a walk.
    private func placeByCoordination(_ index: Int, in mentions: [EntityMention], placeLists: inout [Bool]?) -> Bool {
        let mention = mentions[index]
        guard mention.endToken - mention.firstToken == 1, !tokens[mention.firstToken].isAllCaps,
              !lexicon.commonWords.contains(tokens[mention.firstToken].lowerHash) else { return false }
        let members = placeLists ?? placeListMembers(mentions)
        placeLists = members
        if members[index] { return true }
        if index + 1 < mentions.count, mentions[index + 1].type == .place, mentions[index + 1].firstToken == mention.endToken + 1,
           isCoordinator(tokens[mention.endToken]) { return true }
        if index > 0, mentions[index - 1].type == .place, mentions[index - 1].endToken + 1 == mention.firstToken,
           isCoordinator(tokens[mention.firstToken - 1]) { return true }
        return false
    }

    /// How two neighbouring mentions are separated: by ", " (a list's comma), by " and "/" or "/", and "
    /// (a list's last joint), or otherwise.
    private enum ListJoint { case comma, last, none }

    private func joint(between left: EntityMention, _ right: EntityMention) -> ListJoint {
        let gap = right.start - left.end
        guard gap >= 2, gap <= 6 else { return .none }
        var at = left.end
        let comma = bytes[at] == 0x2C
        if comma { at += 1 }
        guard bytes[at] == 0x20 else { return .none }
        if at + 1 == right.start { return comma ? .comma : .none }
        // " and ", " or ", ", and ", ", or ".
        let word = right.start - 1 - (at + 1)
        guard bytes[right.start - 1] == 0x20 else { return .none }
        if word == 3, bytes[at + 1] == 0x61, bytes[at + 2] == 0x6E, bytes[at + 3] == 0x64 { return .last }
        if word == 2, bytes[at + 1] == 0x6F, bytes[at + 2] == 0x72 { return .last }
        return .none
    }

    /// "the aimags of Zavkhan, Khövsgöl, Uvs, Arkhangai and Govi-Altai": in a list of three or more names
    /// joined by commas and a last "and"/"or", one known place makes the unknown words places too
    /// (news lists like with like). One pass over the mentions; true for each mention in such a list.
    private func placeListMembers(_ mentions: [EntityMention]) -> [Bool] {
        var members = [Bool](repeating: false, count: mentions.count)
        var start = 0
        while start < mentions.count {
            var end = start + 1
            var commas = 0
            var closed = false
            while end < mentions.count {
                let joint = joint(between: mentions[end - 1], mentions[end])
                if joint == .none { break }
                end += 1
                if joint == .last { closed = true; break }
                commas += 1
            }
            if closed, commas >= 1, mentions[start..<end].contains(where: { $0.type == .place }) {
                for index in start..<end { members[index] = true }
            }
            start = closed ? end : max(end, start + 1)
        }
        return members
    }

    private func isCoordinator(_ token: EntityToken) -> Bool { token.hash == Self.andHash || token.hash == Self.orHash }

    /// "the county of Bihor", "from Vulcania to Issoire".
    private func inPlaceContext(_ mention: EntityMention) -> Bool {
        let index = mention.firstToken
        let next = mention.endToken
        if hasPlaceHeadNoun(mention) { return true }
        // "Bassikounou (Mauritania)": a dateline's town (first on its line) with its country in brackets.
        if mention.end + 2 < bytes.count, bytes[mention.end] == 0x20, bytes[mention.end + 1] == 0x28, next < tokens.count,
           tokens[next].start == mention.end + 2, tokens[next].end < bytes.count, bytes[tokens[next].end] == 0x29,
           lexicon.word(tokens[next]).contains(.place) { return true }
        guard index >= 1, tokens[index].joinsPrevious else { return false }
        let previous = tokens[index - 1]
        if previous.hash == Self.ofHash, index >= 2, tokens[index - 1].joinsPrevious,
           Self.placeNounHashes.contains(tokens[index - 2].lowerHash) { return true }
        if previous.hash == Self.fromHash, mention.endToken + 1 < tokens.count,
           tokens[mention.endToken].hash == Self.toHash, tokens[mention.endToken + 1].isCapitalized { return true }
        if previous.hash == Self.toHash, index >= 3, tokens[index - 3].hash == Self.fromHash { return true }
        if previous.hash == Self.toHash, index >= 2, previous.joinsPrevious, Self.motionHashes.contains(tokens[index - 2].hash) { return true }
        // "at Kratie in Cambodia": "at" a name that lies in a known place.
        if previous.hash == Self.atHash, next + 1 < tokens.count, tokens[next].hash == Self.inHash, tokens[next].joinsPrevious,
           tokens[next + 1].joinsPrevious, lexicon.word(tokens[next + 1]).contains(.place) { return true }
        // "Legazpi, Albay": a comma, then a known place that contains it.
        // Not "Huaxin, China's 14th-largest developer": a possessive starts a description.
        if mention.end < bytes.count, bytes[mention.end] == 0x2C, next < tokens.count, tokens[next].start <= mention.end + 2,
           tokens[next].isCapitalized, lexicon.word(tokens[next]).contains(.place),
           tokens[next].end >= bytes.count || bytes[tokens[next].end] != 0x27 && bytes[tokens[next].end] != 0xE2 { return true }
        return false
    }

    /// "the Wuse district", "the Dhaulagiri and Annapurna massifs": a lower-case place noun after the
    /// name, evidence strong enough to type the word throughout the document.
    private func hasPlaceHeadNoun(_ mention: EntityMention) -> Bool {
        let next = mention.endToken
        // Not after capitals: "the BJP state unit" is the party's.
        guard next < tokens.count, tokens[next].joinsPrevious, !tokens[mention.firstToken].isAllCaps else { return false }
        if Self.placeHeadNounHashes.contains(tokens[next].hash) { return true }
        // "the Doñana national park"
        if tokens[next].hash == Self.nationalHash, next + 1 < tokens.count, tokens[next + 1].hash == Self.parkHash { return true }
        return tokens[next].hash == Self.andHash && next + 2 < tokens.count && tokens[next + 1].isCapitalized
            && tokens[next + 2].joinsPrevious && Self.placeHeadNounHashes.contains(tokens[next + 2].hash)
    }

    /// An unknown word with a verb of speech beside it ("Houngbo said", "said Houngbo") whose next
    /// third-person pronoun, within `pronounReach` words, is a person's ("he", "her"), not a body's
    /// ("it", "they"): companies and agencies say things too, but are "it" after.
    private func speaksAsPerson(_ mention: EntityMention) -> Bool {
        let token = tokens[mention.firstToken]
        guard !token.isAllCaps, !lexicon.commonWords.contains(token.lowerHash) else { return false }
        let next = mention.endToken
        let speaksAfter = next < tokens.count && tokens[next].joinsPrevious && Self.speechVerbHashes.contains(tokens[next].hash)
        // "said Ndung'u" puts the speaker after the verb; "told DawnNews" puts the hearer there.
        let verbBefore = mention.firstToken > 0 ? tokens[mention.firstToken - 1].hash : 0
        let speaksBefore = mention.firstToken > 0 && token.joinsPrevious
            && Self.speechVerbHashes.contains(verbBefore) && !Self.verbsOfTheHearerHashes.contains(verbBefore)
        guard speaksAfter || speaksBefore else { return false }
        var index = next
        while index < min(tokens.count, next + Self.pronounReach) {
            let hash = tokens[index].lowerHash
            if Self.personPronounHashes.contains(hash) { return true }
            if Self.bodyPronounHashes.contains(hash) { return false }
            index += 1
        }
        return false
    }

    /// "Fulani and Tuareg herders", "the Yoruba people".
    private func inPeopleContext(_ mention: EntityMention) -> Bool {
        // Not "Eleven people": a common word before "people" counts them.
        !lexicon.commonWords.contains(tokens[mention.firstToken].lowerHash)
            && MentionRetyper.hasHeadNoun(mention, MentionRetyper.peopleHeadNounHashes, in: tokens)
    }

    /// "Victorians", "Albertans", "Londoners": a known place with the plural demonym ending "-ns" or "-ers".
    private func isPluralDemonymOfPlace(_ token: EntityToken) -> Bool {
        let length = token.end - token.start
        guard length > 5, bytes[token.end - 1] == 0x73 else { return false }
        if bytes[token.end - 2] == 0x6E,
           lexicon.entry(WordHash.phrase(WordHash.exact(bytes, token.start..<(token.end - 2)))).contains(.place) { return true }
        return bytes[token.end - 2] == 0x72 && bytes[token.end - 3] == 0x65
            && lexicon.entry(WordHash.phrase(WordHash.exact(bytes, token.start..<(token.end - 3)))).contains(.place)
    }

    /// "Nepalis", "Pakistanis": a known nationality with a plural "s".
    private func isPluralNationality(_ token: EntityToken) -> Bool {
        guard token.end - token.start > 3, bytes[token.end - 1] == 0x73 else { return false }
        let stem = WordHash.phrase(WordHash.exact(bytes, token.start..<(token.end - 1)))
        return lexicon.entry(stem).phraseType == .norp
    }

    /// "the Trade Union Congress (TUC)": capitals in brackets right after an organisation abbreviate it.
    private func spellsOutAcronym(_ mention: EntityMention, after previous: EntityMention) -> Bool {
        guard mention.start >= 2, mention.end < bytes.count, bytes[mention.start - 1] == 0x28, bytes[mention.end] == 0x29 else { return false }
        return previous.end == mention.start - 2 && bytes[mention.start - 2] == 0x20
    }

    /// "April-June": a compound whose first part is a stop word.
    private func startsWithStopWord(_ token: EntityToken) -> Bool {
        var index = token.start
        while index < token.end, bytes[index] != 0x2D { index += 1 }
        guard index < token.end else { return false }
        let first = WordHash.exact(bytes, token.start..<index)
        return lexicon.entry(WordHash.phrase(first)).contains(.stopWord)
    }

    private func followsPlacePreposition(_ mention: EntityMention) -> Bool {
        let index = mention.firstToken
        guard index > 0, tokens[index].joinsPrevious else { return false }
        return Self.placePrepositionHashes.contains(tokens[index - 1].hash)
    }

    /// "Min-jae", "Ki-moon": a hyphenated given name, whose bearer goes by the family name before it.
    private func hasLowercaseAfterHyphen(_ token: EntityToken) -> Bool {
        var index = token.start + 1
        while index + 1 < token.end {
            if bytes[index] == 0x2D { return bytes[index + 1] >= 0x61 && bytes[index + 1] <= 0x7A }
            index += 1
        }
        return false
    }

    /// "Assad" for "al-Assad": the lower-cased hash of the part after a name particle.
    private func partAfterHyphen(_ token: EntityToken) -> UInt64? {
        var index = token.start
        while index < token.end {
            if bytes[index] == 0x2D, index + 1 < token.end { return WordHash.lowercased(bytes, (index + 1)..<token.end) }
            index += 1
        }
        return nil
    }

    /// Whether the mention's words are separated by single ASCII spaces, as most names are: then
    /// its text is its canonical form.
    func hasPlainSpacing(_ mention: EntityMention) -> Bool {
        for index in (mention.firstToken + 1)..<max(mention.firstToken + 1, mention.endToken) {
            let gap = tokens[index].start - tokens[index - 1].end
            if gap != 1 || bytes[tokens[index - 1].end] != 0x20 { return false }
        }
        return true
    }

    /// The mention's text with each run of spaces (no-break ones included) as one space.
    func canonicalText(_ mention: EntityMention) -> String {
        if hasPlainSpacing(mention) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[mention.start..<mention.end]), as: UTF8.self)
        }
        return canonicalTextRespacing(mention)
    }

    /// `canonicalText` for a mention known not to have plain spacing (`hasPlainSpacing`), which
    /// then need not be asked again.
    func canonicalTextRespacing(_ mention: EntityMention) -> String {
        // Built as bytes and decoded once. Tokens start and end on scalar boundaries, so the
        // pieces of valid UTF-8 joined decode to the same text as decoded one by one.
        var text: [UInt8] = []
        text.reserveCapacity(mention.end - mention.start)
        for index in mention.firstToken..<mention.endToken {
            let token = tokens[index]
            if index > mention.firstToken {
                // Words that only spaces separate get one space; any other gap is kept as written.
                if tokens[index].joinsPrevious {
                    text.append(0x20)
                } else {
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tokens[index - 1].end..<token.start]))
                }
            }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
        }
        return String(decoding: text, as: UTF8.self)
    }
}
