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
        var totals: [String: [Float]] = [:]
        var keys: [Int: String] = [:]
        for (index, mention) in mentions.enumerated() where mention.typedByDefault {
            let key = spanKey(mention)
            keys[index] = key
            let scores = model.scores(features.features(of: mention))
            if let sum = totals[key] {
                totals[key] = zip(sum, scores).map { $0 + $1 }
            } else {
                totals[key] = scores
            }
        }
        var typed: [EntityMention] = []
        typed.reserveCapacity(mentions.count)
        for (index, var mention) in mentions.enumerated() {
            if let key = keys[index], let scores = totals[key] {
                // Scores all alike (features the model never saw): the rules' default stands.
                if scores.contains(where: { $0 != scores[0] }) {
                    guard let type = model.classes[model.bestClass(scores)] else { continue }
                    mention.type = type
                }
            }
            typed.append(mention)
        }
        return typed
    }

    /// The mention's text, lower-cased: the repeats of one name share it.
    private func spanKey(_ mention: EntityMention) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: features.bytes[mention.start..<mention.end]), as: UTF8.self).lowercased()
    }
}
