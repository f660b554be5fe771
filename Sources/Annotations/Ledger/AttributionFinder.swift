/// Finds who a sentence attributes a claim to, by a handful of explainable patterns:
///
/// - `SOURCE said` / `SOURCE, NAME, said` / `SOURCE earlier said` (the phrase before a speech verb),
/// - `said SOURCE` (the inverted form of quotations: `…," said Russian Foreign Minister Sergei Lavrov`),
/// - `according to SOURCE`, `comments from SOURCE`,
/// - `SOURCE …, warning that` (a participle after a comma speaks for the sentence's subject),
/// - a quotation without a speaker takes the speaker of the next sentence, and a first-person one
///   ("We have evacuated…") the source of the sentence before.
///
/// Of several cues in a sentence, the one nearest the claim wins.
struct AttributionFinder {
    let text: LedgerText
    let entities: LedgerEntities
    let scalars: [Unicode.Scalar]

    /// The attribution of the claim starting at `offset`, in sentence `sentence`.
    func attribution(forClaimAt offset: Int, inSentence sentence: Int) -> ClaimAttribution? {
        let range = text.sentences[sentence]
        let claimToken = text.tokenIndex(atOrAfter: offset, in: range)
        var claimInSource = false
        if let found = attribution(in: range, near: claimToken, excludingFrom: offset, claimInSource: &claimInSource) { return found }
        // "said 72-year-old Omar Benhanna": the claim describes the source, whom nobody quotes about it.
        if claimInSource { return nil }
        let tokens = text.tokens
        // A quotation is in double quotes: an apostrophe ("companies' directors") quotes no one.
        let quoted = range.contains { tokens[$0].kind == .quote && ["\"", "\u{201C}", "\u{201D}"].contains(scalars[tokens[$0].start]) }
        if quoted, sentence + 1 < text.sentences.count {
            let next = text.sentences[sentence + 1]
            if let found = attribution(in: next, near: next.lowerBound, excludingFrom: nil), found.cue != "according to" {
                var moved = found
                moved.place = .nextSentence
                return moved
            }
        }
        let speaksForItself = range.contains { tokens[$0].flags.contains(.firstPerson) && !isCountryUS(tokens[$0]) }
        if speaksForItself, sentence > 0 {
            let previous = text.sentences[sentence - 1]
            if let found = attribution(in: previous, near: previous.upperBound - 1, excludingFrom: nil) {
                var moved = found
                moved.place = .previousSentence
                return moved
            }
        }
        return nil
    }

    /// The attribution nearest to token `near` in a sentence's token range.
    func attribution(in range: Range<Int>, near: Int, excludingFrom claimStart: Int?) -> ClaimAttribution? {
        var claimInSource = false
        return attribution(in: range, near: near, excludingFrom: claimStart, claimInSource: &claimInSource)
    }

