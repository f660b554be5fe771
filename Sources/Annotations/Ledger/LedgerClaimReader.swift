/// Reads one article's claims into ledger claims: the sentence of each, its attribution and the
/// features that group it. Pure and per article, so articles can be read in any order or in parallel.
struct LedgerClaimReader {
    let article: LedgerArticle
    /// The article's scalars, decoded for this read only (the rules look back and forth by offset).
    let scalars: [Unicode.Scalar]
    let text: LedgerText
    let entities: LedgerEntities
    /// The places the article names, shared by all its claims.
    let articlePlaces: Set<String>

    init(_ article: LedgerArticle) {
        self.article = article
        let scalars = article.text.decodedScalars()
        self.scalars = scalars
        self.text = LedgerText(scalars: scalars, claimOffsets: article.analysis.claims.map(\.start))
        self.entities = LedgerEntities(article.analysis.entities, scalars: scalars)
        self.articlePlaces = Set(entities.placeCounts.keys)
    }


    /// How far (in words, those before the claim counting two more) an event word may stand from
    /// what is counted: further off, it names another clause's event ("placed under house arrest a
    /// day after the court upheld his indictment of one count of murder").
    static let eventReach = 13

    func claims() -> [LedgerClaim] {
        let finder = AttributionFinder(text: text, entities: entities, scalars: scalars)
        var result: [LedgerClaim] = []
        result.reserveCapacity(article.analysis.claims.count)
        // The last count read, for a bare number that refers back to it ("the number").
        var lastCount: (sentence: Int, features: ClaimFeatures, text: String)?
        // Claims of one sentence share its text (one string, not a copy per claim).
        var sentenceText: (index: Int, text: String) = (-1, "")
        let claims = article.analysis.claims
        let sentences = claims.map { text.sentenceIndex(containing: $0.start) }
        for (position, claim) in claims.enumerated() {
            guard let sentence = sentences[position] else { continue }
            let attribution = finder.attribution(forClaimAt: claim.start, inSentence: sentence)
            var features: ClaimFeatures?
            if LedgerClaim.groupedKinds.contains(claim.kind) {
                var neighbours = position
                while neighbours > 0, sentences[neighbours - 1] == sentence { neighbours -= 1 }
                var end = position + 1
                while end < claims.count, sentences[end] == sentence { end += 1 }
                var read = self.features(of: claim, inSentence: sentence, attribution: attribution,
                                         sentenceClaims: claims[neighbours..<end])
                if claim.kind == .count, read.subject == "unspecified", let previous = lastCount,
                   sentence - previous.sentence <= 2,
                   mentionsAnaphora(inSentence: sentence) {
                    read.subject = previous.features.subject
                    read.subjectWord = previous.features.subjectWord
                    read.event = read.event ?? previous.features.event
                    read.eventWord = read.eventWord ?? previous.features.eventWord
                    read.place = previous.features.place
                    read.placeModifier = previous.features.placeModifier
                    read.refersBackTo = previous.text
                } else if claim.kind == .count, read.event == nil, let previous = lastCount,
                          previous.features.subject == read.subject, sentence - previous.sentence <= 4,
                          mentionsAnaphora(inSentence: sentence) {
                    // "The ministry estimated the number at nearly 15,000 residents": the number of
                    // the same people counted before, so the same event.
                    read.event = previous.features.event
                    read.eventWord = previous.features.eventWord
                    read.refersBackTo = previous.text
                }
                // A sentence's first count is its main one ("6,400 people, including 3,000 rebels").
                if claim.kind == .count, read.subject != "unspecified", lastCount?.sentence != sentence {
                    lastCount = (sentence, read, claim.text)
                }
                features = read
            }
            if sentenceText.index != sentence {
                sentenceText = (sentence, LedgerText.string(scalars[text.scalarRange(ofSentence: sentence)]))
            }
            result.append(LedgerClaim(id: .init(path: article.path, start: claim.start, end: claim.end),
                                      articleTitle: article.title, claim: claim,
                                      sentence: sentenceText.text,
                                      attribution: attribution, features: features))
        }
        return result
    }

