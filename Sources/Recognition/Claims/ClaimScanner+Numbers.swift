/// Reading the number itself: digits with their glued suffixes and scale words, or number words.
extension ClaimScanner {
    /// The number that starts at token `index`, or nil when the token does not start one.
    mutating func readNumber(at index: Int) -> ClaimNumber? {
        let current = token(index)
        switch current.kind {
        case .number: return readDigits(at: index)
        case .fractionGlyph:
            var number = ClaimNumber(first: index, last: index, value: glyphValue(current))
            number.fraction = true
            return number
        case .word: return readWords(at: index)
        default: return nil
        }
    }

    /// The word is an ordinal suffix of digits: st, nd, rd, th.
    func isOrdinalSuffix(_ word: UInt16) -> Bool {
        guard word != 0, lexicon.words[Int(word)].roles.contains(.ordinal) else { return false }
        return lexicon.texts[Int(word)].utf8.count == 2
    }

    /// The multiplier of a money abbreviation ("m", "b", "k" as in "$5m"), nil for other words.
    func moneyMultiplier(_ word: UInt16) -> Double? {
        guard word != 0 else { return nil }
        switch lexicon.texts[Int(word)] {
        case "m": return 1e6
        case "b": return 1e9
        case "k": return 1e3
        default: return nil
        }
    }

    /// ½ ¼ ¾ as numbers.
    func glyphValue(_ glyph: ClaimToken) -> Double {
        switch bytes[glyph.start + 1] {
        case 0xBC: return 0.25
        case 0xBE: return 0.75
        default: return 0.5
        }
    }

    // MARK: Digits

    private mutating func readDigits(at index: Int) -> ClaimNumber? {
        let digits = token(index)
        // Longer runs of digits are identifiers (phone numbers, references), not quantities.
        guard digits.integerDigits <= 15 else { return nil }
        var number = ClaimNumber(first: index, last: index, value: digits.value)
        number.plainInteger = !digits.grouped && digits.decimalDigits == 0 && !digits.hasSuffix
        if digits.hasSuffix {
            guard digits.suffixWord != 0 else { return nil }   // "4G", "3D", "737MAX": codes
            let suffix = lexicon.words[Int(digits.suffixWord)]
            let suffixText = lexicon.texts[Int(digits.suffixWord)]
            let whole = digits.decimalDigits == 0 && !digits.grouped
            if suffixText == "s", whole, digits.integerDigits == 4 || digits.integerDigits == 2,
               digits.value.truncatingRemainder(dividingBy: 10) == 0 {
                number.decade = true
            } else if isOrdinalSuffix(digits.suffixWord), whole {
                number.ordinal = true
            } else if suffix.roles.contains(.scale), suffixText != "m" || isPluralWord(index + 1) {
                // "1.2m people": a glued "m" before a counted noun is a million, not metres.
                number.value *= suffix.number
                number.scale = suffix.number
                number.scaled = true
            } else if !suffix.roles.isDisjoint(with: [.measureUnit, .durationUnit, .meridiem, .timeZone, .currency, .scale, .unitTail]) {
                number.gluedUnit = digits.suffixWord
            } else {
                return nil
            }
            if index - 1 >= floor, isWord(index - 1, "minus"), digits.spaceBefore {
                number.first = index - 1
                number.value = -number.value
            }
            return number
        }
        // "2½"
        let afterDigits = token(index + 1)
        if afterDigits.kind == .fractionGlyph, !afterDigits.spaceBefore {
            number.value += glyphValue(afterDigits)
            number.last = index + 1
            number.plainInteger = false
            return number
        }
        // ".5 percent": a decimal written without its leading zero.
        let point = token(index - 1)
        if index - 1 >= floor, point.kind == .punctuation, point.mark == UInt8(ascii: "."), point.spaceBefore,
           !digits.spaceBefore, digits.decimalDigits == 0, !digits.grouped, digits.integerDigits <= 15 {
            var divisor = 1.0
            for _ in 0..<Int(digits.integerDigits) { divisor *= 10 }
            number.value /= divisor
            number.first = index - 1
            number.plainInteger = false
        }
        applyScales(to: &number)
        // "minus 15C": a negative number, the sign word part of the span.
        if index - 1 >= floor, isWord(index - 1, "minus"), digits.spaceBefore {
            number.first = index - 1
            number.value = -number.value
            number.plainInteger = false
        }
        return number
    }

    /// "11 million", "2.1 billion", "5 bn", "two dozen": multiplies by the scale words that follow.
    private mutating func applyScales(to number: inout ClaimNumber) {
        var previousScale = Double.infinity
        for _ in 0..<2 {
            var next = token(number.last + 1)
            var step = 1
            if next.kind == .dash, !next.spaceBefore, number.scale == 1 {
                // "$77-billion", "a 12-million budget": the scale word hyphenated on.
                let scaleWord = token(number.last + 2)
                guard scaleWord.kind == .word, !scaleWord.spaceBefore, roles(scaleWord).contains(.scale),
                      scaleWord.end - scaleWord.start > 2 else { return }
                next = scaleWord
                step = 2
            }
            guard next.kind == .word, next.word != 0, !next.lineBreakBefore else { return }
            let word = entry(next)
            // Indian numbering multiplies on: "2.55 lakh crore", "10 thousand crore".
            let croreAfterSmaller = word.number == 1e7 && previousScale < 1e7
            if word.roles.contains(.scale), word.number < previousScale || croreAfterSmaller,
               moneyMultiplier(next.word) == nil || !next.spaceBefore {
                number.value *= word.number
                number.scale *= word.number
                previousScale = word.number
            } else if word.roles.contains(.dozen) {
                number.value *= 12
                number.scale *= 12
                previousScale = 12
            } else {
                return
            }
            number.last += step
            number.scaled = true
            number.plainInteger = false
        }
    }