    /// The same, telling through `claimInSource` whether a cue's source phrase held the claim.
    func attribution(in range: Range<Int>, near: Int, excludingFrom claimStart: Int?, claimInSource: inout Bool) -> ClaimAttribution? {
        let tokens = text.tokens
        var cues: [(distance: Int, index: Int)] = []
        for index in range where tokens[index].kind == .word {
            let token = tokens[index]
            let isCue = token.flags.contains(.speechVerb)
                || (token.lower == "according" && index + 1 < range.upperBound && tokens[index + 1].lower == "to")
                || (token.flags.contains(.sourceNoun) && index + 1 < range.upperBound && tokens[index + 1].lower == "from")
                // "Lloyd's List put the value of the goods at $9.6bn": an estimate.
                || (token.flags.contains(.estimateVerb) && (index + 1..<range.upperBound).contains { tokens[$0].lower == "at" })
                // "government data show 56%", "the agency's situation report showed".
                || (LedgerVocabulary.showVerbs.contains(token.lower) && index > range.lowerBound
                    && tokens[index - 1].flags.contains(.sourceNoun))
            if isCue { cues.append((abs(index - near), index)) }
        }
        cues.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.index < $1.index }
        for cue in cues {
            guard let found = source(atCue: cue.index, in: range, claimStart: claimStart) else { continue }
            // "said 72-year-old Omar Benhanna": a claim inside the source's own words is not its statement.
            if let claimStart, claimStart >= found.start, claimStart < found.end {
                claimInSource = true
                continue
            }
            // "Fares rose to 1,400 won, and the government said a rise would come": a source opening
            // a clause of its own after ", and" speaks for that clause, not for a claim before it.
            if let claimStart, claimStart < found.start, opensCoordinateClause(at: found.start, in: range) { continue }
            return found
        }
        return nil
    }

    /// The source a cue introduces, if its phrase names one.
    func source(atCue cue: Int, in range: Range<Int>, claimStart: Int? = nil) -> ClaimAttribution? {
        let tokens = text.tokens
        let word = tokens[cue].lower
        if word == "according" {
            return phrase(forwardFrom: cue + 2, in: range).flatMap { attribution($0, cue: "according to") }
        }
        // "estimates from the UN" names a source; "the office estimates that…" is a verb, read below.
        if LedgerVocabulary.sourceNouns.contains(word), cue + 1 < range.upperBound, tokens[cue + 1].lower == "from" {
            return phrase(forwardFrom: cue + 2, in: range).flatMap { attribution($0, cue: word + " from") }
        }
        var before = cue - 1
        // "The survey is putting the tremor at 6.2": a progressive's auxiliary stands like an adverb.
        while before >= range.lowerBound, tokens[before].kind == .word,
              LedgerVocabulary.adverbs.contains(tokens[before].lower)
                || (word.hasSuffix("ing") && ["is", "are", "was", "were"].contains(tokens[before].lower)) {
            before -= 1
        }
        if before >= range.lowerBound, tokens[before].kind == .comma, word.hasSuffix("ing") {
            // "the council noted, adding that…": the participle speaks for the verb's source before the comma.
            if before - 1 >= range.lowerBound, tokens[before - 1].flags.contains(.speechVerb), !tokens[before - 1].lower.hasSuffix("ing"),
               let found = source(atCue: before - 1, in: range, claimStart: claimStart) {
                return found
            }
            // ", warning that…": the participle speaks for the sentence's subject.
            return phrase(forwardFrom: range.lowerBound, in: range).flatMap { attribution($0, cue: word) }
        }
        // "with some aid agencies reporting as many as 45 deaths": a participle after its subject
        // reports what follows it, not a claim of the clause before.
        if word.hasSuffix("ing"), let claimStart, claimStart < tokens[cue].start { return nil }
        // "The council (NDRRMC) said": the name before its acronym in brackets, else the acronym.
        if before - 2 >= range.lowerBound, isClosingBracket(before), let found = bracketedSource(closingAt: before, in: range, cue: word) {
            return found
        }
        // "Codelco, which last month reported…", "NAME, who reported that…": the relative clause's
        // verb speaks for the name before the comma, for claims the clause reports (after the verb).
        if let claimStart, claimStart > tokens[cue].end,
           !(cue + 1..<range.upperBound).contains(where: { tokens[$0].kind == .comma && tokens[$0].end <= claimStart }),
           let found = relativeClauseSource(before: before, in: range, cue: word) {
            return found
        }
        if before >= range.lowerBound, tokens[before].kind == .word, tokens[before].lower == "he" || tokens[before].lower == "she" {
            return pronounSource(before: tokens[before].start).map { person in
                ClaimAttribution(source: person.canonical, phrase: tokens[before].lower, cue: word, entityType: .person,
                                 place: .sameSentence, start: tokens[before].start, end: tokens[before].end)
            }
        }
        if before >= range.lowerBound, tokens[before].kind == .word, tokens[before].lower == "it",
           before == range.lowerBound || tokens[before - 1].kind != .word {
            // "It estimated…" opening a clause: the organisation named last, as for "he" and a person.
            return entities.entities.last(where: { $0.type == .org && $0.end <= tokens[before].start }).map { body in
                ClaimAttribution(source: body.canonical, phrase: tokens[before].lower, cue: word, entityType: .org,
                                 place: .sameSentence, start: tokens[before].start, end: tokens[before].end)
            }
        }
        var appositive = false
        if before >= range.lowerBound, tokens[before].kind == .comma {
            before -= 1
            appositive = true
        }
        if before >= range.lowerBound, let backward = phrase(backwardFrom: before, in: range) {
            // "…, who doctors said suffered…": the source speaks only inside its relative clause.
            if let claimStart, backward.lowerBound - 1 >= range.lowerBound,
               LedgerVocabulary.relativePronouns.contains(tokens[backward.lowerBound - 1].lower),
               claimStart < tokens[backward.lowerBound - 1].start {
                return nil
            }
            if appositive, let person = personIn(backward) {
                return ClaimAttribution(source: person.canonical, phrase: string(backward), cue: word, entityType: .person,
                                        place: .sameSentence, start: tokens[backward.lowerBound].start,
                                        end: tokens[backward.upperBound - 1].end)
            }
            // "A government commission, the Rettig Commission, listed…": a named body in apposition.
            if appositive, names(backward, type: .org), let found = attribution(backward, cue: word), found.entityType == .org {
                return found
            }
            if !appositive, let found = attribution(withAppositiveBefore: backward, in: range, cue: word) { return found }
            if !appositive { return attribution(backward, cue: word) }
        }
        // "Sears CEO Alan Lacy, speaking about the deal, promised…": a clause set off by commas
        // stands between the source and its verb.
        if appositive, let inserted = insertedClauseSource(endingAt: before, in: range, cue: word) { return inserted }
        // The inverted form follows a quotation or a clause: `…," said Lavrov`, `…, says Russian official`.
        let afterClause = cue - 1 >= range.lowerBound && (tokens[cue - 1].kind == .comma || tokens[cue - 1].kind == .quote)
        if afterClause, ["said", "says", "told", "added", "wrote", "announced", "confirmed", "estimated"].contains(word) {
            return phrase(forwardFrom: cue + 1, in: range).flatMap { attribution($0, cue: word) }
        }
        return nil
    }

    func isClosingBracket(_ index: Int) -> Bool {
        text.tokens[index].kind == .other && scalars[text.tokens[index].start] == ")"
    }

    /// The source of `NAME (ACRONYM) said`: the phrase before the opening bracket when it names a
    /// person or body, else the acronym (one or two capitalised words) inside.
    func bracketedSource(closingAt close: Int, in range: Range<Int>, cue: String) -> ClaimAttribution? {
        let tokens = text.tokens
        var open = close - 1
        while open > range.lowerBound, close - open <= 3, tokens[open].kind == .word { open -= 1 }
        guard tokens[open].kind == .other, scalars[tokens[open].start] == "(", open + 1 < close,
              (open + 1..<close).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalised }) else { return nil }
        if open - 1 >= range.lowerBound, let backward = phrase(backwardFrom: open - 1, in: range),
           let found = attribution(backward, cue: cue), found.entityType != nil {
            return found
        }
        return attribution((open + 1)..<close, cue: cue)
    }

    /// The name before ", which" or ", who" opening the clause whose verb is the cue: at most three
    /// words ("last month") may stand between the pronoun and the verb.
    func relativeClauseSource(before last: Int, in range: Range<Int>, cue: String) -> ClaimAttribution? {
        let tokens = text.tokens
        var index = last
        while index >= range.lowerBound, last - index < 4, tokens[index].kind == .word,
              !LedgerVocabulary.relativePronouns.contains(tokens[index].lower) {
            guard isModifierWord(tokens[index]) || LedgerVocabulary.adverbs.contains(tokens[index].lower) else { return nil }
            index -= 1
        }
        guard index - 2 >= range.lowerBound, tokens[index].kind == .word, LedgerVocabulary.relativePronouns.contains(tokens[index].lower),
              tokens[index - 1].kind == .comma, let backward = phrase(backwardFrom: index - 2, in: range),
              names(backward, type: nil) else { return nil }
        return attribution(backward, cue: cue)
    }

    /// The source before a clause set off by commas that ends at token `last` (the word before the
    /// second comma): the clause must open with a lowercase word ("speaking about the deal").
    func insertedClauseSource(endingAt last: Int, in range: Range<Int>, cue: String) -> ClaimAttribution? {
        let tokens = text.tokens
        var comma = last
        while comma >= range.lowerBound, tokens[comma].kind != .comma {
            guard tokens[comma].kind == .word, last - comma < 10 else { return nil }
            comma -= 1
        }
        guard comma > range.lowerBound, comma + 1 <= last, !tokens[comma + 1].isCapitalised,
              let backward = phrase(backwardFrom: comma - 1, in: range), names(backward, type: nil),
              let found = attribution(backward, cue: cue), found.entityType != nil else { return nil }
        return found
    }

    /// Whether a phrase holds a named entity (of `type`, or a person or organisation), found without
    /// making any string: most phrases tried are not sources.
    func names(_ phrase: Range<Int>, type: EntityType?) -> Bool {
        let tokens = text.tokens
        return entities.entities(in: tokens[phrase.lowerBound].start..<tokens[phrase.upperBound - 1].end).contains { entity in
            type.map { entity.type == $0 } ?? (entity.type == .person || entity.type == .org)
        }
    }

    /// "NAME, a Turkey-based official in the group told Reuters": the name before the comma is the source.
    func attribution(withAppositiveBefore phrase: Range<Int>, in range: Range<Int>, cue: String) -> ClaimAttribution? {
        let tokens = text.tokens
        let comma = phrase.lowerBound - 1
        guard comma - 1 >= range.lowerBound, tokens[comma].kind == .comma, tokens[comma - 1].kind == .word,
              let person = entities.entity(covering: tokens[comma - 1].start), person.type == .person,
              person.end == tokens[comma - 1].end else { return nil }
        return ClaimAttribution(source: person.canonical, phrase: LedgerText.string(scalars[person.start..<tokens[phrase.upperBound - 1].end]),
                                cue: cue, entityType: .person, place: .sameSentence, start: person.start,
                                end: tokens[phrase.upperBound - 1].end)
    }

    /// The attribution a phrase of tokens makes: its person, its one named body, or its words.
    func attribution(_ phrase: Range<Int>, cue: String) -> ClaimAttribution? {
        let tokens = text.tokens
        let start = tokens[phrase.lowerBound].start
        let end = tokens[phrase.upperBound - 1].end
        let written = string(phrase)
        if let person = personIn(phrase) {
            return ClaimAttribution(source: person.canonical, phrase: written, cue: cue, entityType: .person,
                                    place: .sameSentence, start: start, end: end)
        }
        var content = phrase
        while !content.isEmpty, LedgerVocabulary.determiners.contains(tokens[content.lowerBound].lower) {
            content = (content.lowerBound + 1)..<content.upperBound
        }
        guard !content.isEmpty else { return nil }
        let contentStart = tokens[content.lowerBound].start
        // "the authority said": a body named earlier whose name holds the role word.
        if content.count == 1, content.lowerBound > phrase.lowerBound, let named = namedEarlier(holding: tokens[content.lowerBound].lower, before: start) {
            return ClaimAttribution(source: named.canonical, phrase: written, cue: cue, entityType: named.type,
                                    place: .sameSentence, start: start, end: end)
        }
        let named = entities.entities(in: contentStart..<end)
        if named.count == 1, let only = named.first, only.start == contentStart, only.end == end {
            return ClaimAttribution(source: only.canonical, phrase: written, cue: cue, entityType: only.type,
                                    place: .sameSentence, start: start, end: end)
        }
        return ClaimAttribution(source: LedgerText.string(scalars[contentStart..<end]), phrase: written, cue: cue,
                                entityType: nil, place: .sameSentence, start: start, end: end)
    }

    /// The last organisation named before `offset` whose name holds `word` ("National Disaster
    /// Management Authority" for "the authority").
    func namedEarlier(holding word: String, before offset: Int) -> Entity? {
        guard word.count > 3 else { return nil }
        return entities.entities.last { entity in
            entity.type == .org && entity.end <= offset && entity.text.lowercased().split(separator: " ").contains { $0 == word }
        }
    }

    /// The last person named inside a phrase.
    func personIn(_ phrase: Range<Int>) -> Entity? {
        let tokens = text.tokens
        return entities.entities(in: tokens[phrase.lowerBound].start..<tokens[phrase.upperBound - 1].end)
            .last { $0.type == .person }
    }

    /// The person a "he" or "she" most likely means: the last one named before it.
    func pronounSource(before offset: Int) -> Entity? {
        entities.entities.last { $0.type == .person && $0.end <= offset }
    }

    /// Whether a token may stand in a source's phrase.
    func isPhraseWord(_ token: LedgerToken) -> Bool {
        token.kind == .word && (token.isCapitalised || isRoleWord(token.lower))
            // "From", "In" opening a sentence are capitalised but name no one.
            && !(token.isCapitalised && (LedgerVocabulary.prepositions.contains(token.lower)
                                         || LedgerVocabulary.clauseWords.contains(token.lower)))
            && (!LedgerVocabulary.firstPerson.contains(token.lower) || isCountryUS(token))
            && !LedgerVocabulary.pronouns.contains(token.lower)
    }

    /// The source phrase ending at token `last`, walking back over names, role words and
    /// "of"/"in" between them, to a determiner at most. Up to three other lowercase words may
    /// stand inside ("the Iraqi migration ministry") when a name or an article comes before them.
    func phrase(backwardFrom last: Int, in range: Range<Int>) -> Range<Int>? {
        let tokens = text.tokens
        var first = last + 1
        var index = last
        var pending = 0
        while index >= range.lowerBound {
            let token = tokens[index]
            if token.kind == .word, LedgerVocabulary.determiners.contains(token.lower) {
                first = index
                // A name with an article inside ("Save the Children") goes on before it.
                if index - 1 >= range.lowerBound, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalised,
                   index + 1 <= last, tokens[index + 1].isCapitalised {
                    index -= 1
                    continue
                }
                // "an official in the group": the phrase goes on before "in the".
                if index - 2 >= range.lowerBound, LedgerVocabulary.phrasePrepositions.contains(tokens[index - 1].lower),
                   isPhraseWord(tokens[index - 2]) {
                    index -= 2
                    continue
                }
                break
            }
            if isPhraseWord(token) {
                first = index
                pending = 0
                index -= 1
                continue
            }
            if token.kind == .word, LedgerVocabulary.phrasePrepositions.contains(token.lower), first <= last,
               index - 1 >= range.lowerBound, isPhraseWord(tokens[index - 1]) || LedgerVocabulary.determiners.contains(tokens[index - 1].lower) {
                index -= 1
                continue
            }
            if isModifierWord(token), first <= last, pending < 3 {
                pending += 1
                index -= 1
                continue
            }
            break
        }
        guard first <= last else { return nil }
        // "From reports gathered…", "Early estimates put…": one capitalised word opening the
        // sentence that is no name the recogniser found, nor a role word, is no source.
        if first == last, first == range.lowerBound, !isRoleWord(tokens[first].lower),
           entities.entity(covering: tokens[first].start) == nil, isPlainlyCapitalised(tokens[first]) {
            return nil
        }
        return hasContent(first..<(last + 1)) ? extendedToEntity(first..<(last + 1)) : nil
    }

    /// The source phrase starting at token `first` ("the United Nations", "a Russian official",
    /// "Pakistan's planning minister").
    func phrase(forwardFrom first: Int, in range: Range<Int>) -> Range<Int>? {
        let tokens = text.tokens
        var index = first
        if index < range.upperBound, tokens[index].kind == .word,
           LedgerVocabulary.determiners.contains(tokens[index].lower) || ["its", "their"].contains(tokens[index].lower) {
            index += 1
        }
        // "said 72-year-old Omar Benhanna": an age before the name is passed over.
        if index + 1 < range.upperBound, tokens[index].kind == .word, tokens[index].lower.hasSuffix("-old"),
           tokens[index].lower.first?.isNumber == true {
            index += 1
        }
        // "according to its latest annual report": modifiers before a role word.
        var ahead = index
        while ahead < range.upperBound, ahead - index < 3, isModifierWord(tokens[ahead]) { ahead += 1 }
        // "according to the most recent NDRRMC count": the same before a name.
        if ahead > index, ahead < range.upperBound, isPhraseWord(tokens[ahead]) {
            index = ahead
        }
        var end = index
        while index < range.upperBound {
            let token = tokens[index]
            if isPhraseWord(token) {
                index += 1
                end = index
                continue
            }
            if token.kind == .word, LedgerVocabulary.phrasePrepositions.contains(token.lower), index + 1 < range.upperBound,
               isPhraseWord(tokens[index + 1]) || LedgerVocabulary.determiners.contains(tokens[index + 1].lower) {
                index += 1
                if tokens[index].kind == .word, LedgerVocabulary.determiners.contains(tokens[index].lower) { index += 1 }
                continue
            }
            // Lowercase words inside the phrase count only when a role word follows them.
            if isModifierWord(token), end > first {
                var ahead = index
                while ahead < range.upperBound, ahead - index < 3, isModifierWord(tokens[ahead]) { ahead += 1 }
                if ahead < range.upperBound, isPhraseWord(tokens[ahead]), !tokens[ahead].isCapitalised {
                    index = ahead
                    continue
                }
            }
            break
        }
        guard end > first, hasContent(first..<end) else { return nil }
        // "Pakistan's planning minister, Ahsan Iqbal,": the name in apposition is the source.
        if end + 1 < range.upperBound, tokens[end].kind == .comma, tokens[end + 1].kind == .word,
           let person = entities.entity(covering: tokens[end + 1].start), person.type == .person, person.start == tokens[end + 1].start {
            var last = end + 1
            while last + 1 < range.upperBound, tokens[last + 1].end <= person.end { last += 1 }
            return first..<(last + 1)
        }
        return extendedToEntity(first..<end)
    }

    /// Whether the phrase starting at scalar `start` follows ", and" (or ", but", ", while").
    func opensCoordinateClause(at start: Int, in range: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard let first = range.first(where: { tokens[$0].start == start }), first - 2 >= range.lowerBound else { return false }
        return ["and", "but", "while", "whereas"].contains(tokens[first - 1].lower) && tokens[first - 2].kind == .comma
    }

    /// "US" in capitals is the country ("the US Geological Survey"), not the pronoun "us".
    func isCountryUS(_ token: LedgerToken) -> Bool {
        token.lower == "us" && token.end - token.start == 2 && scalars[token.start + 1] == "S"
    }

    /// A word whose only capital is its first letter ("Early", not "GeoNet" or "NDRRMC").
    func isPlainlyCapitalised(_ token: LedgerToken) -> Bool {
        scalars[(token.start + 1)..<token.end].allSatisfy { !$0.properties.isUppercase }
    }

    /// A word of `sourceWords`, or its plural ("commanders").
    func isRoleWord(_ word: String) -> Bool {
        LedgerVocabulary.sourceWords.contains(word) || (word.hasSuffix("s") && LedgerVocabulary.sourceWords.contains(String(word.dropLast())))
    }

    /// A lowercase word that may modify a role noun: not a verb we know, a cue, a pronoun or a number.
    func isModifierWord(_ token: LedgerToken) -> Bool {
        token.kind == .word && !token.isCapitalised && !isRoleWord(token.lower) && !LedgerVocabulary.speechVerbs.contains(token.lower)
            && !LedgerVocabulary.pronouns.contains(token.lower) && !LedgerVocabulary.adverbs.contains(token.lower)
            && !LedgerVocabulary.firstPerson.contains(token.lower) && !LedgerVocabulary.phrasePrepositions.contains(token.lower)
            && !LedgerVocabulary.clauseWords.contains(token.lower)
            && !(token.lower.first.map { $0.isNumber } ?? false)
    }

    /// A phrase that starts inside a name starts where the name does ("the Children" of "Save the Children").
    func extendedToEntity(_ phrase: Range<Int>) -> Range<Int> {
        let tokens = text.tokens
        guard let entity = entities.entity(covering: tokens[phrase.lowerBound].start), entity.start < tokens[phrase.lowerBound].start else {
            return phrase
        }
        var first = phrase.lowerBound
        while first > 0, tokens[first - 1].start >= entity.start { first -= 1 }
        return first..<phrase.upperBound
    }

    /// A phrase names a source when it has a name or a role word beyond its article.
    func hasContent(_ phrase: Range<Int>) -> Bool {
        phrase.contains { index in
            let token = text.tokens[index]
            return !LedgerVocabulary.determiners.contains(token.lower) && isPhraseWord(token)
        }
    }

    func string(_ phrase: Range<Int>) -> String {
        LedgerText.string(scalars[text.tokens[phrase.lowerBound].start..<text.tokens[phrase.upperBound - 1].end])
    }
}