    func mentionsAnaphora(inSentence sentence: Int) -> Bool {
        let range = text.sentences[sentence]
        return range.contains { text.tokens[$0].flags.contains(.anaphora) }
    }

    /// The claim's features, read from its sentence.
    /// - Parameter sentenceClaims: the article's claims in the same sentence, this one included.
    func features(of claim: Claim, inSentence sentence: Int, attribution: ClaimAttribution?,
                  sentenceClaims: ArraySlice<Claim>) -> ClaimFeatures {
        let tokens = text.tokens
        let range = text.sentences[sentence]
        let first = text.tokenIndex(atOrAfter: claim.start, in: range)
        var last = first
        while last + 1 < range.upperBound, tokens[last + 1].start < claim.end { last += 1 }

        var features = ClaimFeatures(family: claim.kind.rawValue, subject: "unspecified")
        // Where the counted thing is written: the event is read nearest to it.
        var subjectToken = first
        // The side a share's object names ("of the western half"), which outranks a place's modifier.
        var objectSide: String?
        // The verb of a share that is a change ("jumped"), which is its event.
        var changeVerb: String?
        let unitWords = (claim.unit ?? "").split(separator: " ").map(String.init)
        switch claim.kind {
        case .count:
            features.family = "count"
            if let head = unitWords.last {
                features.subjectWord = head
                features.subject = LedgerClaimReader.subjectClass(of: head)
            } else if let counted = countedNoun(inSentence: range) {
                features.subjectWord = tokens[counted].lower
                features.subject = LedgerClaimReader.subjectClass(of: tokens[counted].lower)
                subjectToken = counted
            } else if let head = headNoun(first: first, last: last, in: range) {
                // The recogniser gave no unit, but the claim's own words end on a noun or one follows:
                // "three southern-most provinces", "120 million such paper sculptures were dropped".
                features.subjectWord = tokens[head].lower
                features.subject = LedgerClaimReader.subjectClass(of: tokens[head].lower)
                if head > last { subjectToken = head }
            } else if let toll = range.first(where: { tokens[$0].lower == "toll" }) {
                // A toll ("the death toll rose to 1,136") counts people.
                features.subjectWord = "toll"
                features.subject = "people"
                subjectToken = toll
            }
            // "nine counts of kidnapping": what is counted is the kidnapping, not counts in general.
            if let word = features.subjectWord, LedgerVocabulary.containerNouns.contains(word), last + 2 < range.upperBound,
               tokens[last + 1].lower == "of", tokens[last + 2].kind == .word, !tokens[last + 2].isCapitalised {
                features.subjectWord = word + " of " + tokens[last + 2].lower
                features.subject = LedgerClaimReader.subjectClass(of: word) + " of " + tokens[last + 2].lower
            }
            features.baseValue = claim.value
        case .percent, .fraction:
            features.family = "share"
            features.baseValue = claim.value.map { claim.kind == .fraction ? $0 * 100 : $0 }
            if let (word, place, side) = object(after: last, in: range) {
                features.subjectWord = word
                objectSide = side
                features.subject = place == nil ? LedgerClaimReader.subjectClass(of: word) : "territory"
                if place != nil { features.subjectWord = nil }
            } else if let change = changeSubject(before: first, in: range) {
                // "Sears was up 22 percent": the change of what is named before the verb.
                features.subject = change.subject
                features.subjectWord = change.subject
                changeVerb = change.verb
            }
        case .measure:
            let unit = (claim.unit ?? "").lowercased()
            if let factor = LedgerVocabulary.lengthInMetres[unit] {
                features.family = "measure:length"
                features.baseValue = claim.value.map { $0 * factor }
                // "270 km/h": a speed, as "250 kilometres an hour" is (the rate is read below).
                let written = claim.text.lowercased()
                if ["/h", " an hour", " per hour", " a hour"].contains(where: { written.hasSuffix($0) }) {
                    features.family = "measure:length per hour"
                }
            } else if let factor = LedgerVocabulary.massInKilograms[unit] {
                features.family = "measure:mass"
                features.baseValue = claim.value.map { $0 * factor }
            } else if let factor = LedgerVocabulary.areaInSquareMetres[unit] {
                features.family = "measure:area"
                features.baseValue = claim.value.map { $0 * factor }
            } else {
                features.family = "measure:" + (unit.isEmpty ? "unknown" : unit)
                features.baseValue = claim.value
            }
            features.subject = features.family.dropFirst("measure:".count).description
            features.subjectWord = unitWords.last
            // A distance from a named place is not any other length of the story.
            if features.family == "measure:length", let what = lengthSubject(first: first, last: last, in: range) {
                features.subject = what
            }
        case .money:
            features.family = "money:" + LedgerClaimReader.currency(claim.unit)
            features.subject = "money"
            if let (word, moneyClass) = moneySubject(first: first, last: last, in: range) {
                features.subject = moneyClass
                features.subjectWord = word
            }
            // "raised fares by 150 won" is how much a price changed, not what it is ("from 1,400 won to 1,550 won").
            if let change = amountChange(first: first, last: last, in: range) {
                features.event = "change"
                features.eventWord = change
            }
            features.baseValue = claim.value
        default:
            break
        }

        // The event word nearest the counted thing (words inside the claim, "evacuees", count as
        // nearest). A verb usually follows its subject, so words before are taken as two further away.
        var bestDistance = Int.max
        let sentenceScalars = text.scalarRange(ofSentence: sentence)
        let anchor = subjectToken == first ? first..<(last + 1) : subjectToken..<(subjectToken + 1)
        // A word before the claim that follows another claim closely, with "and" before this one,
        // is that claim's verb ("20,000 civilians left … and 1,200 rebels … laid down their arms"). Words after are
        // shared: "6,400 people, including 3,000 rebels, had been evacuated" evacuated both.
        let others = sentenceClaims.filter { $0.start != claim.start && LedgerClaim.groupedKinds.contains($0.kind) }
        // A sum of money is told apart by what it pays for or measures (its subject), not by the
        // events its sentence names: "the deal is to cost $11.5bn" and "a $11.5 billion deal" are one price.
        let readsEvent = claim.kind != .money
        for index in range where readsEvent && tokens[index].kind == .word {
            guard let event = tokens[index].event else { continue }
            let wordStart = tokens[index].start
            // Inside the claim only its head noun names an event ("evacuees"); "sick and injured
            // children" are children, whatever happens to them.
            if index >= first, index < last, anchor.lowerBound == first { continue }
            if wordStart < claim.start {
                let near = tokens[max(range.lowerBound, index - 3)].start
                let newClause = (index + 1..<first).contains { ["and", "but", "while", ";"].contains(tokens[$0].lower) }
                if newClause, others.contains(where: { $0.end <= wordStart && $0.end >= near }) { continue }
            }
            if let attribution, tokens[index].start >= attribution.start, tokens[index].end <= attribution.end { continue }
            let distance = index < anchor.lowerBound ? anchor.lowerBound - index + 2
                : index >= anchor.upperBound ? index - anchor.upperBound + 1 : 0
            if distance < bestDistance, distance <= LedgerClaimReader.eventReach {
                bestDistance = distance
                features.event = event
                features.eventWord = tokens[index].lower
            }
        }

        if let changeVerb {
            features.event = "change"
            features.eventWord = changeVerb
        }

        // The place: one named in the sentence and more than once in the article, nearest the claim,
        // not the source itself ("Turkey estimated"); else the place the article is mostly about.
        var placeDistance = Int.max
        for entity in entities.entities(in: sentenceScalars) where entity.type == .place {
            guard (entities.placeCounts[entity.canonical] ?? 0) >= 2 else { continue }
            if let attribution, entity.start >= attribution.start, entity.end <= attribution.end { continue }
            let distance = entity.end <= claim.start ? claim.start - entity.end : max(0, entity.start - claim.end)
            if distance < placeDistance {
                placeDistance = distance
                features.place = entity.canonical
                features.placeModifier = modifier(before: entity.start, in: range)
            }
        }
        if features.place == nil { features.place = entities.mainPlace }
        if let objectSide { features.placeModifier = objectSide }
        features.articlePlaces = articlePlaces

        // A toll over years ("a six-year war which has killed…") is not a day's count: a duration in
        // years written in the sentence marks it.
        features.isLongPeriod = sentenceClaims.contains { other in
            other.kind == .duration
                && ["year", "years", "decade", "decades"].contains(other.unit?.lowercased() ?? "")
        } || range.contains { index in
            // "during those years", "over the past decades": years named without a number.
            tokens[index].flags.contains(.longPeriod) && index > range.lowerBound
                && ["those", "these", "past", "recent", "many", "several"].contains(tokens[index - 1].lower)
        }
        features.date = article.published ?? fullDate(among: sentenceClaims)
        // "As many as 200,000 people could flee": a forecast is not a count of what happened.
        // The modal must be the claim's own: just after it ("could flee") or just before ("may reach").
        // "12,000 new arrivals a day": a rate is not a total.
        if last + 2 < range.upperBound, ["a", "per", "each", "every"].contains(tokens[last + 1].lower),
           ["day", "week", "month", "year", "hour", "share"].contains(tokens[last + 2].lower) {
            features.family += " per " + tokens[last + 2].lower
            // A rate ("$500 million a year") is the same rate whatever span the sentence names.
            features.isLongPeriod = false
        }
        // A speed is the storm's or the vehicle's, a magnitude the quake's, whatever the sentence
        // says happened ("the magnitude 7 quake damaged buildings").
        if features.family == "measure:length per hour" { features.subject = "length per hour" }
        if ["measure:length per hour", "measure:magnitude", "measure:category"].contains(features.family) {
            features.event = nil
            features.eventWord = nil
        }
        let near = max(range.lowerBound, first - 4)..<min(range.upperBound, last + 4)
        features.isProjection = near.contains { tokens[$0].flags.contains(.projection) }
        return features
    }