    // MARK: Words

    /// Number words: "five", "twenty-five", "two hundred and fifty thousand", "a million",
    /// "one and a half", "three-quarters", "twenty-first".
    private mutating func readWords(at index: Int) -> ClaimNumber? {
        let first = token(index)
        let word = entry(first)
        var number = ClaimNumber(first: index, last: index, value: 0)
        number.spelled = true
        if word.roles.contains(.cardinal) {
            return readCardinalWords(at: index)
        }
        if !word.roles.isDisjoint(with: [.scale, .dozen]), text(first).count > 2 {
            // "a million", "a hundred", "a dozen": the article is the one.
            let before = token(index - 1)
            guard index - 1 >= floor, before.kind == .word, roles(before).contains(.article), !first.lineBreakBefore else { return nil }
            number.first = index - 1
            number.value = 1
            number.last = index - 1
            applyScales(to: &number)
            return number.last >= index ? number : nil
        }
        return nil
    }

    private mutating func readCardinalWords(at index: Int) -> ClaimNumber? {
        var number = ClaimNumber(first: index, last: index, value: 0)
        number.spelled = true
        var total = 0.0, current = 0.0
        var position = index
        var wordsRead = 0
        while wordsRead < Self.lookAhead / 2 {
            let current_ = token(position)
            let word = entry(current_)
            if word.roles.contains(.cardinal) {
                let tens = current.truncatingRemainder(dividingBy: 100)
                let fits = wordsRead == 0 || current == 0
                    || (tens == 0 && word.number < 100 && current > 0)
                    || (tens >= 20 && tens.truncatingRemainder(dividingBy: 10) == 0 && word.number < 10 && word.number > 0)
                guard fits else { break }
                current += word.number
            } else if word.roles.contains(.scale), text(current_).count > 2 {
                if word.number == 100 {
                    current = max(current, 1) * 100
                } else {
                    total += max(current, 1) * word.number
                    current = 0
                }
            } else if word.roles.contains(.dozen) {
                current = max(current, 1) * 12
            } else {
                break
            }
            number.last = position
            wordsRead += 1
            // What joins this word to the next: a glued hyphen, a space, or "and" after a hundred.
            let next = token(position + 1)
            let afterNext = token(position + 2)
            if next.kind == .dash, !next.spaceBefore, !afterNext.spaceBefore, afterNext.kind == .word {
                let afterRoles = roles(afterNext)
                if afterRoles.contains(.cardinal) { position += 2; continue }
                if afterRoles.contains(.ordinal), current >= 20, current.truncatingRemainder(dividingBy: 10) == 0 {
                    // "twenty-first"
                    number.value = total + current + Double(entry(afterNext).ordinal)
                    number.last = position + 2
                    number.ordinal = true
                    return number
                }
                break
            }
            if next.kind == .word, next.spaceBefore, !next.lineBreakBefore,
               !roles(next).isDisjoint(with: [.cardinal, .dozen]) || (roles(next).contains(.scale) && text(next).count > 2) {
                position += 1
                continue
            }
            if next.kind == .word, text(next) == "and", afterNext.kind == .word, roles(afterNext).contains(.cardinal),
               current.truncatingRemainder(dividingBy: 100) == 0, current > 0 || total > 0 {
                position += 2
                continue
            }
            break
        }
        number.value = total + current
        readHalfAfter(&number)
        readDenominator(after: &number)
        return number
    }

    /// "one and a half", "two and a half": adds the half.
    private mutating func readHalfAfter(_ number: inout ClaimNumber) {
        let last = number.last
        guard isWord(last + 1, "and"), isWord(last + 2, "a"), isWord(last + 3, "half") else { return }
        number.value += 0.5
        number.last = last + 3
    }

    /// "three-quarters", "two-thirds", "one third": the number was a numerator.
    private mutating func readDenominator(after number: inout ClaimNumber) {
        guard number.value >= 1, number.value <= 20, number.last == number.first else { return }
        let next = token(number.last + 1)
        var denominatorIndex = number.last + 1
        var hyphenated = false
        if next.kind == .dash, !next.spaceBefore, !token(number.last + 2).spaceBefore {
            denominatorIndex = number.last + 2
            hyphenated = true
        } else if next.kind != .word || !next.spaceBefore {
            return
        }
        let denominatorToken = token(denominatorIndex)
        guard denominatorToken.kind == .word, roles(denominatorToken).contains(.denominator) else { return }
        let denominatorText = text(denominatorToken)
        let plural = denominatorText.hasSuffix("s")
        if !hyphenated {
            // "two quarters" is a span of time; "one third", "two thirds of" are fractions.
            if number.value == 1 ? plural : !plural { return }
            if denominatorText == "quarters", !isWord(denominatorIndex + 1, "of") { return }
        } else if number.value > 1, !plural, denominatorText != "half" {
            return
        }
        number.value /= Double(entry(denominatorToken).denominator)
        number.last = denominatorIndex
        number.fraction = true
    }
}
