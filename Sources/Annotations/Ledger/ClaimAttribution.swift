/// Who a claim is attributed to, as its sentence (or a neighbour) says: "Lavrov said",
/// "according to a Russian official".
public struct ClaimAttribution: Codable, Equatable, Hashable, Sendable {
    /// Where the source was found, relative to the claim's sentence.
    public enum Place: String, Codable, Sendable, Hashable {
        /// In the claim's own sentence.
        case sameSentence
        /// In the next sentence: a quotation whose speaker is named after it.
        case nextSentence
        /// In the sentence before: a first-person quotation ("We have evacuated…") after its speaker.
        case previousSentence
    }

    /// The source's name: a person's or organisation's canonical name when the phrase holds one,
    /// else the phrase without its article ("Russian defence ministry").
    public var source: String
    /// The words as written ("Russia's defence ministry", "ministry spokesman Igor Konashenkov").
    public var phrase: String
    /// The word that makes it an attribution ("said", "according to", "comments from").
    public var cue: String
    /// The type of the named entity in the phrase, if any: a PERSON is a schema.org Person, the rest organisations.
    public var entityType: EntityType?
    public var place: Place
    /// Scalar offsets of the phrase in the article.
    public var start: Int
    public var end: Int

    public init(source: String, phrase: String, cue: String, entityType: EntityType?, place: Place, start: Int, end: Int) {
        self.source = source
        self.phrase = phrase
        self.cue = cue
        self.entityType = entityType
        self.place = place
        self.start = start
        self.end = end
    }
}
