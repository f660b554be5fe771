/// A word list an entity rule reads: one of the generated lists (`scripts/gazetteers/lists`, compiled
/// into `EntityWordLists`) or a small table written in `EntitySpotterVocabulary`. Named `list:<id>`
/// when explained.
public enum EntityWordList: String, Sendable, CaseIterable {
    case places = "places"
    case organisations = "organisations"
    case demonyms = "demonyms"
    case givenNames = "given-names"
    case titles = "titles"
    case organisationWords = "organisation-words"
    case placeWords = "place-words"
    case stopWords = "stop-words"
    case nonEntityAcronyms = "non-entity-acronyms"
    case commonWords = "common-words"
    case companyForms = "company-forms"
    case companyDescriptors = "company-descriptors"
    case stateAbbreviations = "state-abbreviations"
    case directions = "directions"
    case continents = "continents"
    case ministers = "ministers"
    case ranks = "ranks"
    case services = "services"
    case stateNouns = "state-nouns"
    case placeAbbreviations = "place-abbreviations"
    case roads = "roads"
    case streets = "streets"
    case parties = "parties"
    case academicHeads = "academic-heads"
    case placePrefixes = "place-prefixes"
    case pluralArticles = "plural-articles"
    case saintPrefixes = "saint-prefixes"
    case compassSuffixes = "compass-suffixes"
    case surnamePrefixes = "surname-prefixes"
    case eventHeads = "event-heads"
    case romanceConnectors = "romance-connectors"
    case placeContext = "place-context"
    case peopleContext = "people-context"
    case peopleHeadNouns = "people-head-nouns"
    case hyphenatedTitles = "hyphenated-titles"
    case nameSuffixes = "name-suffixes"
    case vietnameseSyllables = "vietnamese-syllables"
    case corporateAbbreviations = "corporate-abbreviations"

    /// The list as the explanation names it.
    public var id: String { "list:" + rawValue }

    /// Where the words live.
    public var source: String {
        switch self {
        case .places: "scripts/gazetteers/lists/regions.txt and GeoNames (EntityWordLists.places)"
        case .organisations: "scripts/gazetteers/lists/org_names.txt, football_clubs.txt (EntityWordLists.organisations)"
        case .demonyms: "scripts/gazetteers/lists/demonyms.txt"
        case .givenNames: "scripts/gazetteers/lists/given_names.txt and name corpora (EntityWordLists.givenNames)"
        case .titles: "scripts/gazetteers/lists/titles.txt"
        case .organisationWords: "scripts/gazetteers/lists/org_words.txt"
        case .placeWords: "scripts/gazetteers/lists/place_words.txt"
        case .stopWords: "scripts/gazetteers/lists/stop_words.txt"
        case .nonEntityAcronyms: "scripts/gazetteers/lists/nonentity_acronyms.txt"
        case .commonWords: "English word list (EntityWordLists.commonWords)"
        case .placeContext, .peopleContext: "NameContext"
        case .peopleHeadNouns, .hyphenatedTitles, .vietnameseSyllables: "MentionRetyper"
        case .nameSuffixes: "MentionRetyper.nameSuffixHashes"
        case .stateAbbreviations: "PartyStateTag"
        default: "EntitySpotterVocabulary"
        }
    }
}
