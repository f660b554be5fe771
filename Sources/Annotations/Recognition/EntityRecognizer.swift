/// Finds people, organisations, places and nationalities (PERSON, ORG, PLACE, NORP) as
/// `../shared/eval/GUIDELINES.md` defines them.
///
/// Rules over UTF-8 bytes, in linear time: tokenise (`EntityTokenizer`), cut capitalised chunks into
/// mentions with titles, cue words and gazetteers (`EntitySpotter`), then settle types and link
/// short forms to full names across the document (`MentionLinker`). Pure and deterministic.
public struct EntityRecognizer: Sendable {
    public init() {}

    /// The entities of `text`, sorted by start, with Unicode scalar offsets.
    public func entities(in text: String) -> [Entity] {
        var text = text
        let lexicon = EntityLexicon.shared
        return text.withUTF8 { bytes -> [Entity] in
            var tokens = EntityTokenizer.tokenize(bytes)
            lexicon.noteWords(in: &tokens)
            let spotted = EntitySpotter(bytes: bytes, tokens: tokens, lexicon: lexicon).mentions()
            let retyper = MentionRetyper(bytes: bytes, tokens: tokens, lexicon: lexicon)
            let linker = MentionLinker(bytes: bytes, tokens: tokens, lexicon: lexicon)
            var (mentions, fullNames) = linker.link(retyper.retype(spotted))
            mentions = TeamNameLinker(bytes: bytes, tokens: tokens).link(mentions)
            mentions = retyper.joiningNameSuffixes(mentions)
            // The spotter finds mentions left to right, so the sort is almost never needed.
            if zip(mentions, mentions.dropFirst()).contains(where: { $0.start >= $1.start }) {
                mentions.sort { $0.start < $1.start }
            }
            var mapper = ScalarOffsetMapper(bytes: bytes)
            var entities: [Entity] = []
            entities.reserveCapacity(mentions.count)
            for mention in mentions {
                guard let type = mention.type else { continue }
                let start = mapper.scalarOffset(ofByte: mention.start)
                let end = mapper.scalarOffset(ofByte: mention.end)
                let byteText = UnsafeBufferPointer(rebasing: bytes[mention.start..<mention.end])
                let canonical: String?
                let text: String
                let words = mention.endToken - mention.firstToken
                if let fullNameIndex = mention.fullNameIndex {
                    canonical = fullNames[fullNameIndex]
                    // A person named in full ("Bashar al-Assad" itself) is named by its own canonical
                    // text (see `MentionLinker.link`): with plain spacing, that is its text, shared.
                    text = words > 1 && linker.hasPlainSpacing(mention) ? fullNames[fullNameIndex]
                        : String(decoding: byteText, as: UTF8.self)
                } else {
                    text = String(decoding: byteText, as: UTF8.self)
                    // A one-word mention is its own canonical name; longer ones get their spaces
                    // normalised, and most are already: their text is shared, not built twice.
                    canonical = words == 1 ? nil
                        : (linker.hasPlainSpacing(mention) ? text : linker.canonicalTextRespacing(mention))
                }
                entities.append(Entity(text: text, type: type, start: start, end: end, canonical: canonical))
            }
            return entities
        }
    }
}
