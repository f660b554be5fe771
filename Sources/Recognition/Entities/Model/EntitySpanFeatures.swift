/// The features of one candidate span, the only definition of them: `reader analyze
/// --entity-features` prints them for `scripts/typer/train.py` (`EntityFeatureStrings`), and the
/// recogniser scores them with `EntityTypeModel` (`EntityFeatureScorer`).
///
/// Features read the span's words (shape, affixes, case), what the word lists say of its first and
/// last word, its place in the sentence and line, its neighbouring words and punctuation, and how
/// the rules typed it, so the model learns from context what the lists cannot know.
struct EntitySpanFeatures {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [EntityToken]
    let lexicon: EntityLexicon
    let documentWords: DocumentWordFacts

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [EntityToken], lexicon: EntityLexicon) {
        self.bytes = bytes
        self.tokens = tokens
        self.lexicon = lexicon
        documentWords = DocumentWordFacts(tokens: tokens)
    }

    /// The features of `mentions[index]` as strings.
    func features(of mentions: [EntityMention], at index: Int) -> [String] {
        var strings = EntityFeatureStrings()
        write(mentions, at: index, into: &strings)
        return strings.features
    }

    /// Writes the features of `mentions[index]` (its type as the rules left it, whether a default
    /// gave it, and the types of the mentions next to it).
    func write<Sink: EntityFeatureSink>(_ mentions: [EntityMention], at index: Int, into out: inout Sink) {
        let mention = mentions[index]
        out.feature("b")
        let first = tokens[mention.firstToken]
        let last = tokens[mention.endToken - 1]
        let count = mention.endToken - mention.firstToken
        out.begin(); out.append("n="); out.append(UInt8(0x30 + min(count, 3))); out.end()
        out.begin()
        out.append("ty=")
        out.append(bytes: (mention.type?.rawValue ?? "none").utf8)
        if mention.typedByDefault { out.append(".def") }
        out.end()
        out.begin()
        out.append("sh=")
        for index in mention.firstToken..<mention.endToken {
            if index > mention.firstToken { out.append(0x20) }
            appendShape(tokens[index], into: &out)
        }
        out.end()
        let firstWord = word(first)
        out.begin(); out.append("w="); firstWord.append(into: &out); out.end()
        out.begin(); out.append("p3="); firstWord.appendPrefix(3, into: &out); out.end()
        let lastWord = count > 1 ? word(last) : firstWord
        if count > 1 {
            out.begin(); out.append("wl="); lastWord.append(into: &out); out.end()
            out.begin(); out.append("wf1="); firstWord.append(into: &out); out.end()
        }
        let lastCount = lastWord.count
        for length in 2...4 where lastCount > length {
            out.begin(); out.append(0x73); out.append(UInt8(0x30 + length)); out.append(0x3D)
            lastWord.appendSuffix(length, into: &out)
            out.end()
        }
        out.begin(); out.append("len="); out.append(UInt8(0x30 + min(last.end - last.start, 12) / 3)); out.end()
        if first.isAllCaps { out.feature("caps") }
        if first.isSentenceInitial { out.feature("init") }
        if first.inHeadline { out.feature("head") }
        if first.startsLine { out.feature("line") }
        if bytes[mention.start..<mention.end].contains(0x2D) { out.feature("hyph") }
        lexiconFeatures(of: first, last: false, into: &out)
        if count > 1 { lexiconFeatures(of: last, last: true, into: &out) }
        // Left context: the word before when only spaces separate them, else the punctuation.
        if mention.firstToken > 0 {
            let previous = tokens[mention.firstToken - 1]
            if first.joinsPrevious {
                let previousWord = word(previous)
                out.begin(); out.append("pw="); previousWord.append(into: &out); out.end()
                if previous.isCapitalized { out.feature("pwcap") }
                if let kind = listKind(previous) {
                    out.begin(); out.append("pwk="); out.append(bytes: kind.utf8); out.end()
                }
                if mention.firstToken > 1, previous.joinsPrevious {
                    out.begin(); out.append("pw2="); word(tokens[mention.firstToken - 2]).append(into: &out)
                    out.append(0x5F); previousWord.append(into: &out); out.end()
                }
            } else {
                out.begin(); out.append("pp="); appendPunctuation(from: first.start - 1, downTo: previous.end, into: &out); out.end()
            }
        } else {
            out.feature("pp=start")
        }
        if mention.endToken < tokens.count {
            let next = tokens[mention.endToken]
            if next.joinsPrevious, next.start >= mention.end {
                let nextWord = word(next)
                out.begin(); out.append("nw="); nextWord.append(into: &out); out.end()
                if next.isCapitalized { out.feature("nwcap") }
                if mention.endToken + 1 < tokens.count, tokens[mention.endToken + 1].joinsPrevious {
                    out.begin(); out.append("nw2="); nextWord.append(into: &out); out.append(0x5F)
                    word(tokens[mention.endToken + 1]).append(into: &out); out.end()
                }
            } else {
                out.begin(); out.append("np="); appendPunctuation(from: mention.end, upTo: next.start, into: &out); out.end()
            }
        } else {
            out.feature("np=end")
        }
        contextFeatures(of: mention, into: &out)
        neighbourFeatures(mentions, at: index, into: &out)
        cueFeatures(of: mention, into: &out)
        documentFeatures(of: mention, into: &out)
    }

    /// Classes of the words around the span (`EntityContextCues`): "cpw=loc" after a place
    /// preposition ("in Votualevu"), "cl3=place"/"cr3=place" for a place noun up to three words before
    /// or after ("the village of X", "X county"), "cl3=org"/"cr3=org" for an organisation's words
    /// ("X shares"), "pro=p" for the first pronoun after it being "he"/"she"/"his"/"her" ("pro2=p"
    /// when it opens the next sentence: "X said. He ..."), and "app=num" for an apposition of a
    /// number ("X, 45,"), all within the line.
    private func cueFeatures<Sink: EntityFeatureSink>(of mention: EntityMention, into out: inout Sink) {
        let cues = EntityContextCues.shared
        let first = tokens[mention.firstToken]
        if mention.firstToken > 0, first.joinsPrevious,
           cues.cue(tokens[mention.firstToken - 1].lowerHash) == .placePreposition {
            out.feature("cpw=loc")
        }
        var seen: (place: Bool, org: Bool) = (false, false)
        var index = mention.firstToken - 1
        while index >= 0, mention.firstToken - index <= 3, !tokens[index + 1].startsLine {
            switch cues.cue(tokens[index].lowerHash) {
            case .placeNoun where !seen.place: seen.place = true; out.feature("cl3=place")
            case .organisationWord where !seen.org: seen.org = true; out.feature("cl3=org")
            default: break
            }
            index -= 1
        }
        seen = (false, false)
        index = mention.endToken
        while index < tokens.count, index - mention.endToken < 3, !tokens[index].startsLine {
            switch cues.cue(tokens[index].lowerHash) {
            case .placeNoun where !seen.place: seen.place = true; out.feature("cr3=place")
            case .organisationWord where !seen.org: seen.org = true; out.feature("cr3=org")
            default: break
            }
            index += 1
        }
        // The first pronoun after the span, in its sentence or the next one's first words.
        var sentences = 0
        index = mention.endToken
        while index < tokens.count, index - mention.endToken < 15, !tokens[index].startsLine {
            if tokens[index].isSentenceInitial {
                sentences += 1
                if sentences > 1 { break }
            }
            let cue = cues.cue(tokens[index].lowerHash)
            if cue == .personPronoun || cue == .thingPronoun || cue == .pluralPronoun {
                out.begin()
                out.append(sentences == 0 ? "pro=" : "pro2=")
                out.append(cue == .personPronoun ? "p" : cue == .thingPronoun ? "it" : "they")
                out.end()
                break
            }
            index += 1
        }
        if mention.endToken + 1 < tokens.count {
            let number = tokens[mention.endToken]
            if number.startsWithDigit, number.end - number.start <= 3, !number.startsLine,
               bytes[mention.end..<number.start].contains(0x2C) {
                out.feature("app=num")
            }
        }
    }

    /// What the rest of the document says of a one-word span: "doc=lower" when the word also stands
    /// in lower case ("Dengue ..." beside "dengue"), "doc=loc" when it also follows a place
    /// preposition.
    private func documentFeatures<Sink: EntityFeatureSink>(of mention: EntityMention, into out: inout Sink) {
        guard mention.endToken - mention.firstToken == 1 else { return }
        let facts = documentWords.facts(ofWordAt: mention.firstToken)
        if facts.lowerCase { out.feature("doc=lower") }
        if facts.afterPlacePreposition { out.feature("doc=loc") }
    }

    /// The lower-case words a little further out ("l3=" two or three words before, "r3=" two or
    /// three after, within the line), and the word after a hyphen glued to the name ("hx=based"
    /// for "Sabratha-based"): a town's "the coastal town of", a person's "told reporters".
    private func contextFeatures<Sink: EntityFeatureSink>(of mention: EntityMention, into out: inout Sink) {
        var index = mention.firstToken - 1
        var distance = 1
        while index >= 0, distance <= 3, !tokens[index + 1].startsLine {
            if distance >= 2, !tokens[index].isCapitalized {
                out.begin(); out.append("l3="); word(tokens[index]).append(into: &out); out.end()
            }
            index -= 1
            distance += 1
        }
        index = mention.endToken
        distance = 1
        while index < tokens.count, distance <= 3, !tokens[index].startsLine {
            if distance >= 2, !tokens[index].isCapitalized {
                out.begin(); out.append("r3="); word(tokens[index]).append(into: &out); out.end()
            }
            index += 1
            distance += 1
        }
        if mention.end + 1 < bytes.count, bytes[mention.end] == 0x2D, mention.endToken < tokens.count,
           tokens[mention.endToken].start == mention.end + 1, !tokens[mention.endToken].isCapitalized {
            out.begin(); out.append("hx="); word(tokens[mention.endToken]).append(into: &out); out.end()
        }
    }

    /// The types of the mentions just before and after (at most one word between): "pm=PLACE_,"
    /// for "Zawiya, Sabratha", "nm=PERSON_and" before "and Ana Ruiz", ".def" when a default typed
    /// the neighbour too. Lists and pairs join names of one kind.
    private func neighbourFeatures<Sink: EntityFeatureSink>(_ mentions: [EntityMention], at index: Int, into out: inout Sink) {
        let mention = mentions[index]
        if index > 0, let type = mentions[index - 1].type {
            let previous = mentions[index - 1]
            if previous.endToken == mention.firstToken {
                out.begin(); out.append("pm="); appendType(type, previous.typedByDefault, into: &out); out.append(0x5F)
                appendPunctuation(from: mention.start - 1, downTo: previous.end, into: &out); out.end()
            } else if previous.endToken + 1 == mention.firstToken {
                out.begin(); out.append("pm="); appendType(type, previous.typedByDefault, into: &out); out.append(0x5F)
                word(tokens[previous.endToken]).append(into: &out); out.end()
            }
        }
        if index + 1 < mentions.count, let type = mentions[index + 1].type {
            let next = mentions[index + 1]
            if next.firstToken == mention.endToken {
                out.begin(); out.append("nm="); appendType(type, next.typedByDefault, into: &out); out.append(0x5F)
                appendPunctuation(from: mention.end, upTo: next.start, into: &out); out.end()
            } else if mention.endToken + 1 == next.firstToken {
                out.begin(); out.append("nm="); appendType(type, next.typedByDefault, into: &out); out.append(0x5F)
                word(tokens[mention.endToken]).append(into: &out); out.end()
            }
        }
    }

    private func appendType<Sink: EntityFeatureSink>(_ type: EntityType, _ byDefault: Bool, into out: inout Sink) {
        out.append(bytes: type.rawValue.utf8)
        if byDefault { out.append(".def") }
    }

    /// A word in lower case, as `String.lowercased()` makes it: ASCII words (most) are folded byte by
    /// byte as they are written, others go through the Unicode path. Lengths, prefixes and
    /// suffixes count characters.
    private enum Word {
        case ascii(UnsafeBufferPointer<UInt8>)
        case unicode(String)

        var count: Int {
            switch self {
            case .ascii(let bytes): bytes.count
            case .unicode(let string): string.count
            }
        }

        func append<Sink: EntityFeatureSink>(into out: inout Sink) {
            switch self {
            case .ascii(let bytes): for byte in bytes { out.append(Self.folded(byte)) }
            case .unicode(let string): out.append(bytes: string.utf8)
            }
        }

        func appendPrefix<Sink: EntityFeatureSink>(_ length: Int, into out: inout Sink) {
            switch self {
            case .ascii(let bytes): for byte in bytes.prefix(length) { out.append(Self.folded(byte)) }
            case .unicode(let string): out.append(bytes: string.prefix(length).utf8)
            }
        }

        func appendSuffix<Sink: EntityFeatureSink>(_ length: Int, into out: inout Sink) {
            switch self {
            case .ascii(let bytes): for byte in bytes.suffix(length) { out.append(Self.folded(byte)) }
            case .unicode(let string): out.append(bytes: string.suffix(length).utf8)
            }
        }

        @inline(__always)
        static func folded(_ byte: UInt8) -> UInt8 {
            byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
    }

    private func word(_ token: EntityToken) -> Word {
        let word = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        return word.contains(where: { $0 >= 0x80 }) ? .unicode(String(decoding: word, as: UTF8.self).lowercased()) : .ascii(word)
    }

    /// "Xx" for "Aleppo", "X" for "UN", "X.X." for "U.S.", "Xx-Xx" for "Al-Nusra", "Xd" for "M23":
    /// runs of one character class folded to one letter, non-ASCII letters read as lower case.
    private func appendShape<Sink: EntityFeatureSink>(_ token: EntityToken, into out: inout Sink) {
        var last: UInt8 = 0
        var written = 0
        for byte in bytes[token.start..<token.end] {
            let symbol: UInt8
            switch byte {
            case 0x41...0x5A: symbol = 0x58 // X
            case 0x61...0x7A: symbol = 0x78 // x
            case 0x30...0x39: symbol = 0x64 // d
            case 0x80...0xFF: symbol = 0x78
            default: symbol = byte
            }
            if written == 0 || last != symbol {
                out.append(symbol)
                last = symbol
                written += 1
            }
            if written >= 8 { break }
        }
    }

    /// The word-list facts of `token`, each a feature after "f." (first word) or "l." (last).
    private func lexiconFeatures<Sink: EntityFeatureSink>(of token: EntityToken, last: Bool, into out: inout Sink) {
        let entry = lexicon.word(token)
        func fact(_ name: StaticString) {
            out.begin()
            out.append(last ? "l." : "f.")
            out.append(name)
            out.end()
        }
        if entry.contains(.givenName) { fact("gn") }
        if entry.contains(.place) { fact("pl") }
        if entry.contains(.organisation) { fact("org") }
        if entry.contains(.nationality) { fact("nat") }
        if entry.contains(.phrasePrefix) { fact("pre") }
        if entry.contains(.title) { fact("ti") }
        if entry.contains(.organisationWord) { fact("ow") }
        if entry.contains(.placeWord) { fact("pw") }
        if entry.contains(.stopWord) { fact("sw") }
        if entry.contains(.nonEntityAcronym) { fact("na") }
        if lexicon.commonWords.contains(token.lowerHash) { fact("cw") }
    }

    /// A short name for what the lists say of a neighbouring word, or nil when nothing.
    private func listKind(_ token: EntityToken) -> String? {
        let entry = lexicon.word(token)
        if entry.contains(.title) { return "ti" }
        if entry.contains(.givenName) { return "gn" }
        if let type = entry.phraseType { return type.rawValue }
        return nil
    }

    /// The first punctuation byte met walking down from `start` to `end` (inclusive): "nl" for a line
    /// break, "sp" for none.
    private func appendPunctuation<Sink: EntityFeatureSink>(from start: Int, downTo end: Int, into out: inout Sink) {
        var index = start
        while index >= end {
            if appendSymbol(bytes[index], into: &out) { return }
            index -= 1
        }
        out.append("sp")
    }

    /// The first punctuation byte met walking up from `start` to `end` (exclusive).
    private func appendPunctuation<Sink: EntityFeatureSink>(from start: Int, upTo end: Int, into out: inout Sink) {
        var index = start
        while index < end {
            if appendSymbol(bytes[index], into: &out) { return }
            index += 1
        }
        out.append("sp")
    }

    /// Writes a byte that is neither space nor tab nor carriage return ("nl" for a line break, "u" for
    /// a non-ASCII byte) and says whether it did.
    private func appendSymbol<Sink: EntityFeatureSink>(_ byte: UInt8, into out: inout Sink) -> Bool {
        switch byte {
        case 0x0A: out.append("nl")
        case 0x20, 0x09, 0x0D: return false
        case 0x80...: out.append("u")
        default: out.append(byte)
        }
        return true
    }
}