    /// The noun a count without a unit counts: its own last word ("three southern-most provinces")
    /// or the last of the words just after it, before a verb, a preposition or punctuation
    /// ("120 million such paper sculptures were dropped"). Nil when a verb follows the number at once.
    func headNoun(first: Int, last: Int, in range: Range<Int>) -> Int? {
        let tokens = text.tokens
        func isNoun(_ token: LedgerToken) -> Bool {
            let lower = token.lower
            guard token.kind == .word, !token.isCapitalised,
                  token.flags.isDisjoint(with: [.notCounted, .speechVerb, .projection]),
                  let initial = lower.unicodeScalars.first, initial.properties.isAlphabetic, !lower.hasSuffix("ly")
            else { return false }
            // A verb after the number ("500 died", "3,000 fled") is what happened, not what is counted.
            if token.event != nil || lower.hasSuffix("ed") { return LedgerVocabulary.subjectClasses[lower] != nil }
            return true
        }
        if last > first, isNoun(tokens[last]) { return last }
        var head: Int?
        var index = last + 1
        while index < range.upperBound, index - last <= 4, tokens[index].kind == .word {
            if tokens[index].isCapitalised, head == nil {
                // "Japanese-style origami cranes": a capitalised modifier before the noun.
                index += 1
                continue
            }
            guard isNoun(tokens[index]) else { break }
            head = index
            index += 1
        }
        return head
    }

