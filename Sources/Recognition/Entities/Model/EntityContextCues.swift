/// Word classes `EntitySpanFeatures` looks for around a span, so the model pools the evidence of
/// many rare words into a few features it sees often enough to weigh: a place preposition before a
/// name ("in Votualevu"), a place noun near it ("the village of"), an organisation's words after it
/// ("shares", "spokesperson"), and the pronoun that follows a person ("… said. He").
///
/// Cues, not rules: each only adds a feature, and the trained weights say how much it counts.
struct EntityContextCues: Sendable {
    /// Class of each cue word by its lower-case hash (`WordHash.exact` of the lower-case word).
    private let classes: WordHashTable

    enum Cue: UInt32 {
        /// "in", "at", "from", "near": what comes before a place.
        case placePreposition = 1
        /// "village", "district", "residents": nouns of places, two or three words before.
        case placeNoun
        /// "shares", "spokesperson", "subsidiary": words near an organisation.
        case organisationWord
        /// "he", "she", "his", "her", "him".
        case personPronoun
        /// "it", "its".
        case thingPronoun
        /// "they", "their", "them".
        case pluralPronoun
    }

    static let shared = EntityContextCues()

    private init() {
        let words: [(Cue, [String])] = [
            (.placePreposition, ["in", "at", "from", "near", "across", "outside", "around", "into", "towards", "toward",
                                 "throughout", "inside", "within", "via", "to"]),
            (.placeNoun, ["village", "villages", "town", "towns", "city", "cities", "district", "districts", "county",
                          "province", "region", "state", "island", "islands", "capital", "residents", "suburb",
                          "municipality", "area", "areas", "outskirts", "coast", "port", "valley", "river", "lake",
                          "regency", "township", "neighbourhood", "neighborhood", "settlement", "camp", "border",
                          "southern", "northern", "eastern", "western", "central", "coastal", "rural", "hometown"]),
            (.organisationWord, ["shares", "company", "firm", "spokesman", "spokesperson", "spokeswoman", "officials",
                                 "statement", "employees", "ceo", "chairman", "board", "stake", "subsidiary", "acquired",
                                 "announced", "bank", "agency", "group", "listed", "brand", "staff", "management",
                                 "executives", "customers", "reported", "reporters"]),
            (.personPronoun, ["he", "she", "his", "her", "him", "himself", "herself"]),
            (.thingPronoun, ["it", "its", "itself"]),
            (.pluralPronoun, ["they", "their", "them", "themselves"]),
        ]
        var classes = WordHashTable(expectedCount: 160)
        for (cue, list) in words {
            for word in list { classes.insertIfAbsent(WordHash.exact(word), value: cue.rawValue) }
        }
        self.classes = classes
    }

    /// The cue class of a token by its `lowerHash`, or nil.
    @inline(__always)
    func cue(_ lowerHash: UInt64) -> Cue? {
        Cue(rawValue: classes.value(lowerHash))
    }
}
