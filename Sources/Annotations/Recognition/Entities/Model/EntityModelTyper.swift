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

    /// `mentions` with each default-typed mention retyped, or dropped when the model says it is no entity.
    func retype(_ mentions: [EntityMention]) -> [EntityMention] {
        guard mentions.contains(where: { $0.typedByDefault }) else { return mentions }
        // Per name (lower-cased text), its summed scores; per mention, its name's index, or -1.
        var nameIndex: [String: Int] = [:]
        var totals: [SIMD8<Float>] = []
        var names = [Int](repeating: -1, count: mentions.count)
        for (index, mention) in mentions.enumerated() where mention.typedByDefault {
            var scorer = EntityFeatureScorer(model: model)
            features.write(mention, into: &scorer)
            let scores = scorer.sums
            let key = spanKey(mention)
            if let name = nameIndex[key] {
                totals[name] += scores
                names[index] = name
            } else {
                nameIndex[key] = totals.count
                names[index] = totals.count
                totals.append(scores)
            }
        }
        var typed: [EntityMention] = []
        typed.reserveCapacity(mentions.count)
        for (index, var mention) in mentions.enumerated() {
            let name = names[index]
            // Scores all alike (features the model never saw): the rules' default stands.
            if name >= 0, model.separates(totals[name]) {
                guard let type = model.classes[model.bestClass(totals[name])] else { continue }
                mention.type = type
            }
            typed.append(mention)
        }
        return typed
    }

    /// The mention's text, lower-cased: the repeats of one name share it.
    private func spanKey(_ mention: EntityMention) -> String {
        EntitySpanFeatures.lowered(UnsafeBufferPointer(rebasing: features.bytes[mention.start..<mention.end]))
    }
}