    /// What a sum of money pays for or measures, as (word, class): a noun after it ("a $11bn
    /// deal", "$55 billion in annual revenue"), the noun before its "of" ("revenues of $55bn"), the
    /// verb or noun just before it ("cost $11.5bn", "worth $9.6bn"), or the verb a "for" or "at"
    /// belongs to ("buy Sears for $11bn", "put the value of the goods at $9.6bn").
    func moneySubject(first: Int, last: Int, in range: Range<Int>) -> (String, String)? {
        let tokens = text.tokens
        func moneyClass(_ index: Int) -> String? { LedgerVocabulary.moneyClasses[tokens[index].lower] }
        var index = last + 1
        if index + 1 < range.upperBound, ["a", "per", "each", "every"].contains(tokens[index].lower) { index += 2 }
        var steps = 0
        while index < range.upperBound, steps < 6, tokens[index].kind == .word {
            if let found = moneyClass(index) { return (tokens[index].lower, found) }
            let lower = tokens[index].lower
            if LedgerVocabulary.clauseWords.contains(lower) || tokens[index].flags.contains(.speechVerb) { break }
            index += 1
            steps += 1
        }
        guard first > range.lowerBound else { return nil }
        let before = first - 1
        if tokens[before].lower == "of", before - 1 >= range.lowerBound, let found = moneyClass(before - 1) {
            return (tokens[before - 1].lower, found)
        }
        // A word just before: "cost", "worth", "pay", "sales reached", "save the new company".
        for index in stride(from: before, through: max(range.lowerBound, before - 3), by: -1) {
            guard tokens[index].kind == .word, let found = moneyClass(index) else { continue }
            if found == "cost" {
                // "The deal is to cost $11.5bn": the cost of a purchase is its price.
                let earlier = max(range.lowerBound, index - 4)..<index
                if let price = earlier.last(where: { moneyClass($0) == "price" }) { return (tokens[price].lower, "price") }
            }
            return (tokens[index].lower, found)
        }
        if ["for", "at"].contains(tokens[before].lower) {
            for index in stride(from: before - 1, through: max(range.lowerBound, before - 12), by: -1) {
                if let found = moneyClass(index) { return (tokens[index].lower, found) }
            }
        }
        return nil
    }

