/// What decides a quantity's kind: currency signs and words, percent, units of measure and time,
/// compounds ("five-year"), the other end of a range, and the counted head of a count.
extension ClaimScanner {
    /// The unit around `number`, or nil when it has none (a count, a year or a bare number).
    mutating func unitMatch(for number: ClaimNumber, allowRange: Bool = true) -> ClaimUnitMatch? {
        let first = number.first, last = number.last
        let before = token(first - 1)
        let next = token(last + 1)

        // Money written with a sign or a code first: "$4.8 million", "US$5", "€20", "USD 5".
        if first - 1 >= floor, before.kind == .currency {
            var start = first - 1
            let code = token(first - 2)
            if first - 2 >= floor, code.kind == .word, !before.spaceBefore, code.capitalized, code.end - code.start <= 3 {
                start = first - 2
            }
            var match = ClaimUnitMatch(kind: .money, unitFirst: start, unitLast: first - 1, first: start, last: last)
            match.rules.record(.currencyFirst)
            applyMoneyAbbreviation(number, to: &match)
            // The currency named again after the amount: "$2.3 billion dollars".
            let name = token(match.last + 1)
            if name.kind == .word, name.spaceBefore, !name.lineBreakBefore, roles(name).contains(.currency), !isPound(name) {
                match.last += 1
                match.rules.record(.currencyNamedAgain)
            }
            return match
        }
        // A code, symbol or name first: "Rs 5 crore", "Ksh. 2,363", "R20", "KES 500", "US dollars 6000".
        let mayFollowCurrency = (before.kind == .word && !before.roles.isDisjoint(with: [.currency, .currencyCode]))
            || (before.kind == .punctuation && before.mark == UInt8(ascii: ".") && !before.spaceBefore)
        if mayFollowCurrency, next.kind != .percentSign, !isWord(last + 1, "percent"), let (start, code) = currencyBefore(first),
           start >= floor, !next.lineBreakBefore {
            var match = ClaimUnitMatch(kind: .money, unitFirst: start, unitLast: code, first: start, last: last)
            match.rules.record(.currencyCodeFirst)
            applyMoneyAbbreviation(number, to: &match)
            return match
        }

        // "COP2,000": the tokenizer parts the peso's code from the digits only before an amount.
        if first - 1 >= floor, before.kind == .word, before.word == 0, !token(first).spaceBefore,
           ClaimTokenizer.isColombianPesoCode(bytes, before.start, before.end) {
            var match = ClaimUnitMatch(kind: .money, unitFirst: first - 1, unitLast: first - 1, first: first - 1, last: last)
            match.rules.record(.gluedPesoCode)
            applyMoneyAbbreviation(number, to: &match)
            return match
        }

        // A unit glued to the digits: "5km", "20kg", "100m".
        if number.gluedUnit != 0 {
            let word = lexicon.words[Int(number.gluedUnit)]
            let digits = token(last)   // the digits with the glued unit ("minus" may come first)
            let unitText = Self.lowercased(UnsafeBufferPointer(rebasing: bytes[digits.suffixStart..<digits.end]))
            var match = ClaimUnitMatch(kind: .measure, first: first, last: last)
            match.rules.record(.gluedUnit)
            match.unitText = unitText
            if word.roles.contains(.measureUnit) || word.roles.contains(.unitTail) {
                match.last = extendMeasure(after: last)   // "90km/h", "5km per hour"
            }
            if word.roles.contains(.durationUnit) {
                match.kind = .duration
                match.seconds = word.seconds
            } else if word.roles.contains(.currency) {
                match.kind = .money
            }
            return match
        }

        // Percent: "93%", "93 percent", "93 per cent", "2 percentage points".
        if next.kind == .percentSign, !next.lineBreakBefore {
            return ClaimUnitMatch(kind: .percent, unitFirst: last + 1, unitLast: last + 1, first: first, last: last + 1).by(.percentSign)
        }
        if next.kind == .word, next.word != 0, !next.lineBreakBefore {
            let nextText = text(next)
            if nextText == "percent" || nextText == "pct" {
                return ClaimUnitMatch(kind: .percent, unitFirst: last + 1, unitLast: last + 1, first: first, last: last + 1).by(.percentWords)
            }
            if (nextText == "per" && isWord(last + 2, "cent"))
                || ((nextText == "percentage" || isWord(last + 1, "basis")) && (isWord(last + 2, "point") || isWord(last + 2, "points"))) {
                return ClaimUnitMatch(kind: .percent, unitFirst: last + 1, unitLast: last + 2, first: first, last: last + 2).by(.percentWords)
            }
        }

        // A currency sign after the number, as much of Europe writes it: "20 €", "20€", "300 ₽"; not
        // when digits follow the sign, which then opens the next amount ("in 2019 $5 billion").
        if next.kind == .currency, !next.lineBreakBefore, token(last + 2).kind != .number {
            return ClaimUnitMatch(kind: .money, unitFirst: last + 1, unitLast: last + 1, first: first, last: last + 1).by(.currencySignAfter)
        }

        // A unit written first: "magnitude 7.6", "Category 4".
        if first - 1 >= floor, before.kind == .word, roles(before).contains(.leadingUnit), next.kind != .dash {
            return ClaimUnitMatch(kind: .measure, unitFirst: first - 1, unitLast: first - 1, first: first - 1, last: last).by(.leadingUnit)
        }
        // "magnitude-7.6"
        let glued = token(first - 2)
        if first - 2 >= floor, before.kind == .dash, !before.spaceBefore, !token(first).spaceBefore, glued.kind == .word,
           roles(glued).contains(.leadingUnit) {
            return ClaimUnitMatch(kind: .measure, unitFirst: first - 2, unitLast: first - 2, first: first - 2, last: last).by(.leadingUnit)
        }

        // Compounds: "five-year", "23-year-old", "167-kilometer", "7.6-magnitude", "two-time".
        let compound = token(last + 2)
        if next.kind == .dash, !next.spaceBefore, !compound.spaceBefore, compound.kind == .word, !compound.alphanumeric {
            let compoundRoles = roles(compound)
            if compoundRoles.contains(.durationUnit) {
                var match = ClaimUnitMatch(kind: .duration, unitFirst: last + 2, unitLast: last + 2, first: first, last: last + 2)
                match.rules.record(.compoundDuration)
                match.seconds = entry(compound).seconds
                let dash = token(last + 3)
                if dash.kind == .dash, !dash.spaceBefore, isWord(last + 4, "old"), !token(last + 4).spaceBefore {
                    match.last = last + 4
                }
                return match
            }
            if compoundRoles.contains(.measureUnit) {
                return ClaimUnitMatch(kind: .measure, unitFirst: last + 2, unitLast: last + 2, first: first, last: last + 2).by(.compoundMeasure)
            }
            if compoundRoles.contains(.currency) {
                // "a 500-pound bomb" weighs; "a 20-dollar note" pays.
                let kind: ClaimKind = isPound(compound) ? .measure : .money
                return ClaimUnitMatch(kind: kind, unitFirst: last + 2, unitLast: last + 2, first: first, last: last + 2).by(kind == .measure ? .poundsOfWeight : .compoundCurrency)
            }
            let compoundText = String(decoding: UnsafeBufferPointer(rebasing: bytes[compound.start..<compound.end]), as: UTF8.self)
            if !compound.capitalized, compoundRoles.isDisjoint(with: [.cardinal, .ordinal, .denominator, .month, .scale]),
               !ClaimVocabulary.idiomCompounds.contains(compoundText) {
                return ClaimUnitMatch(kind: .count, unitFirst: last + 2, unitLast: last + 2, first: first, last: last + 2).by(.compoundCount)
            }
        }

        // A unit after a space: "five kilometers", "24 hours", "20 million lei", "34 degrees Celsius".
        if next.kind == .word, next.word != 0, !next.lineBreakBefore {
            let nextRoles = roles(next)
            if nextRoles.contains(.unitModifier), roles(token(last + 2)).contains(.measureUnit), token(last + 2).kind == .word {
                return ClaimUnitMatch(kind: .measure, unitFirst: last + 1, unitLast: last + 2, first: first,
                                      last: extendMeasure(after: last + 2)).by(.measureUnit)
            }
            if nextRoles.contains(.measureUnit) {
                return ClaimUnitMatch(kind: .measure, unitFirst: last + 1, unitLast: last + 1, first: first,
                                      last: extendMeasure(after: last + 1)).by(.measureUnit)
            }
            // "18 consecutive months", "three straight days": one adjective before a unit of time.
            let afterNext = token(last + 2)
            if !nextRoles.contains(.durationUnit), nextRoles.contains(.durationAdjective),
               afterNext.kind == .word, afterNext.spaceBefore, roles(afterNext).contains(.durationUnit), entry(afterNext).seconds > 0 {
                var match = ClaimUnitMatch(kind: .duration, unitFirst: last + 1, unitLast: last + 2, first: first, last: last + 2)
                match.rules.record(.durationAdjective)
                match.seconds = entry(afterNext).seconds
                return match
            }
            if nextRoles.contains(.durationUnit), entry(next).seconds > 0, !(text(next) == "quarters" && number.value < 2) {
                var match = ClaimUnitMatch(kind: .duration, unitFirst: last + 1, unitLast: last + 1, first: first, last: last + 1)
                match.rules.record(.durationUnit)
                match.seconds = entry(next).seconds
                return match
            }
            if nextRoles.contains(.currency) {
                let kind: ClaimKind = isPound(next) && isWeight(number, unit: last + 1) ? .measure : .money
                return ClaimUnitMatch(kind: kind, unitFirst: last + 1, unitLast: last + 1, first: first, last: last + 1).by(kind == .measure ? .poundsOfWeight : .currencyWordAfter)
            }
            // "500 NIS", "2 million KES"; "27.4 trillion CFA francs" with the currency's name after its code.
            if nextRoles.contains(.currencyCode), next.capitalized, next.end - next.start >= 2 {
                let name = token(last + 2)
                let unitLast = name.kind == .word && name.spaceBefore && !name.lineBreakBefore && roles(name).contains(.currency)
                    ? last + 2 : last + 1
                return ClaimUnitMatch(kind: .money, unitFirst: last + 1, unitLast: unitLast, first: first, last: unitLast).by(.currencyCodeAfter)
            }
            // "13 billions of dollars", "2 million of U.S. dollars": a scaled number of a currency.
            if number.scaled, text(next) == "of" {
                let unit = token(last + 2)
                if unit.kind == .word, unit.spaceBefore, !unit.lineBreakBefore, roles(unit).contains(.currency), !isPound(unit) {
                    return ClaimUnitMatch(kind: .money, unitFirst: last + 1, unitLast: last + 2, first: first, last: last + 2).by(.scaledOfCurrency)
                }
                if let currency = currencyNameAfter(last + 1) {
                    return ClaimUnitMatch(kind: .money, unitFirst: last + 1, unitLast: currency, first: first, last: currency).by(.scaledOfCurrency)
                }
            }
        }
        // Currency names with letters beyond ASCII, which the lexicon does not hold: "2 billion krónur", "40 øre".
        if next.kind == .word, next.word == 0, next.spaceBefore, !next.lineBreakBefore, !next.alphanumeric,
           next.end - next.start <= ClaimVocabulary.longestNonASCIICurrency, bytes[next.start..<next.end].contains(where: { $0 >= 0x80 }),
           ClaimVocabulary.nonASCIICurrencies.contains(Self.lowercased(UnsafeBufferPointer(rebasing: bytes[next.start..<next.end]))) {
            return ClaimUnitMatch(kind: .money, unitFirst: last + 1, unitLast: last + 1, first: first, last: last + 1).by(.nonASCIICurrency)
        }
        // An exchange rate: "1,620 per dollar", "45.12 against the U.S. dollar"; the span is the number.
        if next.kind == .word, next.roles.contains(.stop), !next.lineBreakBefore, isExchangeRate(after: last) {
            return ClaimUnitMatch(kind: .money, first: first, last: last).by(.exchangeRate)
        }
        // "150,000 Egyptian pounds", "27.4 trillion CFA francs", "7,000 U.S. dollars", "5 Hong Kong dollars"
        if next.kind == .word, next.capitalized, let currency = currencyNameAfter(last) {
            return ClaimUnitMatch(kind: .money, unitFirst: last + 1, unitLast: currency, first: first, last: currency).by(.currencyNameAfter)
        }
        if next.kind == .degreeSign {
            var end = last + 1
            let scale = token(last + 2)
            if scale.kind == .word, !scale.spaceBefore, roles(scale).contains(.unitTail) { end = last + 2 }
            return ClaimUnitMatch(kind: .measure, unitFirst: last + 1, unitLast: end, first: first, last: end).by(.degreeSign)
        }

        // The other end of a range gives the kind: "three to eight years", "two or three days", "10-15%".
        if allowRange, let match = rangeMatch(for: number) { return match }
        return nil
    }

