/// Finds people, organisations, places and nationalities (PERSON, ORG, PLACE, NORP) as
/// `../shared/eval/GUIDELINES.md` defines them.
///
/// Rules over UTF-8 bytes, in linear time: tokenise (`EntityTokenizer`), cut capitalised chunks into
/// mentions with titles, cue words and gazetteers (`EntitySpotter`), then settle types and link
/// short forms to full names across the document (`MentionLinker`); a learned model
/// (`EntityTypeModel`) types the names only a default typed. Pure and deterministic.
public struct EntityRecognizer: Sendable {
    /// The model that types the names the rules only typed by default, or nil for rules alone.
    let model: EntityTypeModel?

    /// The recogniser with its model on or off as `READER_ENTITY_MODEL` says (`EntityModelSwitch`).
    public init() {
        self.init(modelSwitch: .fromEnvironment)
    }

    public init(modelSwitch: EntityModelSwitch) {
        model = modelSwitch == .on ? EntityTypeModel.trained : nil
    }

    /// Rules and `model` (nil: rules alone).
    init(model: EntityTypeModel?) {
        self.model = model
    }

    /// The mentions of `bytes` as the rules and the model type them, with the persons' full names.
    private func mentions(in bytes: UnsafeBufferPointer<UInt8>, tokens: [EntityToken], lexicon: EntityLexicon,
                          linker: MentionLinker, modelled: Bool) -> (mentions: [EntityMention], fullNames: [String]) {
        var passedOver: [EntityMention] = []
        return mentions(in: bytes, tokens: tokens, lexicon: lexicon, linker: linker, modelled: modelled, explaining: false,
                        passedOver: &passedOver)
    }

    /// `mentions`, and when `explaining`, in `passedOver` the words the spotter's rules passed over,
    /// the names it showed to be no entity (a storm's, a market index's) and the mentions the linker
    /// dropped, sorted by start.
    private func mentions(in bytes: UnsafeBufferPointer<UInt8>, tokens: [EntityToken], lexicon: EntityLexicon,
                          linker: MentionLinker, modelled: Bool, explaining: Bool,
                          passedOver: inout [EntityMention]) -> (mentions: [EntityMention], fullNames: [String]) {
        let spotted = EntitySpotter(bytes: bytes, tokens: tokens, lexicon: lexicon, explaining: explaining).mentions(passedOver: &passedOver)
        if explaining { passedOver += spotted.filter(\.isNonEntity) }
        let retyper = MentionRetyper(bytes: bytes, tokens: tokens, lexicon: lexicon)
        var (mentions, fullNames) = explaining ? linker.link(retyper.retype(spotted), dropped: &passedOver) : linker.link(retyper.retype(spotted))
        if explaining { passedOver.sort { $0.start < $1.start } }
        mentions = TeamNameLinker(bytes: bytes, tokens: tokens).link(mentions)
        mentions = retyper.joiningNameSuffixes(mentions)
        if modelled, let model {
            let features = EntitySpanFeatures(bytes: bytes, tokens: tokens, lexicon: lexicon)
            EntityModelTyper(model: model, features: features).retype(&mentions)
        }
        // The spotter finds mentions left to right, so the sort is almost never needed.
        if zip(mentions, mentions.dropFirst()).contains(where: { $0.start >= $1.start }) {
            mentions.sort { $0.start < $1.start }
        }
        return (mentions, fullNames)
    }