    /// What a length measures when the sentence says: "distance from PLACE" ("60km southwest of
    /// Opunake", "50 miles from Wellington"). A depth is not told apart: reports give it as often
    /// without the word ("centred 230km", "(16 miles)") as with it.
    func lengthSubject(first: Int, last: Int, in range: Range<Int>) -> String? {
        let tokens = text.tokens
        var index = last + 1
        if index < range.upperBound, LedgerVocabulary.bearings.contains(tokens[index].lower) { index += 1 }
        guard index + 1 < range.upperBound, ["of", "from"].contains(tokens[index].lower) else { return nil }
        index += 1
        if tokens[index].lower == "the", index + 1 < range.upperBound { index += 1 }
        guard let place = entities.entity(covering: tokens[index].start), place.type == .place else { return nil }
        return "distance from " + place.canonical
    }

    /// The change word a sum measures: "by" just before the sum after a change word in the same
    /// clause ("increase fares by 150 won", "raise the fare for the region by 150 won"), or a
    /// change noun just after it ("a further 150 won increase").
    func amountChange(first: Int, last: Int, in range: Range<Int>) -> String? {
        let tokens = text.tokens
        if last + 1 < range.upperBound, tokens[last + 1].kind == .word, LedgerVocabulary.amountChangeWords.contains(tokens[last + 1].lower) {
            return tokens[last + 1].lower
        }
        guard first - 1 > range.lowerBound, tokens[first - 1].lower == "by" else { return nil }
        var index = first - 2
        while index >= range.lowerBound, first - index <= 9, tokens[index].kind == .word {
            let lower = tokens[index].lower
            if LedgerVocabulary.amountChangeWords.contains(lower) { return lower }
            if ["and", "but", "that", "which", "who", "while"].contains(lower) { break }
            index -= 1
        }
        return nil
    }

    /// What a share that is a change belongs to, and the verb: "Sears was up 22 percent", "Activision
    /// shares jumped 26%", "Microsoft's stock slipped 2.4 percent".
    func changeSubject(before first: Int, in range: Range<Int>) -> (subject: String, verb: String)? {
        let tokens = text.tokens
        var index = first - 1
        var verb: String?
        while index >= range.lowerBound, first - index <= 4, tokens[index].kind == .word {
            let lower = tokens[index].lower
            if LedgerVocabulary.changeWords.contains(lower) {
                verb = verb ?? lower
            } else if !LedgerVocabulary.changeFillers.contains(lower) {
                break
            }
            index -= 1
        }
        guard let verb, index >= range.lowerBound, tokens[index].kind == .word else { return nil }
        if let entity = entities.entity(covering: tokens[index].start), entity.type != .place {
            return (entity.canonical, verb)
        }
        let lower = tokens[index].lower
        guard !LedgerVocabulary.clauseWords.contains(lower), !LedgerVocabulary.determiners.contains(lower),
              !LedgerVocabulary.pronouns.contains(lower), !LedgerVocabulary.prepositions.contains(lower) else { return nil }
        // A capitalised word the recogniser did not name ("Kmart climbed 8%") is still a name, unless
        // it only opens the sentence ("Prices rose").
        if tokens[index].isCapitalised, index > range.lowerBound || LedgerVocabulary.subjectClasses[lower] == nil {
            var start = index
            while start > range.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalised { start -= 1 }
            return (LedgerText.string(scalars[tokens[start].start..<tokens[index].end]), verb)
        }
        return (LedgerClaimReader.subjectClass(of: lower), verb)
    }