    /// The currency written right before the number at `first`: where its span starts and its code's
    /// token. A capitalised code or symbol ("KES", "Ksh", "Rs", "CHF"), with a full stop ("Ksh.", "Rs.");
    /// a one-letter symbol only glued to the digits ("R20"); a currency name after capitalised words
    /// ("US dollars 6000", "Egyptian pounds 500").
    private mutating func currencyBefore(_ first: Int) -> (start: Int, code: Int)? {
        let digits = token(first)
        guard !digits.lineBreakBefore else { return nil }
        var code = first - 1
        if isMark(code, "."), !token(code).spaceBefore, token(code - 1).kind == .word { code -= 1 }
        let word = token(code)
        guard word.kind == .word, word.word != 0 else { return nil }
        let wordRoles = roles(word)
        let length = word.end - word.start
        if wordRoles.contains(.currencyCode) || (wordRoles.contains(.currency) && length <= 3) {
            guard word.capitalized else { return nil }
            if length == 1, code != first - 1 || digits.spaceBefore { return nil }
            return (code, code)
        }
        guard wordRoles.contains(.currency), code == first - 1, digits.spaceBefore, word.spaceBefore,
              let start = capitalisedRunStart(before: code) else { return nil }
        return (start, code)
    }

    /// The first token of a run of capitalised words (with glued full stops: "U.S.") ending right before
    /// `index`, at most four tokens long; nil when the token before is not such a word.
    private mutating func capitalisedRunStart(before index: Int) -> Int? {
        var start: Int?
        var position = index - 1
        while position >= index - 4 {
            let candidate = token(position)
            if candidate.kind == .word, candidate.capitalized, !candidate.alphanumeric,
               roles(candidate).isDisjoint(with: [.currency, .month, .weekday, .cardinal, .ordinal, .scale]) {
                start = position
                if candidate.spaceBefore || candidate.lineBreakBefore { break }
            } else if !(candidate.kind == .punctuation && candidate.mark == UInt8(ascii: ".") && !candidate.spaceBefore) {
                break
            }
            position -= 1
        }
        return start
    }

