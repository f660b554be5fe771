/// Reading one claim around a number: its kind from what surrounds it, its qualifier, its span.
extension ClaimScanner {
    /// Reads the claim(s) at token `index`; returns the token to continue from, or nil when none.
    mutating func parseClaim(at index: Int) -> Int? {
        let current = token(index)
        if current.kind == .clock { return parseClock(at: index) }
        if current.kind == .word {
            let wordRoles = roles(current)
            if wordRoles.contains(.month) { return parseMonthFirstDate(at: index) }
            if wordRoles.contains(.denominator) || wordRoles.contains(.ordinal), !wordRoles.contains(.cardinal) {
                return parseLoneFractionOrOrdinal(at: index)
            }
        } else if current.kind == .number {
            // Dates in digits continue with a hyphen, slash or full stop glued on.
            if current.end < bytes.count, bytes[current.end] == UInt8(ascii: "-") || bytes[current.end] == UInt8(ascii: "/")
                || bytes[current.end] == UInt8(ascii: "."), let end = parseNumericDate(at: index) { return end }
            if isIdentifier(at: index) { return skipIdentifier(at: index) }
        }
        guard let number = readNumber(at: index) else { return nil }
        if let end = parseDayFirstDate(number) { return end }
        if number.ordinal {
            note(.ordinalSuffix)
            emit(first: number.first, last: number.last, kind: .ordinal, value: number.value)
            return number.last + 1
        }
        if number.decade {
            // "in his 70s" is an age (a duration); "the 1990s", "the '90s" are dates.
            let owner = token(number.first - 1)
            if number.value < 100, owner.kind == .word, ClaimVocabulary.possessives.contains(text(owner)) {
                note(.decadeAge)
                emit(first: number.first, last: number.last, kind: .duration, value: number.value)
                return number.last + 1
            }
            let year = number.value < 100 ? 1900 + number.value : number.value
            note(.decadeYears)
            emit(first: number.first, last: number.last, kind: .date, value: year)
            return number.last + 1
        }
        if let end = parseNumericTime(number) { return end }
        if number.fraction {
            note(.fractionNumber)
            emitQuantity(number, match: ClaimUnitMatch(kind: .fraction, first: number.first, last: number.last))
            return number.last + 1
        }
        if let end = parseProportion(number) { return end }
        return parseQuantity(number)
    }

    // MARK: Quantities