    /// The currency of a money claim, one name for the ways it is written ("US$" and "$").
    static func currency(_ unit: String?) -> String {
        switch unit?.lowercased() {
        case nil: "unknown"
        case "us$", "usd", "us dollars", "dollars": "$"
        case "gbp", "pounds": "£"
        case "eur", "euros": "€"
        case let other?: other
        }
    }

    /// The token of X in "the number of X" in the sentence: what a bare number counts.
    func countedNoun(inSentence range: Range<Int>) -> Int? {
        let tokens = text.tokens
        for index in range where tokens[index].lower == "number" || tokens[index].lower == "numbers" {
            if index + 2 < range.upperBound, tokens[index + 1].lower == "of", tokens[index + 2].kind == .word {
                return index + 2
            }
        }
        return nil
    }

    /// The object of a share: the word after "of" ("93 per cent of the city"), the place when it
    /// is one, and a side named before it ("of the western half").
    func object(after last: Int, in range: Range<Int>) -> (String, String?, String?)? {
        let tokens = text.tokens
        var index = last + 1
        guard index < range.upperBound, tokens[index].lower == "of" else { return nil }
        index += 1
        while index < range.upperBound, LedgerVocabulary.objectSkips.contains(tokens[index].lower) { index += 1 }
        // "of the city's east", "of eastern Aleppo": modifiers before the noun are passed over.
        var side: String?
        while index + 1 < range.upperBound, LedgerVocabulary.placeModifiers.contains(tokens[index].lower) {
            side = tokens[index].lower
            index += 1
        }
        // "of the province's roads": the possessor is passed over for the noun.
        if index + 1 < range.upperBound, tokens[index].lower.hasSuffix("'s"), tokens[index + 1].kind == .word,
           entities.entity(covering: tokens[index].start)?.type != .place {
            index += 1
        }
        guard index < range.upperBound, tokens[index].kind == .word else { return nil }
        let place = entities.entity(covering: tokens[index].start).flatMap { $0.type == .place ? $0.canonical : nil }
        // "of the new arrivals": an unknown word before a known noun is its modifier.
        if place == nil, LedgerVocabulary.subjectClasses[tokens[index].lower] == nil, index + 1 < range.upperBound,
           tokens[index + 1].kind == .word, LedgerVocabulary.subjectClasses[tokens[index + 1].lower] != nil {
            return (tokens[index + 1].lower, nil, side)
        }
        return (tokens[index].lower, place, side)
    }

    func modifier(before offset: Int, in range: Range<Int>) -> String? {
        let tokens = text.tokens
        guard let index = range.first(where: { tokens[$0].start == offset }), index > range.lowerBound else { return nil }
        let word = tokens[index - 1].lower
        return LedgerVocabulary.placeModifiers.contains(word) ? word : nil
    }

    /// A full date ("2016-12-15") among the date claims of the sentence.
    func fullDate(among sentenceClaims: ArraySlice<Claim>) -> String? {
        sentenceClaims.first { $0.kind == .date && ($0.normalized?.count ?? 0) == 10 }?.normalized
    }

    /// The class of a counted noun: people for civilians, evacuees, residents…; the singular word itself otherwise.
    static func subjectClass(of word: String) -> String {
        let lower = word.lowercased()
        if let known = LedgerVocabulary.subjectClasses[lower] { return known }
        if lower.hasSuffix("ies"), lower.count > 4 { return String(lower.dropLast(3)) + "y" }
        if lower.hasSuffix("s"), !lower.hasSuffix("ss"), lower.count > 3 { return String(lower.dropLast()) }
        return lower
    }
}