    /// The last token of a currency name after capitalised words following the number at `last`:
    /// "Egyptian pounds", "CFA francs", "U.S. dollars", "Hong Kong dollars"; nil when there is none.
    private mutating func currencyNameAfter(_ last: Int) -> Int? {
        let first = token(last + 1)
        guard first.kind == .word, first.capitalized, first.spaceBefore, !first.lineBreakBefore else { return nil }
        var position = last + 1
        while position <= last + 5 {
            let candidate = token(position)
            if candidate.kind == .word, !candidate.lineBreakBefore, roles(candidate).contains(.currency) {
                return position > last + 1 && candidate.spaceBefore ? position : nil
            }
            if candidate.kind == .word, candidate.capitalized, !candidate.alphanumeric, !candidate.lineBreakBefore,
               roles(candidate).isDisjoint(with: [.month, .weekday, .durationUnit, .measureUnit, .cardinal, .scale]) {
                position += 1
            } else if candidate.kind == .punctuation, candidate.mark == UInt8(ascii: "."), !candidate.spaceBefore {
                position += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// "per dollar", "against the dollar", "to the U.S. dollar" after the number at `last`.
    private mutating func isExchangeRate(after last: Int) -> Bool {
        let position: Int
        if isWord(last + 1, "per") {
            let currency = token(last + 2)
            if currency.kind == .word && !roles(currency).isDisjoint(with: [.currency, .currencyCode]) { return true }
            // "per U.S. dollar": a capitalised name before the currency.
            guard currency.kind == .word, currency.capitalized else { return false }
            position = last + 2
        } else {
            guard isWord(last + 1, "against") || isWord(last + 1, "to"), isWord(last + 2, "the") else { return false }
            position = last + 3
        }
        return isCurrencyName(from: position)
    }

    /// A currency after at most four capitalised words and glued full stops from `start`: "dollar",
    /// "U.S. dollar", "Hong Kong dollar".
    private mutating func isCurrencyName(from start: Int) -> Bool {
        var position = start
        while position <= start + 4 {
            let candidate = token(position)
            if candidate.kind == .word, roles(candidate).contains(.currency) { return true }
            let insideName = (candidate.kind == .word && candidate.capitalized)
                || (candidate.kind == .punctuation && candidate.mark == UInt8(ascii: ".") && !candidate.spaceBefore)
            guard insideName else { return false }
            position += 1
        }
        return false
    }

    /// The word is "pound" or "pounds", which weigh as often as they pay.
    private func isPound(_ word: ClaimToken) -> Bool {
        let length = word.end - word.start
        guard word.kind == .word, length == 5 || length == 6 else { return false }
        let text = text(word)
        return text == "pound" || text == "pounds"
    }

    /// "pounds" after the number weigh: after a verb of weight ("weighed 150 pounds", "lost 20 pounds")
    /// or before "of" with an unscaled number ("20 pounds of cocaine"); "5 million pounds of aid" pays.
    private mutating func isWeight(_ number: ClaimNumber, unit: Int) -> Bool {
        for back in 1...3 {
            let word = token(number.first - back)
            guard word.kind == .word else { continue }
            let wordText = Self.lowercased(UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]))
            if ClaimVocabulary.weightWords.contains(wordText) { return true }
        }
        return !number.scaled && isWord(unit + 1, "of")
    }

    /// "$5m", "$5 bn", "€2k": money abbreviations of a million, billion, thousand.
    private mutating func applyMoneyAbbreviation(_ number: ClaimNumber, to match: inout ClaimUnitMatch) {
        if number.gluedUnit != 0, let multiplier = moneyMultiplier(number.gluedUnit) {
            match.multiplier = multiplier
            match.rules.record(.moneyAbbreviation)
            return
        }
        guard !number.scaled else { return }
        let next = token(match.last + 1)
        if next.kind == .word, let multiplier = moneyMultiplier(next.word) {
            match.multiplier = multiplier
            match.last += 1
            match.rules.record(.moneyAbbreviation)
        }
    }

    /// Units that run on: "degrees Celsius", "km per hour", "miles an hour", "km/h".
    private mutating func extendMeasure(after unit: Int) -> Int {
        let next = token(unit + 1)
        if next.kind == .word, next.word != 0, roles(next).contains(.unitTail), next.capitalized || text(next).count > 1 {
            return unit + 1
        }
        // Rates: "per" with any unit of time; "an hour", "a second" only (speeds), since "30,000
        // tonnes a year" reads as a quantity followed by its period.
        let period = token(unit + 2)
        if period.kind == .word, roles(period).contains(.durationUnit) {
            let periodText = text(period)
            if isWord(unit + 1, "per"), ClaimVocabulary.ratePeriods.contains(periodText) {
                return unit + 2
            }
            if isWord(unit + 1, "an") && periodText == "hour" || isWord(unit + 1, "a") && periodText == "second" {
                return unit + 2
            }
        }
        if next.kind == .punctuation, next.mark == UInt8(ascii: "/"), !next.spaceBefore {
            let per = token(unit + 2)
            if per.kind == .word, !per.spaceBefore, per.end - per.start <= 2 { return unit + 2 }
        }
        return unit
    }

    /// A bare number followed by "to", "or", "and" or a dash and a number with a unit takes that unit's kind.
    private mutating func rangeMatch(for number: ClaimNumber) -> ClaimUnitMatch? {
        let last = number.last
        let joiner = token(last + 1)
        let joinerText = joiner.kind == .word ? text(joiner) : ""
        let isJoiner = joiner.kind == .dash || joinerText == "to" || joinerText == "or" || joinerText == "and"
        guard isJoiner, !joiner.lineBreakBefore else { return nil }
        let otherStart = token(last + 2)
        guard otherStart.kind == .number || otherStart.kind == .word || otherStart.kind == .currency else { return nil }
        let otherIndex = otherStart.kind == .currency ? last + 3 : last + 2
        let savedFloor = floor
        floor = otherStart.kind == .currency ? last + 2 : otherIndex
        defer { floor = savedFloor }
        guard let other = readNumber(at: otherIndex), !other.ordinal, !other.fraction, !other.decade,
              let otherMatch = unitMatch(for: other, allowRange: false),
              otherMatch.kind == .money || otherMatch.kind == .percent || otherMatch.kind == .measure
                || otherMatch.kind == .duration else { return nil }
        var match = ClaimUnitMatch(kind: otherMatch.kind, first: number.first, last: last)
        if !number.scaled { match.multiplier = other.scale * otherMatch.multiplier }
        match.seconds = otherMatch.seconds
        match.rules.record(.rangeOtherEnd)
        return match
    }

    // MARK: Counted heads

    /// The last token of the counted noun after a number ("civilians", "sick and injured children",
    /// "Kenyan, Ugandan and Burundian troops"), or nil when none follows.
    mutating func countedHead(after number: ClaimNumber) -> Int? {
        var position = number.last + 1
        var head: Int?
        var modifiers = 0
        var joined = false
        while position <= number.last + 8 {
            let candidate = token(position)
            if candidate.kind == .punctuation, candidate.mark == UInt8(ascii: ","), head == nil, modifiers > 0,
               token(position - 1).capitalized, token(position + 1).capitalized, token(position + 1).kind == .word {
                position += 1
                continue
            }
            guard candidate.kind == .word, candidate.spaceBefore, !candidate.lineBreakBefore, !candidate.alphanumeric else { break }
            let candidateRoles = roles(candidate)
            // "10 more air defence systems": "more" right after the number, before a content word.
            if position == number.last + 1, text(candidate) == "more", candidate.word != 0, isContinuingWord(position + 1) {
                modifiers += 1
                position += 1
                continue
            }
            if candidateRoles.contains(.stop), !candidateRoles.contains(.pluralNoun) {
                let candidateText = text(candidate)
                if head == nil, modifiers > 0, !joined, candidateText == "and" || candidateText == "or" {
                    joined = true
                    position += 1
                    continue
                }
                break
            }
            if !candidateRoles.isDisjoint(with: [.durationUnit, .measureUnit, .currency, .percent, .month, .weekday,
                                                 .cardinal, .scale, .ordinal, .timeZone, .meridiem, .denominator, .dozen]) {
                break
            }
            if candidateRoles.contains(.pluralNoun) || looksPlural(candidate) {
                head = position
                position += 1
                continue
            }
            if head != nil { break }
            if candidateRoles.contains(.headAdjective), !isContinuingWord(position + 1) {
                head = position
                break
            }
            modifiers += 1
            if modifiers > 3 { break }
            position += 1
        }
        let dash = token(number.first - 1)
        let scoreEnd = dash.kind == .dash && !dash.spaceBefore && !token(number.first).spaceBefore
            && token(number.first - 2).kind == .number
        if head == nil, number.value == 1, !number.scaled, !scoreEnd {
            // "one constituency": a singular noun right after "one".
            let noun = token(number.last + 1)
            if noun.kind == .word, noun.spaceBefore, !noun.lineBreakBefore, !noun.capitalized, !noun.alphanumeric,
               roles(noun).isDisjoint(with: [.stop, .durationUnit, .measureUnit, .currency, .percent, .cardinal, .scale,
                                             .ordinal, .denominator, .article]) {
                head = number.last + 1
            }
        }
        if joined, let found = head, found <= number.last + 1 { return found }
        return head
    }

    /// The token after a candidate head is a word that could still belong to the noun phrase.
    private mutating func isContinuingWord(_ index: Int) -> Bool {
        let next = token(index)
        return next.kind == .word && next.spaceBefore && !roles(next).contains(.stop)
    }

    /// The token at `index` is a word that reads as a plural noun, after a space.
    mutating func isPluralWord(_ index: Int) -> Bool {
        let word = token(index)
        guard word.kind == .word, word.spaceBefore, !word.lineBreakBefore else { return false }
        return word.roles.contains(.pluralNoun) || (!word.roles.contains(.stop) && looksPlural(word))
    }

    /// A word that reads as a plural noun: ends in -s but not -ss, -us, -is ("civilians", "cases").
    func looksPlural(_ word: ClaimToken) -> Bool {
        let length = word.end - word.start
        guard length >= 3 else { return false }
        let last = bytes[word.end - 1] | 0x20
        let previous = bytes[word.end - 2] | 0x20
        guard last == UInt8(ascii: "s") else { return false }
        return previous != UInt8(ascii: "s") && previous != UInt8(ascii: "u") && previous != UInt8(ascii: "i")
            && previous >= 0x61 && previous <= 0x7A
    }

    // MARK: Compound durations

    /// "14 years and six months", "1 minute 12 seconds": one span. The value is in the first unit,
    /// or in seconds when the last unit is seconds (race times).
    mutating func mergeCompoundDuration(into match: inout ClaimUnitMatch) {
        guard match.seconds > 0, let unitLast = match.unitLast, unitLast == match.last else { return }
        var position = match.last + 1
        if isWord(position, "and") { position += 1 }
        let start = token(position)
        guard start.spaceBefore, !start.lineBreakBefore, start.kind == .number || start.kind == .word else { return }
        let savedFloor = floor
        floor = position
        defer { floor = savedFloor }
        guard let part = readNumber(at: position), !part.ordinal, !part.fraction, !part.decade, !part.scaled else { return }
        let unit = token(part.last + 1)
        guard unit.kind == .word, unit.spaceBefore, roles(unit).contains(.durationUnit) else { return }
        let partSeconds = entry(unit).seconds
        guard partSeconds > 0, partSeconds < match.seconds else { return }
        let firstValue = readNumber(at: match.first).map { $0.value } ?? 0
        let totalSeconds = firstValue * match.seconds + part.value * partSeconds
        match.value = partSeconds == 1 ? totalSeconds : totalSeconds / match.seconds
        match.last = part.last + 1
        match.unitLast = part.last + 1
        match.rules.record(.compoundDurationMerge)
    }
}
