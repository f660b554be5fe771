/// Lets `EntityTypeModel` type the mentions the rules typed only by default
/// (`EntityMention.typedByDefault`: an unknown capitalised name taken for an organisation), beside
/// the rules, as spaCy runs an EntityRuler beside a statistical recogniser: what a word list, a title
/// or a context rule decided stays as it is.
///
/// The repeats of one name in a document get one type: their scores are summed, so every context
/// the name appears in has its say.
struct EntityModelTyper {
    let model: EntityTypeModel
    let features: EntitySpanFeatures

    /// Retypes each default-typed mention of `mentions`, or takes its type away (the recogniser
    /// skips untyped mentions) when the model says it is no entity.
    func retype(_ mentions: inout [EntityMention]) {
        guard let firstFlagged = mentions.firstIndex(where: { $0.typedByDefault }) else { return }
        // Per name (`nameKey`), its summed scores; a document has few such names, so a linear
        // search beats hashing into a dictionary.
        var keys: [UInt64] = []
        var totals: [SIMD8<Float>] = []
        for index in firstFlagged..<mentions.count where mentions[index].typedByDefault {
            var scorer = EntityFeatureScorer(model: model)
            features.write(mentions, at: index, into: &scorer)
            let key = nameKey(mentions[index])
            if let name = keys.firstIndex(of: key) {
                totals[name] += scorer.sums
            } else {
                keys.append(key)
                totals.append(scorer.sums)
            }
        }
        for index in firstFlagged..<mentions.count where mentions[index].typedByDefault {
            let scores = totals[keys.firstIndex(of: nameKey(mentions[index]))!]
            // Scores all alike (features the model never saw): the rules' default stands.
            if model.separates(scores) {
                mentions[index].type = model.classes[model.bestClass(scores)]
                mentions[index].rules.record(.modelTyped)
            }
        }
    }

    /// A hash of the mention's text in lower case (as `String.lowercased()` makes it): the repeats
    /// of one name share it.
    private func nameKey(_ mention: EntityMention) -> UInt64 {
        let text = UnsafeBufferPointer(rebasing: features.bytes[mention.start..<mention.end])
        if text.contains(where: { $0 >= 0x80 }) {
            return EntityTypeModel.featureHash(String(decoding: text, as: UTF8.self).lowercased().utf8)
        }
        return text.reduce(EntityTypeModel.hashBasis) { EntityTypeModel.hash($0, $1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
    }
}
