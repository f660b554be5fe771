/// Splits UTF-8 bytes into claim tokens, one at a time, without building Strings.
///
/// Linear: every byte is looked at a bounded number of times. Bytes are read through `ByteFlags` and
/// non-ASCII characters through `NonASCIIClass`, the table and classifier the entity tokenizer shares:
/// non-ASCII letters are part of words; the no-break and thin spaces are whitespace; dashes, curly
/// quotes and currency signs are tokens.
struct ClaimTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: ClaimLexicon
    /// The byte flags both tokenizers share (`ByteFlags`).
    private let flags = ByteFlags.table.baseAddress!
    private let table: HashTable<PackedWord, UInt16>
    private(set) var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: ClaimLexicon) {
        self.bytes = bytes
        self.lexicon = lexicon
        table = lexicon.lookupTable
    }

    // MARK: Byte classes

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    // MARK: Tokens

    /// The next token; `.end` once the text is used up (and on every call after).
    mutating func next() -> ClaimToken {
        var lineBreak = false, space = false
        let count = bytes.count
        while position < count {
            let byteFlags = flags[Int(bytes[position])]
            if byteFlags & ByteFlags.space != 0 { position += 1; space = true; continue }
            if byteFlags & ByteFlags.claimLineBreak != 0 { position += 1; space = true; lineBreak = true; continue }
            if byteFlags & ByteFlags.nonASCII != 0 {
                let (character, length) = NonASCIIClass.classify(bytes, position)
                if character.isClaimSpace { position += length; space = true; continue }
            }
            break
        }
        guard position < count else {
            return ClaimToken(start: count, end: count, kind: .end, spaceBefore: space, lineBreakBefore: true)
        }
        let start = position
        let byte = bytes[start]
        let byteFlags = flags[Int(byte)]
        var token: ClaimToken
        if byteFlags & ByteFlags.letter != 0 {
            token = readWord(from: start)
        } else if byteFlags & ByteFlags.digit != 0 {
            token = readNumber(from: start)
        } else if byteFlags & ByteFlags.nonASCII != 0 {
            let (character, length) = NonASCIIClass.classify(bytes, start)
            if let kind = character.claimSymbol {
                position = start + length
                token = ClaimToken(start: start, end: position, kind: kind)
            } else {
                token = readWord(from: start)
            }
        } else {
            position = start + 1
            let kind: ClaimTokenKind
            switch byte {
            case UInt8(ascii: "$"): kind = .currency
            case UInt8(ascii: "%"): kind = .percentSign
            case UInt8(ascii: "-"): kind = .dash
            default: kind = .punctuation
            }
            token = ClaimToken(start: start, end: position, kind: kind, mark: byte)
            if kind == .currency { position = dollarCountryEnd(after: position) }
            token.end = position
        }
        token.spaceBefore = space
        token.lineBreakBefore = lineBreak
        return token
    }

    /// Where a word starting at `start` ends: ASCII letters, non-ASCII letters, then any digits glued
    /// on ("G20"); whether it is ASCII letters only, and whether digits were glued on.
    @inline(__always)
    private func scanWord(from start: Int) -> (end: Int, asciiOnly: Bool, alphanumeric: Bool) {
        let count = bytes.count
        // ASCII letters: the common case, eight bytes at a time where the text has room.
        var index = endOfASCIILetters(from: start)
        var asciiOnly = true
        if index < count, flags[Int(bytes[index])] & ByteFlags.nonASCII != 0 {
            // Non-ASCII letters (and any ASCII letters after them): part of the word, never in the lexicon.
            while index < count {
                let byteFlags = flags[Int(bytes[index])]
                if byteFlags & ByteFlags.letter != 0 { index += 1; continue }
                if byteFlags & ByteFlags.nonASCII != 0 {
                    let (character, length) = NonASCIIClass.classify(bytes, index)
                    if character.isClaimSpace || character.claimSymbol != nil { break }
                    asciiOnly = false
                    index += length
                    continue
                }
                break
            }
        }
        var alphanumeric = false
        if index < count, asciiOnly, flags[Int(bytes[index])] & ByteFlags.digit != 0, isGluedCurrencyCode(start, index) {
            // "Rs1.2 million", "R20", "VND5.5 trillion": the code is a word of its own, the digits a number.
            return (index, true, false)
        }
        while index < count, flags[Int(bytes[index])] & ByteFlags.digit != 0 { index += 1; alphanumeric = true }
        return (index, asciiOnly, alphanumeric)
    }

    /// The ASCII letters in `start..<end`, capitalised and at most four, are a currency code or symbol.
    private func isGluedCurrencyCode(_ start: Int, _ end: Int) -> Bool {
        guard end - start <= 4, bytes[start] &- 0x41 < 26 else { return false }
        if end - start == 1, bytes[start] == UInt8(ascii: "N") { return isNairaBeforeScale(digits: end) }
        if Self.isColombianPesoCode(bytes, start, end) { return isThousandsGroup(digits: end) || isNairaBeforeScale(digits: end) }
        let word = Self.lookUp(bytes, start, end, in: table)
        return word != 0 && lexicon.roles(of: word).contains(.currencyCode)
    }

    /// "COP" in capitals: the Colombian peso's code, left out of the lexicon's codes because the
    /// climate summits write it too ("COP26").
    static func isColombianPesoCode(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end - start == 3 && bytes[start] == UInt8(ascii: "C") && bytes[start + 1] == UInt8(ascii: "O")
            && bytes[start + 2] == UInt8(ascii: "P")
    }

    /// The digits at `digits` are one to three, then a comma and three more ("2,000"): an amount the
    /// peso's code may precede ("COP2,000"), which no summit's number is.
    private func isThousandsGroup(digits: Int) -> Bool {
        let count = bytes.count
        var index = digits
        while index < count, Self.isDigit(bytes[index]) { index += 1 }
        guard index - digits <= 3, index + 3 < count, bytes[index] == UInt8(ascii: ",") else { return false }
        return Self.isDigit(bytes[index + 1]) && Self.isDigit(bytes[index + 2]) && Self.isDigit(bytes[index + 3])
    }

    /// The digits at `digits`, after a capital N, are an amount with a scale ("N5 billion", "N1.2trn",
    /// "N450m"): Nigerian papers write the naira so. Without the scale "N95", "N2" stay codes.
    private func isNairaBeforeScale(digits: Int) -> Bool {
        let count = bytes.count
        var index = digits
        while index < count {
            if Self.isDigit(bytes[index]) {
                index += 1
            } else if bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "."), index + 1 < count,
                      Self.isDigit(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        let spaced = index < count && bytes[index] == UInt8(ascii: " ")
        let wordStart = spaced ? index + 1 : index
        var wordEnd = wordStart
        while wordEnd < count, Self.isLetter(bytes[wordEnd]) { wordEnd += 1 }
        // A spaced scale is a word ("billion", "bn"), never one letter ("N5 m" is no amount).
        guard wordEnd - wordStart >= (spaced ? 2 : 1), wordEnd - wordStart <= 8,
              wordEnd == count || !Self.isDigit(bytes[wordEnd]) else { return false }
        let word = Self.lookUp(bytes, wordStart, wordEnd, in: table)
        return word != 0 && lexicon.roles(of: word).contains(.scale)
    }

    /// A word token, looked up in the lexicon.
    @inline(__always)
    private mutating func readWord(from start: Int) -> ClaimToken {
        let (end, asciiOnly, alphanumeric) = scanWord(from: start)
        position = end
        var token = ClaimToken(start: start, end: end, kind: .word)
        token.capitalized = bytes[start] &- 0x41 < 26
        token.alphanumeric = alphanumeric
        if asciiOnly, !alphanumeric, end - start <= ClaimLexicon.maxLength {
            token.word = Self.lookUp(bytes, start, end, in: table)
            if token.word != 0 { token.roles = lexicon.roles(of: token.word) }
        }
        return token
    }

    // MARK: Skipping

    /// Moves to `offset` (where a token, or the whitespace before it, starts) so that `next()` reads from there.
    mutating func move(to offset: Int) { position = offset }

    /// Passes over the run of plain tokens that cannot begin a claim — ASCII words ending in a space or
    /// punctuation that are no trigger word, and single ASCII punctuation marks — recording where
    /// each one's whitespace starts in `recent`, and counting them in `skipped`. Stops before
    /// anything else (digits, non-ASCII
    /// bytes, words with digits glued on, trigger words, the end), which `skip(triggers:)` then reads.
    ///
    /// Same boundaries and answers as calling `skip(triggers:)` on each of these tokens; it exists
    /// because most tokens of a text are such words, and a loop over locals (no optional tuple per
    /// token, no store of `position` per byte) reads them in about half the instructions.
    @inline(__always)
    mutating func skipPlainTokens(triggers: ClaimWordRoles, recent: inout RecentOffsets, skipped: inout Int) {
        let count = bytes.count
        var next = position
        while true {
            let gap = next
            var start = next
            var byteFlags: UInt8 = 0
            while start < count {
                byteFlags = flags[Int(bytes[start])]
                guard byteFlags & ByteFlags.claimSpacing != 0 else { break }
                start &+= 1
            }
            guard start < count else { break }
            let end: Int
            if byteFlags & ByteFlags.letter != 0 {
                end = endOfASCIILetters(from: start)
                // Digits or non-ASCII letters glued on: `skip` reads those words.
                if end < count, flags[Int(bytes[end])] & (ByteFlags.digit | ByteFlags.nonASCII) != 0 { break }
                if lexicon.mayBeTrigger(bytes, start, end) {
                    let word = Self.lookUp(bytes, start, end, in: table)
                    if word != 0, !lexicon.roles(of: word).isDisjoint(with: triggers) { break }
                }
            } else if byteFlags & ByteFlags.notPunctuation == 0 {
                // A dollar sign takes the country letters glued after it, as `next()` reads it ("$US50").
                end = bytes[start] == UInt8(ascii: "$") ? dollarCountryEnd(after: start &+ 1) : start &+ 1
            } else {
                break
            }
            skipped &+= 1
            recent.append(gap)
            next = end
        }
        position = next
    }

    /// Passes over the next token without building it: where the whitespace before it starts (so that
    /// `move(to:)` there rebuilds it with the right spacing), its start, and whether it could begin a
    /// claim (digits, a clock, a fraction glyph, or a word the lexicon marks as a number, ordinal,
    /// month...). Nil at the end of the text. Token boundaries are exactly those of `next()`.
    @inline(__always)
    mutating func skip(triggers: ClaimWordRoles) -> (gap: Int, start: Int, isTrigger: Bool)? {
        let count = bytes.count
        let gap = position
        while position < count {
            let byteFlags = flags[Int(bytes[position])]
            if byteFlags & ByteFlags.claimSpacing != 0 { position += 1; continue }
            if byteFlags & ByteFlags.nonASCII != 0 {
                let (character, length) = NonASCIIClass.classify(bytes, position)
                if character.isClaimSpace { position += length; continue }
            }
            break
        }
        guard position < count else { return nil }
        let start = position
        let byteFlags = flags[Int(bytes[start])]
        if byteFlags & ByteFlags.digit != 0 { return (gap, start, true) }
        if byteFlags & (ByteFlags.letter | ByteFlags.nonASCII) != 0 {
            if byteFlags & ByteFlags.nonASCII != 0 {
                let (character, length) = NonASCIIClass.classify(bytes, start)
                if let kind = character.claimSymbol {
                    if kind == .fractionGlyph { return (gap, start, true) }
                    position = start + length
                    return (gap, start, false)
                }
            }
            // The usual word: ASCII letters followed by a space or punctuation.
            var end = byteFlags & ByteFlags.letter != 0 ? endOfASCIILetters(from: start) : start
            var plainASCII = true
            if end == start || (end < count && flags[Int(bytes[end])] & (ByteFlags.digit | ByteFlags.nonASCII) != 0) {
                let word = scanWord(from: start)
                end = word.end
                plainASCII = word.asciiOnly && !word.alphanumeric
            }
            position = end
            guard plainASCII, lexicon.mayBeTrigger(bytes, start, end) else { return (gap, start, false) }
            let word = Self.lookUp(bytes, start, end, in: table)
            return (gap, start, word != 0 && !lexicon.roles(of: word).isDisjoint(with: triggers))
        }
        position = start + 1
        // As `next()` reads it: a dollar sign takes the country letters glued after it ("$US50").
        if bytes[start] == UInt8(ascii: "$") { position = dollarCountryEnd(after: position) }
        return (gap, start, false)
    }

    /// The lexicon index of the ASCII letters in `start..<end` (at most 16). Reads them as two
    /// unaligned 64-bit words where the text has room, masks off what follows, and lowercases all
    /// eight bytes at once (letters only differ from their lowercase in bit 5).
    ///
    /// Static, with the table passed in registers: as a method it copied the whole tokenizer (the
    /// lexicon's arrays included) for every call from the mutating scan.
    @inline(__always)
    private static func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                               in table: HashTable<PackedWord, UInt16>) -> UInt16 {
        let length = end - start
        guard length > 0, length <= ClaimLexicon.maxLength else { return 0 }
        guard let base = bytes.baseAddress, start + 16 <= bytes.count else {
            guard let (key0, key1) = ClaimLexicon.pack(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return 0 }
            return table.value(PackedWord(key0, key1))
        }
        let raw = UnsafeRawPointer(base + start)
        let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let lowMask: UInt64 = length >= 8 ? ~0 : (1 << UInt64(length * 8)) &- 1
        let highMask: UInt64 = length <= 8 ? 0 : (length >= 16 ? ~0 : (1 << UInt64((length - 8) * 8)) &- 1)
        let lowercase: UInt64 = 0x2020_2020_2020_2020
        return table.value(PackedWord((low | lowercase) & lowMask, (high | lowercase) & highMask))
    }

    /// The first index at or after `start` that is not an ASCII letter. Tests eight bytes at once:
    /// with bit 7 cleared, adding 0x1F (resp. 0x05) to a lowercased byte sets bit 7 exactly when it
    /// is at least "a" (resp. past "z"); no sum carries into the next byte.
    @inline(__always)
    private func endOfASCIILetters(from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let high: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let lowered = (word | 0x2020_2020_2020_2020) & ~high
                let atLeastA = lowered &+ 0x1F1F_1F1F_1F1F_1F1F
                let pastZ = lowered &+ 0x0505_0505_0505_0505
                let letters = atLeastA & ~pastZ & ~word & high
                let others = ~letters & high
                if others != 0 { return index + others.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count, flags[Int(bytes[index])] & ByteFlags.letter != 0 { index += 1 }
        return index
    }

    /// Whether the word right before `start` (past one space) is a month name: "March 15 300 protesters" is
    /// a day and a count, never 15,300, so a day after its month opens no space-grouped number.
    private func followsMonthName(_ start: Int) -> Bool {
        var end = start
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end < start else { return false }
        if end > 0, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        var begin = end
        while begin > 0, Self.isLetter(bytes[begin - 1]), end - begin < 9 { begin -= 1 }
        guard end - begin >= 3, begin == 0 || !Self.isLetter(bytes[begin - 1]) else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self).lowercased()
        return ClaimVocabulary.months.contains { $0.0 == word }
    }

    /// Thousands groups written with a space ("8 412 183"), a thin space (U+2009), a narrow no-break space
    /// (U+202F) or a no-break space (U+00A0), from `index` right after the first group's digits: where the
    /// last group ends and the value with the groups, or nil when there is none. One kind of space
    /// throughout, exactly three digits per group; a run that goes on with a space and more digits is a
    /// phone number or a list, not one number.
    private func spaceGroups(from index: Int, value: Double) -> (end: Int, value: Double)? {
        let count = bytes.count
        let separator: Int
        switch bytes[index] {
        case 0x20: separator = 1
        case 0xC2 where index + 1 < count && bytes[index + 1] == 0xA0: separator = 2
        case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x89 || bytes[index + 2] == 0xAF):
            separator = 3
        default: return nil
        }
        var end = index
        var total = value
        while end + separator + 2 < count, bytes[end] == bytes[index],
              separator < 2 || bytes[end + 1] == bytes[index + 1], separator < 3 || bytes[end + 2] == bytes[index + 2] {
            let digits = end + separator
            guard Self.isDigit(bytes[digits]), Self.isDigit(bytes[digits + 1]), Self.isDigit(bytes[digits + 2]),
                  digits + 3 >= count || !Self.isDigit(bytes[digits + 3]) else { break }
            total = total * 1000 + Double(bytes[digits] &- 0x30) * 100 + Double(bytes[digits + 1] &- 0x30) * 10
                + Double(bytes[digits + 2] &- 0x30)
            end = digits + 3
        }
        guard end > index else { return nil }
        // "555 123 4567": more digits after another space.
        if end + separator < count, bytes[end] == bytes[index], Self.isDigit(bytes[end + separator]) { return nil }
        return (end, total)
    }

    /// Exactly two groups of a full stop and three digits from `index` ("1.200.000"), ending where no digit or
    /// further full stop with a digit follows: where they end and the value with them; nil otherwise. Three
    /// groups or more read as an address or code ("192.168.100.200"), not a number.
    private func dotGroups(from index: Int, value: Double) -> (Int, Double)? {
        let count = bytes.count
        var index = index, value = value, groups = 0
        while groups < 2, index + 3 < count, bytes[index] == UInt8(ascii: "."),
              Self.isDigit(bytes[index + 1]), Self.isDigit(bytes[index + 2]), Self.isDigit(bytes[index + 3]) {
            if index + 4 < count, Self.isDigit(bytes[index + 4]) { return nil }
            value = value * 1000 + Double(bytes[index + 1] &- 0x30) * 100 + Double(bytes[index + 2] &- 0x30) * 10
                + Double(bytes[index + 3] &- 0x30)
            groups += 1
            index += 4
        }
        guard groups >= 2 else { return nil }
        if index + 1 < count, bytes[index] == UInt8(ascii: "."), Self.isDigit(bytes[index + 1]) { return nil }
        return (index, value)
    }

    /// Where a dollar sign's country letters end when they follow it, glued to the digits, as Australian
    /// and Pacific papers write it ("$US50 million", "$A30", "$NZ5"): one to three capitals then a digit.
    /// `index` itself when no such letters follow, so "$5" and "$ 5" stay as they are.
    private func dollarCountryEnd(after index: Int) -> Int {
        var end = index
        while end < bytes.count, end - index < 3, bytes[end] >= UInt8(ascii: "A"), bytes[end] <= UInt8(ascii: "Z") { end += 1 }
        return end > index && end < bytes.count && Self.isDigit(bytes[end]) ? end : index
    }

    /// From `index` right after one or two digits: one or more pairs of digits after commas and then one
    /// group of three ("11,28,650"), ending where no digit nor another comma group follows. Where the
    /// last group ends and the value with the groups, or nil when the digits are not so grouped (a
    /// decimal comma "6,75" has no group of three; "20,000" has no pair).
    private func indianGroups(from index: Int, value: Double) -> (end: Int, value: Double)? {
        let count = bytes.count
        var index = index, value = value, pairs = 0
        while index + 3 < count, bytes[index] == UInt8(ascii: ","), Self.isDigit(bytes[index + 1]), Self.isDigit(bytes[index + 2]),
              bytes[index + 3] == UInt8(ascii: ",") {
            value = value * 100 + Double(bytes[index + 1] &- 0x30) * 10 + Double(bytes[index + 2] &- 0x30)
            pairs += 1
            index += 3
        }
        guard pairs > 0, index + 3 < count, bytes[index] == UInt8(ascii: ","),
              Self.isDigit(bytes[index + 1]), Self.isDigit(bytes[index + 2]), Self.isDigit(bytes[index + 3]) else { return nil }
        let end = index + 4
        // A fourth digit, or a comma and a digit after the group, is some other writing.
        if end < count, Self.isDigit(bytes[end]) { return nil }
        if end + 1 < count, bytes[end] == UInt8(ascii: ","), Self.isDigit(bytes[end + 1]) { return nil }
        value = value * 1000 + Double(bytes[index + 1] &- 0x30) * 100 + Double(bytes[index + 2] &- 0x30) * 10
            + Double(bytes[index + 3] &- 0x30)
        return (end, value)
    }

    /// Digits, thousands groups ("20,000"), a decimal part ("3.5"), a clock ("6:00"), glued letters ("5km").
    private mutating func readNumber(from start: Int) -> ClaimToken {
        let count = bytes.count
        var index = start
        var value = 0.0
        var integerDigits = 0
        while index < count, flags[Int(bytes[index])] & ByteFlags.digit != 0 {
            value = value * 10 + Double(bytes[index] &- 0x30)
            integerDigits += 1
            index += 1
        }
        // A clock: one or two digits, a colon, exactly two digits.
        if integerDigits <= 2, index + 2 < count, bytes[index] == UInt8(ascii: ":"),
           Self.isDigit(bytes[index + 1]), Self.isDigit(bytes[index + 2]),
           index + 3 >= count || !Self.isDigit(bytes[index + 3]) {
            let minutes = Double(bytes[index + 1] &- 0x30) * 10 + Double(bytes[index + 2] &- 0x30)
            position = index + 3
            var token = ClaimToken(start: start, end: position, kind: .clock)
            token.value = value * 60 + minutes
            return token
        }
        var grouped = false
        // Indian grouping ("1,00,000", "Rs 11,28,650", "1,23,45,678"): one or two digits, pairs after
        // commas, a last group of three; read whole, or "11,28,650" would end at "11,28".
        if integerDigits <= 2, let (groupsEnd, groupsValue) = indianGroups(from: index, value: value) {
            // Each pair is three bytes with its comma, the last group four.
            integerDigits += (groupsEnd - index - 4) / 3 * 2 + 3
            value = groupsValue
            grouped = true
            index = groupsEnd
        }
        // Thousands groups: a comma and exactly three digits, as many times as written.
        while index + 3 < count, bytes[index] == UInt8(ascii: ","),
              Self.isDigit(bytes[index + 1]), Self.isDigit(bytes[index + 2]), Self.isDigit(bytes[index + 3]),
              index + 4 >= count || !Self.isDigit(bytes[index + 4]) {
            value = value * 1000 + Double(bytes[index + 1] &- 0x30) * 100 + Double(bytes[index + 2] &- 0x30) * 10
                + Double(bytes[index + 3] &- 0x30)
            integerDigits += 3
            grouped = true
            index += 4
        }
        // Thousands grouped by full stops, in two groups ("1.200.000 pesos"); one group alone
        // ("300.000") stays a decimal, as English writes it.
        if !grouped, integerDigits <= 3, index + 7 < count, bytes[index] == UInt8(ascii: "."), bytes[start] != UInt8(ascii: "0"),
           let (groupsEnd, groupsValue) = dotGroups(from: index, value: value) {
            integerDigits += (groupsEnd - index) / 4 * 3
            value = groupsValue
            grouped = true
            index = groupsEnd
        }
        let commaGrouped = grouped
        if !grouped, integerDigits <= 3, index + 1 < count, bytes[index] >= 0xC2 || (bytes[index] == 0x20 && Self.isDigit(bytes[index + 1])),
           bytes[start] != UInt8(ascii: "0"), !followsMonthName(start),
           let (groupsEnd, groupsValue) = spaceGroups(from: index, value: value) {
            integerDigits += (groupsEnd - index) / 4
            value = groupsValue
            grouped = true
            index = groupsEnd
        }
        var decimalDigits = 0
        // A decimal comma ("6,75 percent", "8 412,5"): one or two digits, never three (those are
        // thousands), after at most three digits or space-grouped thousands, never after comma groups.
        if !commaGrouped, integerDigits <= 3 || grouped, index + 1 < count, bytes[index] == UInt8(ascii: ","),
           Self.isDigit(bytes[index + 1]) {
            let second = index + 2 < count && Self.isDigit(bytes[index + 2])
            if !second || index + 3 >= count || !Self.isDigit(bytes[index + 3]) {
                let tenths = Double(bytes[index + 1] &- 0x30)
                value = second ? (value * 100 + tenths * 10 + Double(bytes[index + 2] &- 0x30)) / 100 : (value * 10 + tenths) / 10
                decimalDigits = second ? 2 : 1
                index += second ? 3 : 2
            }
        }
        if decimalDigits == 0, index + 1 < count, bytes[index] == UInt8(ascii: "."), Self.isDigit(bytes[index + 1]) {
            index += 1
            // The decimals as a whole number over a power of ten, so "0.3" is exactly 0.3.
            var decimals = 0.0
            var divisor = 1.0
            while index < count, Self.isDigit(bytes[index]) {
                if decimalDigits < 15 {
                    decimals = decimals * 10 + Double(bytes[index] &- 0x30)
                    divisor *= 10
                }
                decimalDigits += 1
                index += 1
            }
            value = (value * divisor + decimals) / divisor
        }
        let suffixStart = index
        while index < count, Self.isLetter(bytes[index]) { index += 1 }
        position = index
        var token = ClaimToken(start: start, end: index, kind: .number)
        token.value = value
        token.integerDigits = UInt8(clamping: integerDigits)
        token.decimalDigits = UInt8(clamping: decimalDigits)
        token.grouped = grouped
        token.suffixLength = UInt8(clamping: index - suffixStart)
        if suffixStart < index, index - suffixStart <= ClaimLexicon.maxLength {
            token.suffixWord = Self.lookUp(bytes, suffixStart, index, in: table)
        }
        return token
    }
}
