/// What the ledger reads around one claim to decide which others it belongs with. Every field
/// comes from words of the article, so a grouping can be explained by quoting them.
public struct ClaimFeatures: Codable, Equatable, Hashable, Sendable {
    /// How values compare: "count", "share" (percent and fractions, in percent), "measure:length"
    /// (in metres), "measure:mass", "money:dollars", …
    public var family: String
    /// The class of what is counted or measured ("people" for civilians, evacuees, residents…;
    /// "territory" for a share of the city); "unspecified" when the text does not say.
    public var subject: String
    /// The word the subject was read from ("civilians", "territory"), if any.
    public var subjectWord: String?
    /// The event class ("displacement", "casualty", "control"…) and the word it was read from.
    public var event: String?
    public var eventWord: String?
    /// The place the claim is about (a place named in the sentence, else the article's main place).
    public var place: String?
    /// A modifier written before the place ("eastern"), for the group's label.
    public var placeModifier: String?
    /// True when the sentence speaks of years (a war's toll), which keeps it apart from a day's count.
    public var isLongPeriod: Bool
    /// True when the sentence forecasts ("could flee", "is expected to"), which keeps it apart from reports.
    public var isProjection: Bool = false
    /// "YYYY-MM-DD" when known (the article's date or a full date in the sentence).
    public var date: String?
    /// The value in the family's base unit (metres for lengths, percent for shares), if numeric.
    public var baseValue: Double?
    /// When a bare number takes its subject from an earlier claim ("the number to be nearer 8,000").
    public var refersBackTo: String?
    /// Every place the claim's article names, so that claims about places named together
    /// ("Sindh" in a report on Pakistan) can join. Not encoded: it is the article's, not the claim's.
    public var articlePlaces: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case family, subject, subjectWord, event, eventWord, place, placeModifier, isLongPeriod, isProjection, date, baseValue,
             refersBackTo
    }

    /// The compass side of the place ("east" for "eastern Aleppo"), if the text gives one.
    public var direction: String? {
        switch placeModifier {
        case "eastern", "east": "east"
        case "western", "west": "west"
        case "northern", "north": "north"
        case "southern", "south": "south"
        default: nil
        }
    }

    public init(family: String, subject: String, subjectWord: String? = nil, event: String? = nil,
                eventWord: String? = nil, place: String? = nil, placeModifier: String? = nil,
                isLongPeriod: Bool = false, date: String? = nil, baseValue: Double? = nil, refersBackTo: String? = nil) {
        self.family = family
        self.subject = subject
        self.subjectWord = subjectWord
        self.event = event
        self.eventWord = eventWord
        self.place = place
        self.placeModifier = placeModifier
        self.isLongPeriod = isLongPeriod
        self.date = date
        self.baseValue = baseValue
        self.refersBackTo = refersBackTo
    }

    /// The key claims must share to fall into one group, before places, events and dates are compared.
    public var groupKey: ClaimGroupKey {
        ClaimGroupKey(family: family, subject: subject, event: nil, place: nil, isLongPeriod: isLongPeriod,
                      isProjection: isProjection)
    }
}
