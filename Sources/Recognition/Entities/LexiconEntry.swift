/// What the lexicon knows about one word or phrase; a phrase can be several things at once
/// ("Jordan": a place and a given name).
struct LexiconEntry: OptionSet, Sendable {
    let rawValue: UInt16

    static let place = LexiconEntry(rawValue: 1 << 0)
    static let organisation = LexiconEntry(rawValue: 1 << 1)
    static let nationality = LexiconEntry(rawValue: 1 << 2)
    /// The first words of a longer place, organisation or nationality ("New" of "New York").
    static let phrasePrefix = LexiconEntry(rawValue: 1 << 3)
    static let givenName = LexiconEntry(rawValue: 1 << 4)
    static let title = LexiconEntry(rawValue: 1 << 5)
    static let organisationWord = LexiconEntry(rawValue: 1 << 6)
    static let placeWord = LexiconEntry(rawValue: 1 << 7)
    static let stopWord = LexiconEntry(rawValue: 1 << 8)
    static let nonEntityAcronym = LexiconEntry(rawValue: 1 << 9)

    /// The entity type of a whole known phrase, organisations first (they are listed by hand).
    var phraseType: EntityType? {
        if contains(.organisation) { return .org }
        if contains(.nationality) { return .norp }
        if contains(.place) { return .place }
        return nil
    }
}