    /// Counts, percentages, money, measures and durations: the number with its unit or counted head.
    private mutating func parseQuantity(_ number: ClaimNumber) -> Int? {
        // "the Thirty Years' War", "Six Nations": a capitalised number word inside a sentence, before
        // a capitalised word, is part of a name.
        let firstToken = token(number.first)
        let afterNumber = token(number.last + 1)
        if number.spelled, firstToken.capitalized, !isSentenceStart(number.first), afterNumber.kind == .word,
           afterNumber.capitalized, afterNumber.spaceBefore {
            return number.last + 1
        }
        // "the Group of Seven", "the Gang of Four": a capitalised number word after "of" and a capitalised word.
        if number.spelled, firstToken.capitalized, !isSentenceStart(number.first), isWord(number.first - 1, "of"),
           token(number.first - 2).kind == .word, token(number.first - 2).capitalized, !isSentenceStart(number.first - 2) {
            return number.last + 1
        }
        // "two-way", "one-off": idioms, not quantities.
        let dash = token(number.last + 1)
        let compound = token(number.last + 2)
        if dash.kind == .dash, !dash.spaceBefore, !compound.spaceBefore, compound.kind == .word,
           ClaimVocabulary.idiomCompounds.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[compound.start..<compound.end]),
                                                          as: UTF8.self)) {
            return number.last + 3
        }
        if var match = unitMatch(for: number) {
            if match.kind == .duration { mergeCompoundDuration(into: &match) }
            if match.unitFirst == nil, match.kind != .count {
                // Only a range's other end gave the kind ("three to eight years"): the span is the number.
                emitQuantity(number, match: match)
                return number.last + 1
            }
            emitQuantity(number, match: match)
            return match.last + 1
        }
        if let year = yearValue(number) {
            note(.standaloneYear)
            emit(first: number.first, last: number.last, kind: .date, value: year, normalized: String(Int(year)))
            return number.last + 1
        }
        if number.plainInteger, isAge(number) {
            note(.bareAge)
            emitQuantity(number, match: ClaimUnitMatch(kind: .duration, first: number.first, last: number.last))
            return number.last + 1
        }
        let head = countedHead(after: number)
        if head == nil, number.spelled, number.value == 1 { return nil }   // "one of", "no one"
        if head == nil, let kind = kindOfEarlierValue(number) {
            note(.earlierValueKind)
            emitQuantity(number, match: ClaimUnitMatch(kind: kind, first: number.first, last: number.last))
            return number.last + 1
        }
        var match = ClaimUnitMatch(kind: .count, first: number.first, last: head ?? number.last)
        if let head { match.unitFirst = number.last + 1; match.unitLast = head }
        note(head == nil ? .bareCount : .countedHead)
        emitQuantity(number, match: match)
        return match.last + 1
    }

    /// The kind of a bare number after "from" that closes a change of money or a percentage written just
    /// before it ("to 1,725 pesos per dollar, from 1,462", "to about 50 per dollar from 30.85", "to 5.2%
    /// from 4.8"): the earlier value of the same quantity. Nil when no such claim ends a few words back.
    private mutating func kindOfEarlierValue(_ number: ClaimNumber) -> ClaimKind? {
        guard isWord(number.first - 1, "from"), let previous = claims.last,
              previous.kind == .money || previous.kind == .percent else { return nil }
        for back in 2...5 {
            let candidate = token(number.first - back)
            if candidate.end == previous.end { return previous.kind }
            switch candidate.kind {
            case .word where !candidate.lineBreakBefore: continue
            case .punctuation where candidate.mark == UInt8(ascii: ","): continue
            default: return nil
            }
        }
        return nil
    }

    /// A year standing alone: 1900–2100 always, other four-digit years from 1500 when nothing is counted.
    private mutating func yearValue(_ number: ClaimNumber) -> Double? {
        guard number.plainInteger, token(number.first).integerDigits == 4 else { return nil }
        let value = number.value
        if value >= 1900, value <= 2100 { return value }
        if value >= 1500, value < 1900, countedHead(after: number) == nil { return value }
        return nil
    }

    /// "Lacerda, 61, ..." or "aged 61": a bare age.
    private mutating func isAge(_ number: ClaimNumber) -> Bool {
        guard number.value >= 1, number.value <= 120 else { return false }
        let before = token(number.first - 1)
        if before.kind == .word, roles(before).contains(.ageMarker) { return true }
        // "aged between 19 and 23", "at the age of 80"
        if isWord(number.first - 1, "between") || isWord(number.first - 1, "from") || isWord(number.first - 1, "of"),
           token(number.first - 2).kind == .word, roles(token(number.first - 2)).contains(.ageMarker) { return true }
        if before.kind == .word, !before.roles.isDisjoint(with: [.ageLink, .ageSuperlative]) {
            let beforeRoles = roles(before)
            let earlier = token(number.first - 2)
            let earlierRoles = earlier.kind == .word ? roles(earlier) : []
            // "dead at 80", "retired at 55"
            if earlierRoles.contains(.lifeEvent), isWord(number.first - 1, "at") { return true }
            // "the oldest 63", "the youngest was 19", "the youngest victim was 71"
            if beforeRoles.contains(.ageSuperlative) { return true }
            let linked = isWord(number.first - 1, "was") || isWord(number.first - 1, "is")
            if linked, earlierRoles.contains(.ageSuperlative) || roles(token(number.first - 3)).contains(.ageSuperlative) { return true }
            // "since I was 8.", "she turned 80,"
            let after = token(number.last + 1)
            let ends = after.kind == .punctuation || after.kind == .end || after.lineBreakBefore
            if ends, isWord(number.first - 1, "turned") || isWord(number.first - 1, "turns")
                || (isWord(number.first - 1, "was") && earlierRoles.contains(.personalPronoun)) { return true }
            // "aged 34 and 29", "aged between 27 and 54": the other end of an age range.
            if earlier.kind == .number, earlier.integerDigits <= 3, earlier.decimalDigits == 0,
               isWord(number.first - 1, "and") || isWord(number.first - 1, "to") || isWord(number.first - 1, "or") {
                let marker = token(number.first - 3)
                if marker.kind == .word, roles(marker).contains(.ageMarker) { return true }
                if isWord(number.first - 3, "between") || isWord(number.first - 3, "from"),
                   roles(token(number.first - 4)).contains(.ageMarker), token(number.first - 4).kind == .word { return true }
            }
        }
        // "Lacerda, 61," or "The striker, 27,": a word, a comma, the number, a comma or full stop.
        let name = token(number.first - 2)
        let after = token(number.last + 1)
        guard before.kind == .punctuation, before.mark == UInt8(ascii: ","), name.kind == .word, !name.alphanumeric,
              after.kind == .punctuation else { return false }
        switch after.mark {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ";"): break
        default: return false
        }
        return true
    }

    /// Emits a quantity with its qualifier; the value is scaled by the unit ("$5m") and the kind's rules.
    mutating func emitQuantity(_ number: ClaimNumber, match: ClaimUnitMatch, value: Double? = nil) {
        var qualifier = findQualifier(before: match.first, kind: match.kind)
        if qualifier != nil, qualifier!.first < floor { qualifier = nil }
        let unit: (first: Int, last: Int)? = match.unitText == nil ? match.unitFirst.map { ($0, match.unitLast ?? $0) } : nil
        if explaining {
            note(match.rules)
            if number.scaled { note(.scaleWord) }
            if number.first < number.last, isWord(number.first, "minus") { note(.minusSign) }
            if qualifier != nil { note(.qualifierBefore) }
        }
        emit(first: match.first, last: match.last, kind: match.kind,
             value: value ?? match.value ?? number.value * match.multiplier, qualifier: qualifier, unit: unit)
        if let unitText = match.unitText { setLastUnit(unitText) }
    }

    // MARK: Proportions

    /// "one in five", "nine out of 10": a fraction.
    private mutating func parseProportion(_ number: ClaimNumber) -> Int? {
        guard number.value >= 1, number.value < 1000, !number.scaled else { return nil }
        var next = number.last + 1
        if isWord(next, "in") {
            next += 1
        } else if isWord(next, "out"), isWord(next + 1, "of") {
            next += 2
        } else {
            return nil
        }
        let candidate = token(next)
        guard candidate.spaceBefore, candidate.kind == .number || candidate.kind == .word,
              let whole = readNumber(at: next), !whole.ordinal, !whole.fraction, !whole.scaled,
              whole.value > number.value, whole.value <= 1000, yearValue(whole) == nil else { return nil }
        var match = ClaimUnitMatch(kind: .fraction, first: number.first, last: whole.last)
        match.multiplier = 1
        note(.proportion)
        emitQuantity(number, match: match, value: number.value / whole.value)
        return whole.last + 1
    }

    // MARK: Lone fraction words and ordinals

    /// "a third", "half of", "half a million", "half an hour", "nearly a fifth"; otherwise an ordinal
    /// ("a fifth defendant", "the second").
    private mutating func parseLoneFractionOrOrdinal(at index: Int) -> Int? {
        let current = token(index)
        let word = entry(current)
        let currentText = text(current)
        let before = token(index - 1)
        let next = token(index + 1)
        let hasArticle = index - 1 >= floor && before.kind == .word && roles(before).contains(.article) && !current.lineBreakBefore
        if currentText == "half" {
            if next.kind == .word, roles(next).contains(.article), next.spaceBefore {
                let unit = token(index + 2)
                if unit.kind == .word, roles(unit).contains(.scale), text(unit).count > 2 {
                    // "half a million people"
                    var number = ClaimNumber(first: index, last: index + 2, value: 0.5 * entry(unit).number)
                    number.spelled = true
                    number.scaled = true
                    let head = countedHead(after: number)
                    var match = ClaimUnitMatch(kind: .count, first: index, last: head ?? index + 2)
                    if let head { match.unitFirst = index + 3; match.unitLast = head }
                    note(.halfScale)
                    emitQuantity(number, match: match)
                    return match.last + 1
                }
                if unit.kind == .word, roles(unit).contains(.durationUnit) {
                    // "half an hour"
                    let number = ClaimNumber(first: index, last: index + 2, value: 0.5)
                    var match = ClaimUnitMatch(kind: .duration, first: index, last: index + 2)
                    match.unitFirst = index + 2
                    note(.halfAnHour)
                    emitQuantity(number, match: match)
                    return index + 3
                }
            }
            guard !hasArticle, next.kind == .word, next.word != 0, ClaimVocabulary.partitiveWords.contains(text(next)) else { return nil }
            var number = ClaimNumber(first: index, last: index, value: 0.5)
            number.fraction = true
            note(.halfPartitive)
            emitQuantity(number, match: ClaimUnitMatch(kind: .fraction, first: index, last: index))
            return index + 1
        }
        if hasArticle, word.denominator > 0 {
            // "a third of", "nearly a fifth," — but "a fifth defendant" is a position.
            let ends = next.kind == .end || next.kind == .punctuation || next.kind == .dash
                || (next.kind == .word && (text(next) == "of" || roles(next).contains(.stop)))
            if ends {
                var number = ClaimNumber(first: index - 1, last: index, value: 1 / Double(word.denominator))
                number.fraction = true
                note(.articleFraction)
                emitQuantity(number, match: ClaimUnitMatch(kind: .fraction, first: index - 1, last: index))
                return index + 1
            }
        }
        guard word.ordinal > 0 else { return nil }
        if currentText == "first" {
            if isWord(index - 1, "at") { return nil }                                 // "at first"
            if isWord(index + 1, "of"), isWord(index + 2, "all") { return nil }       // "first of all"
        }
        note(.ordinalWord)
        emit(first: index, last: index, kind: .ordinal, value: Double(word.ordinal))
        return index + 1
    }

    // MARK: Identifiers

    /// Digits that name rather than count: "Resolution 2254", "iOS 17", "F-16", "story-123", "No. 10",
    /// "#3", "9/11", "3.5.1", ".../2020/05/...", "23:4", phone numbers ("020 7946 0958").
    private mutating func isIdentifier(at index: Int) -> Bool {
        let before = token(index - 1)
        let current = token(index)
        // A leading zero ("020", "0958"): codes and phone numbers, not quantities ("0.5" and clocks aside).
        if current.integerDigits >= 2, bytes[current.start] == UInt8(ascii: "0"), current.decimalDigits == 0,
           !isTimeZoneWord(index + 1) { return true }
        switch before.kind {
        case .word:
            // An unknown capitalised or mixed-case word right before digits names a thing ("Boeing 737",
            // "Resolution 2254", "iOS 17"), even first in a sentence; known words ("In 2012", "Some 500",
            // "Only 168") do not.
            // Thousands separators never occur in such names: "fined McLaren 5,000 euros" counts.
            // Scores after a team's name are counts: "Senegal 2-1", "Manchester City 2 Fulham 1".
            // A one-letter currency sign counts as unknown unless glued to the digits ("R20", "N5 billion").
            let unknown = before.word == 0
                || (current.spaceBefore && before.end - before.start == 1 && before.roles.contains(.currencyCode))
            if unknown, !current.lineBreakBefore, !current.grouped, before.capitalized || hasCapital(before) {
                return !(isSmallInteger(current) && (isScore(at: index) || isScoreLine(at: index)))
            }
            if before.alphanumeric, !current.spaceBefore { return true }
            // "article 14", "Section 3", "clause 7(b)": references into a text, not quantities.
            if before.roles.contains(.reference) { return true }
        case .dash:
            let word = token(index - 2)
            if !before.spaceBefore, !current.spaceBefore, word.kind == .word {
                // "F-16", "COVID-19", "story-123"; but "mid-2016", "pre-2011" (known prefixes) and months.
                if word.alphanumeric || word.word == 0 || (word.capitalized && !roles(word).contains(.month)) { return true }
            }
        case .number:
            // "020 7946": digits right after digits are one code; but "6-4 3-6" is a run of scores.
            if current.spaceBefore, !current.lineBreakBefore {
                if followsDate(index) { return false }
                return !(isSmallInteger(current) && (isScore(at: index - 2) || isScore(at: index)))
            }
        case .punctuation:
            let mark = before.mark
            if mark == UInt8(ascii: "#") { return true }
            let joinsCode: Bool
            switch mark {
            case UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "@"):
                joinsCode = true
            default:
                joinsCode = false
            }
            if !current.spaceBefore, joinsCode {
                // Glued to a slash, dot or colon: part of a path, version, reference or ratio.
                if !before.spaceBefore || mark == UInt8(ascii: "/") { return true }
            }
            if mark == UInt8(ascii: "."), isWord(index - 2, "no") { return true }
        default: break
        }
        let after = token(index + 1)
        // "9/11", "2.3.1": digits glued on by a slash or a second dot.
        if after.kind == .punctuation, !after.spaceBefore, after.mark == UInt8(ascii: "/") || after.mark == UInt8(ascii: "."),
           token(index + 2).kind == .number, !token(index + 2).spaceBefore { return true }
        // "12 Baker Street": a house number.
        if after.kind == .word, after.spaceBefore, after.capitalized, after.word == 0 {
            let street = token(index + 2)
            let streetText = street.kind == .word ? String(decoding: UnsafeBufferPointer(rebasing: bytes[street.start..<street.end]), as: UTF8.self) : ""
            if ClaimVocabulary.streetWords.contains(streetText) { return true }
        }
        return false
    }

    /// The number at `index` comes right after a date that a word opens, and no digits follow it: "In 2019
    /// 300 people died", "On March 15 300 protesters", "In May 2021 40 workers". A count, not the second
    /// group of a code: codes and phone numbers ("020 7946 0958") start with digits or go on with more.
    private mutating func followsDate(_ index: Int) -> Bool {
        let date = token(index - 1)
        let opener = token(index - 2)
        guard date.kind == .number, date.decimalDigits == 0, !date.grouped, !date.hasSuffix, !date.lineBreakBefore,
              token(index + 1).kind != .number else { return false }
        if date.integerDigits == 4 {
            guard opener.kind == .word else { return false }
            let year = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[date.start..<date.end]), as: UTF8.self)) ?? 0
            return (1900...2100).contains(year)
                && (roles(opener).contains(.month) || opener.word != 0 && !opener.capitalized || isSentenceStart(index - 2))
        }
        // A day after its month ("March 15", "Sept. 3").
        guard date.integerDigits <= 2 else { return false }
        if opener.kind == .word, roles(opener).contains(.month) { return true }
        let month = token(index - 3)
        return opener.kind == .punctuation && opener.mark == UInt8(ascii: ".") && !opener.spaceBefore
            && month.kind == .word && roles(month).contains(.month)
    }

    /// One or two plain digits, as a score or a score line writes them.
    private func isSmallInteger(_ candidate: ClaimToken) -> Bool {
        candidate.kind == .number && candidate.integerDigits <= 2 && candidate.decimalDigits == 0 && !candidate.grouped
            && !candidate.hasSuffix
    }

    /// "2-1", "6-4": two small integers joined by a hyphen or dash with no space, nothing more glued on.
    private mutating func isScore(at index: Int) -> Bool {
        let dash = token(index + 1)
        let other = token(index + 2)
        guard isSmallInteger(token(index)), dash.kind == .dash, !dash.spaceBefore, isSmallInteger(other),
              !other.spaceBefore else { return false }
        let after = token(index + 3)
        return after.spaceBefore || after.kind == .end
            || (after.kind == .punctuation && after.mark != UInt8(ascii: "/") && after.mark != UInt8(ascii: "."))
    }

    /// The number at `index` is one of the two scores of a result line, "Manchester City 2 Fulham 1":
    /// capitalised team names, each followed by a small number, the line or sentence ending after the second.
    private mutating func isScoreLine(at index: Int) -> Bool {
        // As the first score: team words, then the second score ending the line.
        var position = index + 1
        while position <= index + 3, isTeamWord(position) { position += 1 }
        if position > index + 1, position <= index + 3 || !isTeamWord(position), isSmallInteger(token(position)),
           token(position).spaceBefore, endsScoreLine(position), isTeamWord(index - 1) { return true }
        // As the second: team words back to the first score, itself after team words.
        guard endsScoreLine(index) else { return false }
        position = index - 1
        while position >= index - 3, isTeamWord(position) { position -= 1 }
        return position < index - 1 && isSmallInteger(token(position)) && isTeamWord(position - 1)
    }

    /// A capitalised word after a space, on the same line: part of a team's name in a score line.
    private mutating func isTeamWord(_ index: Int) -> Bool {
        let word = token(index)
        return word.kind == .word && word.capitalized && !word.alphanumeric && (word.spaceBefore || word.lineBreakBefore)
            && roles(word).isDisjoint(with: [.month, .weekday, .cardinal, .durationUnit, .measureUnit, .currency, .currencyCode])
    }

    /// The number at `index` ends a score line: the text, the line or the sentence ends after it.
    private mutating func endsScoreLine(_ index: Int) -> Bool {
        let after = token(index + 1)
        if after.kind == .end || after.lineBreakBefore { return true }
        guard after.kind == .punctuation else { return false }
        return after.mark == UInt8(ascii: ",") || after.mark == UInt8(ascii: ";") || after.mark == UInt8(ascii: ".")
            || after.mark == UInt8(ascii: ")")
    }

    /// The token at `index` is a time zone word ("0630 GMT" keeps its leading zero).
    private mutating func isTimeZoneWord(_ index: Int) -> Bool {
        let zone = token(index)
        return zone.kind == .word && roles(zone).contains(.timeZone)
    }

    /// The word has a capital letter somewhere ("iOS", "eBay").
    private func hasCapital(_ word: ClaimToken) -> Bool {
        var index = word.start
        while index < word.end {
            if bytes[index] &- 0x41 < 26 { return true }
            index += 1
        }
        return false
    }

    /// Skips an identifier and the digits glued to it ("9/11", "12/05/2016").
    private mutating func skipIdentifier(at index: Int) -> Int {
        var next = index + 1
        for _ in 0..<Self.lookAhead / 2 {
            let mark = token(next)
            let digits = token(next + 1)
            let joins = (mark.kind == .punctuation && (mark.mark == UInt8(ascii: "/") || mark.mark == UInt8(ascii: ".")
                                                       || mark.mark == UInt8(ascii: ":"))) || mark.kind == .dash
            guard joins, !mark.spaceBefore, digits.kind == .number, !digits.spaceBefore else { break }
            next += 2
        }
        return next
    }

    /// The token starts a sentence, headline or paragraph.
    mutating func isSentenceStart(_ index: Int) -> Bool {
        let current = token(index)
        if current.lineBreakBefore { return true }
        let before = token(index - 1)
        switch before.kind {
        case .end: return true
        case .punctuation:
            if before.mark == 0 { return true }   // curly quotes, bullets
            switch before.mark {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("):
                return true
            default:
                return false
            }
        case .dash: return true
        default: return false
        }
    }
}
