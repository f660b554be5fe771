/// Splits UTF-8 bytes into claim tokens, one at a time, without building Strings.
///
/// Linear: every byte is looked at a bounded number of times. Non-ASCII letters are part of words;
/// the no-break and thin spaces are whitespace; dashes, curly quotes and currency signs are tokens.
struct ClaimTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: ClaimLexicon
    private(set) var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: ClaimLexicon) {
        self.bytes = bytes
        self.lexicon = lexicon
    }

    // MARK: Byte classes

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// The length of a multi-byte whitespace character at `index` (no-break, thin, narrow spaces), or 0.
    @inline(__always)
    private func unicodeSpaceLength(at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            let third = bytes[index + 2]
            if (third >= 0x80 && third <= 0x8B) || third == 0xAF || third == 0xA8 || third == 0xA9 { return 3 }
        }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// The kind and length of a non-ASCII symbol at `index`, or nil when it is a letter.
    @inline(__always)
    private func unicodeSymbol(at index: Int) -> (ClaimTokenKind, Int)? {
        let byte = bytes[index]
        guard index + 1 < bytes.count else { return nil }
        let second = bytes[index + 1]
        if byte == 0xC2 {
            switch second {
            case 0xA3, 0xA5: return (.currency, 2)                 // £ ¥
            case 0xB0: return (.degreeSign, 2)                      // °
            case 0xBC, 0xBD, 0xBE: return (.fractionGlyph, 2)       // ¼ ½ ¾
            case 0xA1...0xBF: return (.punctuation, 2)              // other Latin-1 signs
            default: return nil
            }
        }
        if byte == 0xE2, index + 2 < bytes.count {
            let third = bytes[index + 2]
            if second == 0x80 {
                if third >= 0x90 && third <= 0x95 { return (.dash, 3) }   // ‐ ‑ ‒ – — ―
                return (.punctuation, 3)                                  // quotes, bullets, ellipsis
            }
            if second == 0x82, third == 0xAC || third == 0xB9 || third == 0xBD || third == 0xA6 || third == 0xA9 || third == 0xA4 {
                return (.currency, 3)                                    // € ₹ ₽ ₦ ₩ ₤
            }
            if second == 0x88, third == 0x92 { return (.dash, 3) }       // − minus
            if second >= 0x80 && second <= 0xAF { return (.punctuation, 3) }
        }
        if byte == 0xC3, second == 0x97 || second == 0xB7 { return (.punctuation, 2) }  // × ÷
        return nil
    }

    // MARK: Tokens

    /// The next token; `.end` once the text is used up (and on every call after).
    mutating func next() -> ClaimToken {
        var lineBreak = false, space = false
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 { position += 1; space = true; continue }
            if byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C { position += 1; space = true; lineBreak = true; continue }
            if byte >= 0x80 {
                let length = unicodeSpaceLength(at: position)
                if length > 0 { position += length; space = true; continue }
            }
            break
        }
        guard position < count else {
            return ClaimToken(start: count, end: count, kind: .end, spaceBefore: space, lineBreakBefore: true)
        }
        let start = position
        let byte = bytes[start]
        var token: ClaimToken
        if Self.isDigit(byte) {
            token = readNumber(from: start)
        } else if Self.isLetter(byte) {
            token = readWord(from: start)
        } else if byte >= 0x80 {
            if let (kind, length) = unicodeSymbol(at: start) {
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
        }
        token.spaceBefore = space
        token.lineBreakBefore = lineBreak
        return token
    }

    /// Letters (and non-ASCII letters), then any digits glued on ("G20").
    private mutating func readWord(from start: Int) -> ClaimToken {
        let count = bytes.count
        var index = start
        var asciiOnly = true
        while index < count {
            let byte = bytes[index]
            if Self.isLetter(byte) { index += 1; continue }
            if byte >= 0x80 {
                if unicodeSpaceLength(at: index) > 0 || unicodeSymbol(at: index) != nil { break }
                asciiOnly = false
                index += 1
                continue
            }
            break
        }
        var alphanumeric = false
        while index < count, Self.isDigit(bytes[index]) { index += 1; alphanumeric = true }
        position = index
        var token = ClaimToken(start: start, end: index, kind: .word)
        token.capitalized = bytes[start] &- 0x41 < 26
        token.alphanumeric = alphanumeric
        if asciiOnly, !alphanumeric, index - start <= ClaimLexicon.maxLength {
            token.word = lookUp(start, index)
        }
        return token
    }

    @inline(__always)
    private func lookUp(_ start: Int, _ end: Int) -> UInt16 {
        var key0: UInt64 = 0, key1: UInt64 = 0
        var shift: UInt64 = 0
        var index = start
        while index < end, index < start + 8 {
            key0 |= UInt64(bytes[index] | 0x20) << shift
            shift += 8
            index += 1
        }
        shift = 0
        while index < end {
            key1 |= UInt64(bytes[index] | 0x20) << shift
            shift += 8
            index += 1
        }
        return lexicon.index(key0, key1)
    }

    /// Digits, thousands groups ("20,000"), a decimal part ("3.5"), a clock ("6:00"), glued letters ("5km").
    private mutating func readNumber(from start: Int) -> ClaimToken {
        let count = bytes.count
        var index = start
        var value = 0.0
        var integerDigits = 0
        while index < count, Self.isDigit(bytes[index]) {
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
            token.suffixStart = position
            return token
        }
        var grouped = false
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
        var decimalDigits = 0
        if index + 1 < count, bytes[index] == UInt8(ascii: "."), Self.isDigit(bytes[index + 1]) {
            index += 1
            var scale = 0.1
            while index < count, Self.isDigit(bytes[index]) {
                value += Double(bytes[index] &- 0x30) * scale
                scale /= 10
                decimalDigits += 1
                index += 1
            }
        }
        let suffixStart = index
        while index < count, Self.isLetter(bytes[index]) { index += 1 }
        position = index
        var token = ClaimToken(start: start, end: index, kind: .number)
        token.value = value
        token.integerDigits = integerDigits
        token.decimalDigits = decimalDigits
        token.grouped = grouped
        token.suffixStart = suffixStart
        if suffixStart < index, index - suffixStart <= ClaimLexicon.maxLength {
            token.suffixWord = lookUp(suffixStart, index)
        }
        return token
    }
}
