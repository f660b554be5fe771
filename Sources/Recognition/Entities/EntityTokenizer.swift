/// Splits UTF-8 text into the words the entity recogniser looks at, in one linear pass.
///
/// Words keep internal hyphens where the parts form one name ("al-Hawoz", "Al-Nusra", "Ki-moon")
/// and drop the lower-case side of a modifier compound ("UN-backed" → "UN", "pro-Assad" → "Assad").
/// Abbreviations keep their dots ("U.S."). A credit glued to the previous word
/// ("airstrikesReuters") is split off. Possessive "'s" is never part of a word.
enum EntityTokenizer {
    /// Lower-case name particles that start a hyphenated name ("al-Assad", "bin-Talal").
    static let particleHashes: WordHashTable = WordHashTable(
        ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "abu", "bin", "ibn", "bint", "ben", "ul", "ud", "ur"]
            .map(WordHash.exact))

    /// Abbreviations whose full stop does not end a sentence ("Mr. Smith", "Gen. Petraeus").
    static let abbreviationHashes: WordHashTable = WordHashTable(
        ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "prof", "st",
         "rev", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "adm", "brig", "ft", "mt", "cmdr", "supt", "sec"]
            .map(WordHash.exact))

    /// The tokens of `bytes`, in order.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [EntityToken] {
        precondition(bytes.count <= Int(UInt32.max), "EntityToken stores byte offsets in 32 bits")
        var progress = EntityTokenizerProgress()
        // News has about one token per six bytes; when that is not enough, the tokens so far move
        // to storage twice as large and tokenizing goes on where it stopped.
        var capacity = bytes.count / 6 + 16
        var tokens: [EntityToken] = []
        while true {
            let written = tokens
            tokens = [EntityToken](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                written.withUnsafeBufferPointer { old in
                    if let oldBase = old.baseAddress { base.initialize(from: oldBase, count: old.count) }
                }
                var writer = EntityTokenWriter(base: base, capacity: buffer.count, count: written.count)
                tokenize(bytes, into: &writer, progress: &progress)
                initialized = writer.count
            }
            if progress.isFinished { return tokens }
            capacity = 2 * capacity
        }
    }

    /// Replaces the contents of `tokens` with the tokens of `bytes`, reusing its storage.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [EntityToken]) {
        precondition(bytes.count <= Int(UInt32.max), "EntityToken stores byte offsets in 32 bits")
        // Each token covers at least one byte of its own, so `bytes.count` tokens always fit, plus
        // the two-token room `hasRoomForWord` asks for.
        let room = bytes.count + 2
        let placeholder = EntityToken(start: 0, end: 0, hash: 0, lowerHash: 0, isCapitalized: false, isAllCaps: false,
                                      startsWithDigit: false, joinsPrevious: false, isSentenceInitial: false,
                                      startsLine: false, inHeadline: false, isCompoundPart: false)
        tokens.removeAll(keepingCapacity: true)
        tokens.append(contentsOf: repeatElement(placeholder, count: room))
        var progress = EntityTokenizerProgress()
        let count = tokens.withUnsafeMutableBufferPointer { buffer -> Int in
            // Safe: the buffer holds `room` initialised tokens, which the writer overwrites in place.
            var writer = EntityTokenWriter(base: buffer.baseAddress!, capacity: buffer.count, count: 0)
            tokenize(bytes, into: &writer, progress: &progress)
            return writer.count
        }
        precondition(progress.isFinished, "a text of n bytes has at most n tokens")
        tokens.removeLast(tokens.count - count)
    }

    /// Tokenizes from where `progress` says until the text ends or `tokens` has no room for
    /// another word.
    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout EntityTokenWriter,
                                 progress: inout EntityTokenizerProgress) {
        do {
            let table = ByteFlags.table
            var gap = progress.gap
            var index = progress.index
            let count = bytes.count
            // The first token of the line being read: each line is judged for title case as soon
            // as the next one starts, while its tokens are still in cache.
            var lineStart = progress.lineStart
            while index < count {
                let byte = bytes[index]
                // Safe: the table has 256 entries, one per byte value.
                let flags = table[Int(byte)]
                if flags & ByteFlags.word != 0 {
                    guard tokens.hasRoomForWord else { break }
                    let firstNew = tokens.count
                    index = scanASCIIWord(bytes, from: index, table: table, gap: gap, into: &tokens)
                    // Only a gap with a line break gives a token that starts a line.
                    if gap.hasLineBreak { endLines(from: firstNew, lineStart: &lineStart, &tokens) }
                    gap = Gap(atTextStart: false)
                    // Most words are followed by one space: counted here, without a trip through
                    // the table.
                    if index < count, bytes[index] == 0x20 {
                        gap.spaces = 1
                        index += 1
                    }
                    continue
                }
                if flags & ByteFlags.space != 0 {
                    // The usual separator, counted without going through `Gap.note`.
                    gap.spaces += 1
                    index += 1
                    continue
                }
                if flags & ByteFlags.nonASCII == 0 {
                    // ASCII line breaks and punctuation between words.
                    gap.note(flags & ByteFlags.space != 0 ? .space : (flags & ByteFlags.lineBreak != 0 ? .lineBreak : .punctuation),
                             byte: byte, length: 1, bytes: bytes, at: index)
                    index += 1
                    continue
                }
                let (byteClass, length) = ByteClass.classify(bytes, index)
                guard byteClass.isWordCharacter else {
                    gap.note(byteClass, byte: byte, length: length, bytes: bytes, at: index)
                    index += length
                    continue
                }
                guard tokens.hasRoomForWord else { break }
                let wordEnd = scanWord(bytes, from: index)
                let firstNew = tokens.count
                emitWord(bytes, index..<wordEnd, gap: gap, into: &tokens)
                if gap.hasLineBreak { endLines(from: firstNew, lineStart: &lineStart, &tokens) }
                gap = Gap(atTextStart: false)
                index = wordEnd
            }
            progress = EntityTokenizerProgress(index: index, gap: gap, lineStart: lineStart, isFinished: index >= count)
            if progress.isFinished, lineStart < tokens.count { markHeadline(lineStart..<tokens.count, &tokens) }
        }
    }

    /// Judges each line that a token from `firstNew` on starts after: a line runs from the text's
    /// first token or a token that `startsLine` to the next such token. Called once per line, so
    /// kept out of the per-word path.
    @inline(never)
    private static func endLines(from firstNew: Int, lineStart: inout Int, _ tokens: inout EntityTokenWriter) {
        var index = firstNew
        while index < tokens.count {
            if tokens[index].startsLine, index > lineStart {
                markHeadline(lineStart..<index, &tokens)
                lineStart = index
            }
            index += 1
        }
    }

    /// Emits the word starting with the ASCII letter or digit at `start` and returns its end.
    ///
    /// The common case, a word of ASCII letters and digits that nothing joins to what follows, is
    /// scanned, classified and hashed in one pass; anything else (hyphens, abbreviations,
    /// apostrophes, non-ASCII letters, glued credits) goes through `scanWord` and `emitWord`,
    /// which give the same tokens for the common case.
    @inline(__always)
    private static func scanASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, table: UnsafeBufferPointer<UInt8>,
                                      gap: Gap, into tokens: inout EntityTokenWriter) -> Int {
        let count = bytes.count
        // The word is read eight bytes at a time, hashed exactly and lowercased side by side (two
        // independent multiplication chains): in a word of ASCII letters and digits, setting bit 5
        // of each capital is all lowercasing does.
        var exactState = WordHash.offsetBasis
        var lowerState = WordHash.offsetBasis
        // Which lanes held capitals and lower-case letters in any chunk: what the token's shape
        // needs, without counting (popcount is no single instruction on baseline x86-64). The
        // word's first byte does not count as a capital here (`laterCapitals`).
        var laterCapitals: UInt64 = 0
        var lowercase: UInt64 = 0
        var lanesAfterFirst = ~UInt64(0x80)
        var index = start
        var exactHash: UInt64
        var lowerHash: UInt64
        var terminator: UInt8
        // `start < count`, so the text is not empty and has a base address. Taken once here, so
        // that each chunk's load is not preceded by `load8`'s nil and range checks.
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while true {
            // Near the end of the text, the bytes that are left, zero-padded: a zero is no word
            // byte, so the word ends at the end of the text.
            // Safe: `start ≤ index` (the index only grows) and `count - index ≥ 8`, so all eight
            // bytes lie inside `bytes`.
            let chunk = count &- index >= 8
                ? UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                : WordHash.chunk(bytes, at: index, length: count &- index)
            let lanes = ASCIIWordLanes(chunk)
            let notWord = ~lanes.word & ASCIIWordLanes.high
            if notWord == 0 {
                laterCapitals |= lanes.uppercase & lanesAfterFirst
                lowercase |= lanes.lowercase
                lanesAfterFirst = ~0
                exactState = WordHash.absorb(exactState, chunk)
                // A capital's lane bit 7 moved to bit 5 lowercases it.
                lowerState = WordHash.absorb(lowerState, chunk | lanes.uppercase >> 2)
                index &+= 8
                continue
            }
            // The word's bytes in this chunk: those below the first byte that is not a word byte.
            let inWord = notWord.trailingZeroBitCount / 8
            let keep = (UInt64(1) << (8 * inWord)) &- 1
            let tail = chunk & keep
            let tailCapitals = lanes.uppercase & keep
            laterCapitals |= tailCapitals & lanesAfterFirst
            lowercase |= lanes.lowercase & keep
            // No overflow in the index arithmetic: start ≤ index ≤ count.
            index &+= inWord
            let length = index &- start
            exactHash = WordHash.finish(exactState, tail: tail, length: length)
            lowerHash = WordHash.finish(lowerState, tail: tail | tailCapitals >> 2, length: length)
            // The byte after the word (0 past the end of the text): most are spaces or punctuation
            // that cannot continue a word, which the table tells without `endsPlainWord`.
            terminator = UInt8(truncatingIfNeeded: chunk >> (8 * inWord))
            break
        }
        let firstFlags = table[Int(bytes[start])]
        let firstIsUpper = firstFlags & ByteFlags.uppercase != 0
        // A capital after a lower-case run may start a glued credit ("airstrikesReuters").
        let mayBeGlued = laterCapitals != 0 && index &- start >= 8
        let mayContinue = table[Int(terminator)] & (ByteFlags.joiner | ByteFlags.nonASCII) != 0
        guard !mayBeGlued, !mayContinue || endsPlainWord(bytes, start: start, end: index) else {
            let wordEnd = scanWord(bytes, from: start)
            emitWord(bytes, start..<wordEnd, gap: gap, into: &tokens)
            return wordEnd
        }
        var isAllCaps = false
        if lowercase == 0, firstIsUpper || laterCapitals != 0 {
            // Capitals and no lower-case letter ("UN", "M23", "I"), so every letter is a capital:
            // whether there are enough of them, or a digit, is counted on the bytes, which few
            // words need.
            var capitals = 0
            var digits = 0
            for position in start..<index {
                let flags = table[Int(bytes[position])]
                capitals &+= Int(flags & ByteFlags.uppercase)
                digits &+= Int((flags & ByteFlags.digit) >> 2)
            }
            isAllCaps = Self.isAllCaps(letters: capitals, uppercase: capitals, digits: digits, firstIsUpper: firstIsUpper)
        }
        let firstClass: ByteClass = firstIsUpper ? .uppercaseLetter : (firstFlags & ByteFlags.digit != 0 ? .digit : .lowercaseLetter)
        appendToken(start..<index, exactHash: exactHash, lowerHash: lowerHash, isAllCaps: isAllCaps,
                    firstClass: firstClass, gap: gap, into: &tokens)
        return index
    }

    /// Whether the run of ASCII letters and digits `start..<end` is a whole word as `scanWord`
    /// sees it: the byte at `end` neither joins it to more word (hyphen before a letter, the dots
    /// of "U.S.", an apostrophe before a capital) nor is a non-ASCII letter.
    @inline(__always)
    private static func endsPlainWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let count = bytes.count
        guard end < count else { return true }
        let byte = bytes[end]
        switch byte {
        case 0x2D:
            return !(end + 1 < count && ByteClass.classify(bytes, end + 1).0.isWordCharacter)
        case 0x2E:
            return !(end - start == 1 && isUpperASCII(bytes[start]) && end + 2 < count
                     && isUpperASCII(bytes[end + 1]) && bytes[end + 2] == 0x2E)
        case 0x27:
            return !(end - start <= 2 && end + 1 < count && isUpperASCII(bytes[end + 1]))
        case 0x80...:
            if ByteClass.classify(bytes, end).0.isWordCharacter { return false }
            return !(isRightSingleQuote(bytes, end) && end - start <= 2 && end + 3 < count && isUpperASCII(bytes[end + 3]))
        default:
            return true
        }
    }

    // MARK: Scanning

    /// The end of the word starting at `start`: letters and digits, joined by hyphens, by the
    /// dots of an abbreviation, or by an apostrophe before a capital ("O'Brien").
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        var partStart = start
        var isAbbreviation = false
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if isASCIIWordByte(byte) { index += 1; continue }
            } else {
                let (byteClass, length) = ByteClass.classify(bytes, index)
                if byteClass.isWordCharacter { index += length; continue }
            }
            if byte == 0x2D, index + 1 < count, ByteClass.classify(bytes, index + 1).0.isWordCharacter {
                index += 1; partStart = index; continue
            }
            if byte == 0x2E, index - partStart == 1, isUpperASCII(bytes[index - 1]),
               index + 2 < count, isUpperASCII(bytes[index + 1]), bytes[index + 2] == 0x2E {
                isAbbreviation = true
                index += 1; partStart = index; continue
            }
            if isAbbreviation, byte == 0x2E { return index + 1 }
            // An apostrophe before a capital after a short prefix: O'Brien, D'Alema.
            let apostropheLength = byte == 0x27 ? 1 : (isRightSingleQuote(bytes, index) ? 3 : 0)
            if apostropheLength > 0, index - partStart <= 2, index + apostropheLength < count,
               isUpperASCII(bytes[index + apostropheLength]) {
                index += apostropheLength; continue
            }
            break
        }
        return index
    }

    /// Emits one word as one or two tokens, resolving hyphenated compounds and glued credits.
    private static func emitWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, gap: Gap,
                                 into tokens: inout EntityTokenWriter) {
        var firstHyphen = -1
        for index in word where bytes[index] == 0x2D { firstHyphen = index; break }
        if firstHyphen < 0 {
            if let split = camelCaseSplit(bytes, word) {
                append(bytes, word.lowerBound..<split, gap: gap, into: &tokens)
                append(bytes, split..<word.upperBound, gap: Gap.glued, into: &tokens)
            } else {
                append(bytes, word, gap: gap, into: &tokens)
            }
            return
        }
        let firstClass = ByteClass.classify(bytes, word.lowerBound).0
        let firstPart = word.lowerBound..<firstHyphen
        let secondClass = ByteClass.classify(bytes, firstHyphen + 1).0
        switch firstClass {
        case .lowercaseLetter:
            if secondClass == .uppercaseLetter,
               particleHashes.contains(WordHash.exact(bytes, firstPart)) {
                append(bytes, word, gap: gap, into: &tokens, capitalized: true)
            } else if let capital = firstCapitalPart(bytes, word) {
                // "pro-Assad", "anti-Western": the name after the prefix.
                var compound = Gap.glued
                compound.isCompound = true
                append(bytes, capital..<word.upperBound, gap: compound, into: &tokens)
            } else {
                append(bytes, word, gap: gap, into: &tokens)
            }
        case .uppercaseLetter:
            let restIsLower = hasLowercasePart(bytes, word)
            let shortMixedCase = firstPart.count <= 3 && !isUpperASCII(bytes[firstPart.upperBound - 1])
            if PartyStateTag.isPartyLetter(bytes, firstPart), secondClass == .uppercaseLetter {
                // "R-Ohio", "D-Wash.": the party letter is no name; the state stands alone.
                var state = Gap.glued
                state.isCompound = true
                append(bytes, (firstHyphen + 1)..<word.upperBound, gap: state, into: &tokens)
            } else if !restIsLower || shortMixedCase {
                append(bytes, word, gap: gap, into: &tokens)
            } else {
                // "UN-backed", "Turkey-based": the name, then the modifier as its own word.
                var name = gap
                name.isCompound = true
                append(bytes, firstPart, gap: name, into: &tokens)
                append(bytes, (firstHyphen + 1)..<word.upperBound, gap: Gap.glued, into: &tokens)
            }
        default:
            append(bytes, word, gap: gap, into: &tokens)
        }
    }

    /// Where a capitalised word glued to a long lower-case run starts ("airstrikesReuters").
    private static func camelCaseSplit(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        var lowercaseRun = 0
        var index = word.lowerBound
        while index < word.upperBound {
            let byte = bytes[index]
            if byte >= 0x61 && byte <= 0x7A {
                lowercaseRun += 1
            } else if isUpperASCII(byte), lowercaseRun >= 5, word.upperBound - index >= 3 {
                return index
            } else {
                lowercaseRun = 0
            }
            index += 1
        }
        return nil
    }

    private static func firstCapitalPart(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        var index = word.lowerBound
        while index + 1 < word.upperBound {
            if bytes[index] == 0x2D, ByteClass.classify(bytes, index + 1).0 == .uppercaseLetter { return index + 1 }
            index += 1
        }
        return nil
    }

    private static func hasLowercasePart(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var index = word.lowerBound
        while index + 1 < word.upperBound {
            if bytes[index] == 0x2D, ByteClass.classify(bytes, index + 1).0 != .uppercaseLetter { return true }
            index += 1
        }
        return false
    }

    // MARK: Emitting

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, gap: Gap,
                               into tokens: inout EntityTokenWriter,
                               capitalized forcedCapital: Bool = false) {
        guard !range.isEmpty else { return }
        var letters = 0
        var uppercase = 0
        var digits = 0
        var index = range.lowerBound
        var firstClass: ByteClass?
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A {
                    uppercase += 1; letters += 1
                    if firstClass == nil { firstClass = .uppercaseLetter }
                } else {
                    if byte >= 0x61 && byte <= 0x7A { letters += 1 } else if byte >= 0x30 && byte <= 0x39 { digits += 1 }
                    if firstClass == nil { firstClass = byte >= 0x30 && byte <= 0x39 ? .digit : (byte >= 0x61 ? .lowercaseLetter : .punctuation) }
                }
                index += 1
                continue
            }
            let (byteClass, length) = ByteClass.classify(bytes, index)
            if firstClass == nil { firstClass = byteClass }
            if byteClass == .uppercaseLetter { uppercase += 1; letters += 1 } else if byteClass == .lowercaseLetter { letters += 1 } else if byteClass == .digit { digits += 1 }
            index += length
        }
        appendToken(range, exactHash: WordHash.exact(bytes, range), lowerHash: WordHash.lowercased(bytes, range),
                    isAllCaps: isAllCaps(letters: letters, uppercase: uppercase, digits: digits,
                                         firstIsUpper: firstClass == .uppercaseLetter),
                    firstClass: firstClass, gap: gap,
                    into: &tokens, capitalized: forcedCapital)
    }

    /// Appends the token for `range` from what a scan of its bytes found.
    ///
    /// Only a full stop in the gap makes the previous token matter (was it "Mr."?); gaps after
    /// which a word does not follow its predecessor (`Gap.glued`) start a sentence anyway.
    @inline(__always)
    private static func appendToken(_ range: Range<Int>, exactHash: UInt64, lowerHash: UInt64, isAllCaps: Bool,
                                    firstClass: ByteClass?, gap: Gap,
                                    into tokens: inout EntityTokenWriter, capitalized forcedCapital: Bool = false) {
        var sentenceInitial = gap.startsSentence
        let isCapitalized = forcedCapital || firstClass == .uppercaseLetter
        var joins = gap.joins
        // Both exceptions need a full stop in the gap, which few gaps have: one test keeps the
        // rest off the common path (a gap with a full stop never `joins`).
        if gap.hasFullStop {
            if !gap.startsSentence {
                sentenceInitial = tokens.last.map { !isAbbreviation($0) } ?? true
            }
            if isCapitalized, gap.joinsAfterInitial, tokens.count >= 2 {
                // "Jerome H. Powell": a middle initial after a capitalised word keeps the name together.
                let initial = tokens[tokens.count - 1]
                joins = initial.end - initial.start == 1 && initial.hash != initial.lowerHash && initial.joinsPrevious
                    && tokens[tokens.count - 2].isCapitalized
            }
        }
        tokens.append(EntityToken(
            start: range.lowerBound, end: range.upperBound,
            hash: exactHash,
            lowerHash: lowerHash,
            isCapitalized: isCapitalized,
            isAllCaps: isAllCaps,
            startsWithDigit: firstClass == .digit,
            joinsPrevious: joins,
            isSentenceInitial: sentenceInitial,
            startsLine: gap.hasLineBreak,
            inHeadline: false,
            isCompoundPart: gap.isCompound))
    }

    /// Two or more letters, all capitals ("UN", "AFP"), or one capital with digits ("M23").
    @inline(__always)
    private static func isAllCaps(letters: Int, uppercase: Int, digits: Int, firstIsUpper: Bool) -> Bool {
        uppercase == letters && (letters >= 2 || (letters == 1 && digits > 0 && firstIsUpper))
    }

    /// A full stop after this token belongs to it ("Mr.", "Gen.", an initial "W.").
    private static func isAbbreviation(_ token: EntityToken) -> Bool {
        // One letter, upper case: its exact and lower-cased hashes differ only then.
        if token.end - token.start == 1, token.hash != token.lowerHash { return true }
        return abbreviationHashes.contains(token.lowerHash)
    }

    // MARK: Headlines

    /// Marks the tokens of `line` when it is written in title case ("Syrian Forces Celebrate Their
    /// Victory"), where a capital is no evidence of a name.
    private static func markHeadline(_ line: Range<Int>, _ tokens: inout EntityTokenWriter) {
        var capitalWords = 0
        var lowercaseWords = 0
        for index in line where tokens[index].end - tokens[index].start >= 4 {
            // "... March 4, 2024. REUTERS/...": a sentence that ends after a number or a lower-case
            // word and goes on in the same line is prose or a caption, which a headline never is.
            if index > line.lowerBound, tokens[index].isSentenceInitial, !tokens[index - 1].isCapitalized { return }
            if tokens[index].isCapitalized {
                capitalWords += 1
            } else if !tokens[index].startsWithDigit {
                lowercaseWords += 1
                // Even if every token left were a capitalised word, too many are lower case: a
                // prose paragraph is given up on early instead of read to its end.
                if lowercaseWords * 4 > capitalWords + (line.upperBound - index - 1) { return }
            }
        }
        if capitalWords >= 3, lowercaseWords * 4 <= capitalWords {
            for index in line { tokens[index].inHeadline = true }
        }
    }

    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always)
    private static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    @inline(__always)
    private static func isRightSingleQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }
}
