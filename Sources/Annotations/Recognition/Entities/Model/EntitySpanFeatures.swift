/// The feature strings of one candidate span, the only definition of them: `reader analyze
/// --entity-features` prints them for `scripts/typer/train.py`, and `EntityTypeModel` scores them.
///
/// Features read the span's words (shape, affixes, case), what the word lists say of its first and
/// last word, its place in the sentence and line, its neighbouring words and punctuation, and how
/// the rules typed it, so the model learns from context what the lists cannot know.
struct EntitySpanFeatures {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [EntityToken]
    let lexicon: EntityLexicon

    /// The features of `mention` (its type as the rules left it, and whether a default gave it).
    func features(of mention: EntityMention) -> [String] {
        var out: [String] = ["b"]
        out.reserveCapacity(40)
        let first = tokens[mention.firstToken]
        let last = tokens[mention.endToken - 1]
        let count = mention.endToken - mention.firstToken
        out.append("n=\(min(count, 3))")
        out.append("ty=\(mention.type?.rawValue ?? "none")\(mention.typedByDefault ? ".def" : "")")
        var spanShape = ""
        for index in mention.firstToken..<mention.endToken {
            if !spanShape.isEmpty { spanShape += " " }
            spanShape += shape(tokens[index])
        }
        out.append("sh=\(spanShape)")
        let firstWord = lowered(first)
        out.append("w=\(firstWord)")
        out.append("p3=\(String(firstWord.prefix(3)))")
        let lastWord = count > 1 ? lowered(last) : firstWord
        if count > 1 {
            out.append("wl=\(lastWord)")
            out.append("wf1=\(firstWord)")
        }
        for length in 2...4 where lastWord.count > length {
            out.append("s\(length)=\(String(lastWord.suffix(length)))")
        }
        out.append("len=\(min(last.end - last.start, 12) / 3)")
        if first.isAllCaps { out.append("caps") }
        if first.isSentenceInitial { out.append("init") }
        if first.inHeadline { out.append("head") }
        if first.startsLine { out.append("line") }
        if bytes[mention.start..<mention.end].contains(0x2D) { out.append("hyph") }
        lexiconFeatures(of: first, prefix: "f.", into: &out)
        if count > 1 { lexiconFeatures(of: last, prefix: "l.", into: &out) }
        // Left context: the word before when only spaces separate them, else the punctuation.
        if mention.firstToken > 0 {
            let previous = tokens[mention.firstToken - 1]
            if first.joinsPrevious {
                out.append("pw=\(lowered(previous))")
                if previous.isCapitalized { out.append("pwcap") }
                if let kind = listKind(previous) { out.append("pwk=\(kind)") }
                if mention.firstToken > 1, previous.joinsPrevious {
                    out.append("pw2=\(lowered(tokens[mention.firstToken - 2]))_\(lowered(previous))")
                }
            } else {
                out.append("pp=\(punctuation(before: first.start, after: previous.end))")
            }
        } else {
            out.append("pp=start")
        }
        if mention.endToken < tokens.count {
            let next = tokens[mention.endToken]
            if next.joinsPrevious, next.start >= mention.end {
                out.append("nw=\(lowered(next))")
                if next.isCapitalized { out.append("nwcap") }
                if mention.endToken + 1 < tokens.count, tokens[mention.endToken + 1].joinsPrevious {
                    out.append("nw2=\(lowered(next))_\(lowered(tokens[mention.endToken + 1]))")
                }
            } else {
                out.append("np=\(punctuation(after: mention.end, before: next.start))")
            }
        } else {
            out.append("np=end")
        }
        return out
    }

    /// The word in lower case (Unicode), for word and affix features.
    private func lowered(_ token: EntityToken) -> String {
        Self.lowered(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
    }

    /// `bytes` as a string in lower case, as `String.lowercased()` makes it; ASCII (most names) is
    /// folded byte by byte, which costs a tenth of the Unicode path.
    static func lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.contains(where: { $0 >= 0x80 }) else {
            return String(decoding: bytes, as: UTF8.self).lowercased()
        }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in bytes.indices {
                let byte = bytes[index]
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// "Xx" for "Aleppo", "X" for "UN", "X.X." for "U.S.", "Xx-Xx" for "Al-Nusra", "Xd" for "M23":
    /// runs of one character class folded to one letter, non-ASCII letters read as lower case.
    private func shape(_ token: EntityToken) -> String {
        var shape: [UInt8] = []
        for byte in bytes[token.start..<token.end] {
            let symbol: UInt8
            switch byte {
            case 0x41...0x5A: symbol = 0x58 // X
            case 0x61...0x7A: symbol = 0x78 // x
            case 0x30...0x39: symbol = 0x64 // d
            case 0x80...0xFF: symbol = 0x78
            default: symbol = byte
            }
            if shape.last != symbol { shape.append(symbol) }
            if shape.count >= 8 { break }
        }
        return String(decoding: shape, as: UTF8.self)
    }

    /// The word-list facts of `token`, each a feature after `prefix`.
    private func lexiconFeatures(of token: EntityToken, prefix: String, into out: inout [String]) {
        let entry = lexicon.word(token)
        if entry.contains(.givenName) { out.append(prefix + "gn") }
        if entry.contains(.place) { out.append(prefix + "pl") }
        if entry.contains(.organisation) { out.append(prefix + "org") }
        if entry.contains(.nationality) { out.append(prefix + "nat") }
        if entry.contains(.phrasePrefix) { out.append(prefix + "pre") }
        if entry.contains(.title) { out.append(prefix + "ti") }
        if entry.contains(.organisationWord) { out.append(prefix + "ow") }
        if entry.contains(.placeWord) { out.append(prefix + "pw") }
        if entry.contains(.stopWord) { out.append(prefix + "sw") }
        if entry.contains(.nonEntityAcronym) { out.append(prefix + "na") }
        if lexicon.commonWords.contains(token.lowerHash) { out.append(prefix + "cw") }
    }

    /// A short name for what the lists say of a neighbouring word, or nil when nothing.
    private func listKind(_ token: EntityToken) -> String? {
        let entry = lexicon.word(token)
        if entry.contains(.title) { return "ti" }
        if entry.contains(.givenName) { return "gn" }
        if let type = entry.phraseType { return type.rawValue }
        return nil
    }

    /// The last punctuation byte between `end` (exclusive) and `start`, looking back from `start`.
    private func punctuation(before start: Int, after end: Int) -> String {
        var index = start - 1
        while index >= end {
            let byte = bytes[index]
            if byte == 0x0A { return "nl" }
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { return symbol(byte) }
            index -= 1
        }
        return "sp"
    }

    /// The first punctuation byte after `start`, before `end`.
    private func punctuation(after start: Int, before end: Int) -> String {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A { return "nl" }
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { return symbol(byte) }
            index += 1
        }
        return "sp"
    }

    private func symbol(_ byte: UInt8) -> String {
        byte < 0x80 ? String(UnicodeScalar(byte)) : "u"
    }
}