    /// The spans the rules mark in `text`, before the model, with the features the model reads
    /// (`EntitySpanFeatures`), sorted by start, with Unicode scalar offsets.
    public func candidates(in text: String) -> [EntityCandidate] {
        var text = text
        let lexicon = EntityLexicon.shared
        return text.withUTF8 { bytes -> [EntityCandidate] in
            var tokens = EntityTokenizer.tokenize(bytes)
            lexicon.noteWords(in: &tokens)
            let linker = MentionLinker(bytes: bytes, tokens: tokens, lexicon: lexicon)
            let found = mentions(in: bytes, tokens: tokens, lexicon: lexicon, linker: linker, modelled: false).mentions
            let features = EntitySpanFeatures(bytes: bytes, tokens: tokens, lexicon: lexicon)
            var mapper = ScalarOffsetMapper(bytes: bytes)
            return found.indices.compactMap { index in
                let mention = found[index]
                guard let type = mention.type else { return nil }
                return EntityCandidate(start: mapper.scalarOffset(ofByte: mention.start), end: mapper.scalarOffset(ofByte: mention.end),
                                       ruleType: type, typedByDefault: mention.typedByDefault,
                                       features: features.features(of: found, at: index))
            }
        }
    }

    /// The entities of `text`, sorted by start, with Unicode scalar offsets.
    public func entities(in text: String) -> [Entity] {
        var text = text
        return text.withUTF8 { bytes -> [Entity] in
            var offsets = ScalarOffsetMapper(bytes: bytes)
            return entities(inUTF8: bytes, offsets: &offsets)
        }
    }

    /// The entities of the UTF-8 text `bytes`, with the scalar offsets `offsets` (the article's one
    /// mapper, which the claim recogniser may share) gives.
    func entities(inUTF8 bytes: UnsafeBufferPointer<UInt8>, offsets: inout ScalarOffsetMapper) -> [Entity] {
        let lexicon = EntityLexicon.shared
        var tokens = EntityTokenizer.tokenize(bytes)
        lexicon.noteWords(in: &tokens)
        let linker = MentionLinker(bytes: bytes, tokens: tokens, lexicon: lexicon)
        let (mentions, fullNames) = mentions(in: bytes, tokens: tokens, lexicon: lexicon, linker: linker, modelled: true)
        var entities: [Entity] = []
        entities.reserveCapacity(mentions.count)
        for mention in mentions {
            if let entity = entity(of: mention, bytes: bytes, linker: linker, fullNames: fullNames, mapper: &offsets) {
                entities.append(entity)
            }
        }
        return entities
    }

    /// `entities(in:)` with, per entity, the rules that made its span and type, in the order they
    /// fired (`EntityRule`), and the words the spotter's rules passed over: what
    /// `reader analyze --explain` prints.
    public func explanation(of text: String) -> EntityExplanation {
        var text = text
        let lexicon = EntityLexicon.shared
        return text.withUTF8 { bytes -> EntityExplanation in
            var tokens = EntityTokenizer.tokenize(bytes)
            lexicon.noteWords(in: &tokens)
            var linker = MentionLinker(bytes: bytes, tokens: tokens, lexicon: lexicon)
            linker.explaining = true
            var passed: [EntityMention] = []
            let (mentions, fullNames) = mentions(in: bytes, tokens: tokens, lexicon: lexicon, linker: linker, modelled: true,
                                                 explaining: true, passedOver: &passed)
            var mapper = ScalarOffsetMapper(bytes: bytes)
            let entities = mentions.compactMap { mention in
                entity(of: mention, bytes: bytes, linker: linker, fullNames: fullNames, mapper: &mapper)
                    .map { ExplainedEntity(entity: $0, rules: mention.rules.rules) }
            }
            let passedOver = passed.map { mention in
                PassedOverSpan(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[mention.start..<mention.end]), as: UTF8.self),
                               start: mapper.scalarOffset(ofByte: mention.start), end: mapper.scalarOffset(ofByte: mention.end),
                               rules: mention.rules.rules)
            }
            return EntityExplanation(entities: entities, passedOver: passedOver)
        }
    }

    /// The entity a typed mention names, or nil for an untyped one.
    private func entity(of mention: EntityMention, bytes: UnsafeBufferPointer<UInt8>, linker: MentionLinker, fullNames: [String],
                        mapper: inout ScalarOffsetMapper) -> Entity? {
        guard let type = mention.type else { return nil }
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
        return Entity(text: text, type: type, start: start, end: end, canonical: canonical)
    }
}
