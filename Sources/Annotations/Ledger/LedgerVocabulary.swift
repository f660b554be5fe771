/// The word tables the ledger groups and attributes claims with. Every table is lowercase; a word
/// not in a table stands for itself, so an unknown counted noun ("tents") still groups with itself.
enum LedgerVocabulary {
    /// Counted nouns that name the same population, so "6,400 people" and "7,000 civilians" of one
    /// event can be compared. Subsets that reports give apart (rebels, children, women) keep their own class.
    static let subjectClasses: [String: String] = {
        var table: [String: String] = [:]
        let classes: [(String, [String])] = [
            ("people", ["people", "civilians", "civilian", "evacuees", "evacuee", "residents", "resident", "refugees",
                        "refugee", "persons", "person", "inhabitants", "individuals", "migrants", "displaced",
                        "villagers", "survivors", "passengers", "citizens", "population", "arrivals", "newcomers",
                        "deaths", "victims", "fatalities",
                        // The dead and the hurt are people too; the event ("killed", "injured") tells them apart.
                        "dead", "injured", "wounded", "injuries", "missing"]),
            ("fighters", ["rebels", "rebel", "fighters", "fighter", "militants", "militant", "insurgents", "gunmen",
                          "combatants", "jihadists"]),
            ("troops", ["soldiers", "soldier", "troops", "servicemen"]),
            ("children", ["children", "child", "kids", "minors", "boys", "girls"]),
            ("women", ["women", "woman"]),
            ("vehicles", ["buses", "bus", "vehicles", "trucks", "lorries", "cars", "ambulances", "coaches"]),
            ("territory", ["territory", "city", "area", "areas", "district", "districts", "east", "west", "north",
                           "south", "half", "neighbourhoods", "neighborhoods", "land", "enclave", "town", "country", "region"]),
            ("ships", ["ships", "ship", "vessels", "vessel", "boats", "boat", "tankers", "freighters"]),
            ("hospitals", ["hospitals", "hospital", "clinics", "health", "facilities"]),
        ]
        for (name, words) in classes { for word in words { table[word] = name } }
        return table
    }()

    /// Event words (whole words or stems), each with the event it names. The event keeps apart
    /// "7,000 civilians evacuated" and "82 civilians killed" though both count people in Aleppo.
    static let eventStems: [(String, String)] = [
        ("evacuat", "displacement"), ("evacuee", "displacement"), ("leave", "displacement"), ("left", "displacement"),
        ("leaving", "displacement"), ("flee", "displacement"), ("fled", "displacement"), ("refugee", "displacement"),
        ("displace", "displacement"), ("exodus", "displacement"), ("escape", "displacement"), ("depart", "displacement"),
        ("relocat", "displacement"), ("walk", "displacement"), ("cross", "displacement"), ("arriv", "displacement"), ("homeless", "displacement"), ("travel", "displacement"), ("corridor", "displacement"),
        ("kill", "casualty"), ("dead", "casualty"), ("death", "casualty"), ("died", "casualty"), ("die", "casualty"),
        // The hurt are counted apart from the dead: "12 deaths" and "16 persons injured" are two figures.
        ("wounded", "injury"), ("injur", "injury"), ("casualt", "casualty"), ("massacre", "casualty"),
        ("control", "control"), ("captur", "control"), ("hold", "control"), ("retak", "control"), ("recaptur", "control"),
        ("seiz", "control"), ("held", "control"), ("lost", "control"), ("gained", "control"),
        ("arrest", "arrest"), ("detain", "arrest"), ("surrender", "surrender"), ("laid", "surrender"),
        ("vote", "vote"), ("voted", "vote"), ("turnout", "vote"), ("elect", "vote"),
        ("appeal", "aid"), ("donat", "aid"), ("pledg", "aid"), ("cost", "cost"), ("spend", "cost"), ("spent", "cost"), ("budget", "cost"), ("price", "cost"),
        ("damag", "damage"), ("destroy", "damage"), ("flood", "damage"), ("affect", "damage"),
    ]

    /// Words that start like an event stem but name no event ("department" is not a departure).
    static let eventFalseFriends: Set<String> = ["department", "departments", "departmental", "electric", "electricity",
                                                 "electronic", "electronics", "crossword", "affection", "pricey"]

    /// What a sum of money is, by the noun or verb that says so: "a $11bn deal", "revenue of $55bn",
    /// "to buy X for $69bn", "goods worth $9.6bn". Figures of different things in one story
    /// (a deal's price, a company's revenue) are kept apart by it.
    static let moneyClasses: [String: String] = {
        var table: [String: String] = [:]
        let classes: [(String, [String])] = [
            ("price", ["deal", "deals", "price", "purchase", "acquisition", "takeover", "merger", "bid", "offer", "buyout",
                       "buy", "buys", "buying", "bought", "acquire", "acquires", "acquiring", "acquired", "pay", "pays",
                       "paying", "paid", "offering", "offered", "sale", "sell", "sold", "selling"]),
            ("revenue", ["revenue", "revenues", "sales", "turnover"]),
            ("profit", ["profit", "profits", "earnings", "income"]),
            ("savings", ["savings", "save", "saving", "saved", "cuts"]),
            ("value", ["worth", "value", "valued", "valuation", "capitalisation", "capitalization"]),
            ("cost", ["cost", "costs", "spend", "spent", "spending", "budget", "bill", "damage", "damages", "losses"]),
            ("aid", ["aid", "pledged", "pledge", "pledges", "donated", "donation", "donations", "appeal", "funding", "grant"]),
            ("debt", ["debt", "debts", "loan", "loans", "borrowing"]),
            ("pay", ["salary", "salaries", "wage", "wages", "bonus", "bonuses", "fine", "fines"]),
        ]
        for (name, words) in classes { for word in words { table[word] = name } }
        return table
    }()

    /// Verbs of rise and fall, and the words that sit between a name and its change: "Sears was up
    /// 22 percent", "Activision shares jumped 26%". A share after them is the change of what is named before.
    static let changeWords: Set<String> = [
        "up", "down", "ahead", "higher", "lower", "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall",
        "falls", "falling", "gained", "gains", "gain", "climbed", "climbs", "jumped", "jumps", "surged", "surges", "soared",
        "soars", "slumped", "dropped", "drops", "slipped", "slips", "slid", "lost", "loses", "increased", "decreased",
        "grew", "declined", "plunged", "tumbled", "edged", "added", "sank", "shed",
    ]
    /// Words of a change that a sum can measure: "raised fares by 150 won", "a 150 won increase".
    static let amountChangeWords: Set<String> = changeWords.union([
        "increase", "increases", "increasing", "raise", "raises", "raised", "raising", "hike", "hikes", "hiked",
        "cut", "reduce", "reduces", "reduced", "lowered", "boost", "boosted", "decrease", "decreases", "rises",
    ])
    static let changeFillers: Set<String> = ["was", "were", "is", "are", "has", "have", "had", "been", "by", "shares",
                                             "share", "stock", "stocks", "price", "prices", "closed", "ended", "opened"]

    /// Nouns that count instances of what follows "of": "nine counts of kidnapping", "300 cases of cholera".
    static let containerNouns: Set<String> = ["count", "counts", "charge", "charges", "case", "cases", "instances",
                                              "incidents", "acts"]

    /// Prepositions: none is what a number counts ("cranes over the region").
    static let prepositions: Set<String> = ["over", "under", "across", "through", "to", "from", "into", "onto", "with",
                                            "without", "by", "on", "at", "in", "of", "for", "about", "after", "before",
                                            "during", "near", "since", "until", "per", "among", "between", "against",
                                            "toward", "towards", "via", "around", "amid", "within", "outside", "inside"]

    /// Number words that may end a claim's text ("30 million") without being what it counts.
    static let numberWords: Set<String> = ["hundred", "hundreds", "thousand", "thousands", "million", "millions",
                                           "billion", "billions", "trillion", "dozen", "dozens", "lakh", "crore"]

    /// The stems by their first three letters (a to z), at index `letterIndex`: a word is compared
    /// with the few stems that start like it, found without hashing.
    static let eventStemsByStart: [[(String, String)]] = {
        var table = [[(String, String)]](repeating: [], count: 26 * 26 * 26)
        for (stem, event) in eventStems {
            if let index = letterIndex(stem) { table[index].append((stem, event)) }
        }
        return table
    }()

    /// The index of a word's first three letters when they are all a to z.
    static func letterIndex(_ word: String) -> Int? {
        var index = 0
        var count = 0
        for byte in word.utf8 {
            guard byte >= 0x61, byte <= 0x7A else { return nil }
            index = index * 26 + Int(byte - 0x61)
            count += 1
            if count == 3 { return index }
        }
        return nil
    }

    /// The event a word names, if any.
    static func event(of word: String) -> String? {
        // Most words start like no stem: that is known from the table, before hashing the word.
        guard let start = letterIndex(word) else { return nil }
        let candidates = eventStemsByStart[start]
        if candidates.isEmpty || eventFalseFriends.contains(word) { return nil }
        for (stem, event) in candidates where word.hasPrefix(stem) {
            // Short stems take only inflections: "kill" is in "killed", not "die" in "diesel" or "left" in "leftist".
            if stem.count <= 4, word != stem, !LedgerVocabulary.inflections.contains(String(word.dropFirst(stem.count))) { continue }
            return event
        }
        return nil
    }

    static let inflections: Set<String> = ["s", "d", "ed", "ing", "e", "es", "er", "ers"]

    /// Verbs and nouns that introduce who said something: "Lavrov said", "told reporters". "Declared"
    /// is left out: "authorities declared three days of mourning" is an act, not a report of a figure.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "announced", "announces", "estimated", "estimates", "confirmed",
        "confirms", "wrote", "writes", "reported", "reports", "added", "adds", "stated", "states", "claimed",
        "claims", "warned", "warns", "warning", "insisted", "tweeted", "noted", "explained", "predicted",
        "disclosed", "revealed", "acknowledged", "counted", "recorded", "estimating", "saying",
        "listed", "lists", "promised", "promises", "reporting", "adding",
    ]

    /// Verbs that attribute only when a source noun is their subject: "government data show", "the report showed".
    static let showVerbs: Set<String> = ["show", "shows", "showed", "shown", "suggest", "suggests", "suggested"]

    /// Nouns after which "from X" names a source: "comments from the United Nations".
    static let sourceNouns: Set<String> = [
        "comments", "comment", "figures", "figure", "data", "statement", "statements", "estimates", "estimate",
        "reports", "report", "count", "tally", "numbers",
    ]

    /// Lowercase words that may sit inside a source's noun phrase: "the Russian defence ministry",
    /// "a Turkey-based official in the Fastaqim rebel group".
    static let sourceWords: Set<String> = [
        "minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "defence",
        "defense", "foreign", "interior", "government", "army", "military", "president", "secretary", "agency",
        "group", "monitor", "monitoring", "observatory", "authorities", "authority", "police", "correspondent",
        "source", "sources", "envoy", "adviser", "advisor", "head", "chief", "deputy", "prime", "general",
        "council", "committee", "office", "department", "team", "commander", "senior", "local", "rebel",
        "opposition", "state", "news", "state-run", "health", "humanitarian", "aid", "relief", "organisation",
        "organization", "agencies", "media", "officer", "coordinator", "representative", "director", "mayor",
        "governor", "witness", "witnesses", "activist", "activists", "medics", "doctors", "residents", "analyst",
        "analysts", "lieutenant", "colonel", "counterpart", "lawmaker", "politician", "legislator", "party", "union", "press", "ambassador", "coalition",
        "ministers", "spokesmen", "commission", "institute", "bureau", "service", "services", "watchdog",
        "firm", "company", "report", "survey", "study", "census",
        // Media and records speak for their makers: "Moroccan television reported", "government data show".
        "television", "radio", "newspaper", "broadcaster", "data", "figures", "results", "count", "tally",
    ]

    /// Words that may stand between a source and its verb without ending the phrase: "earlier said".
    static let adverbs: Set<String> = ["earlier", "also", "later", "previously", "then", "had", "has", "have",
                                        "separately", "now", "again", "initially", "first", "officially"]

    /// Pronouns are not sources by themselves ("It added…"); "he" and "she" are resolved apart.
    static let pronouns: Set<String> = ["it", "they", "this", "that", "these", "those", "he", "she", "there", "which", "who"]

    /// Words that start a clause, so never stand inside a source's phrase.
    static let clauseWords: Set<String> = ["and", "but", "or", "that", "which", "who", "when", "while", "as", "if",
                                           "because", "after", "before", "since", "not", "no", "to", "on", "by", "with",
                                           "from", "into", "than", "was", "were", "is", "are", "be", "been", "would",
                                           "could", "will", "can", "may", "might", "should", "did", "does", "do"]

    static let determiners: Set<String> = ["the", "a", "an"]
    /// "who doctors said": a source after one speaks inside a relative clause.
    static let relativePronouns: Set<String> = ["who", "which", "whom"]
    static let phrasePrepositions: Set<String> = ["of", "in", "for", "at"]

    /// Pronouns that make a quoted sentence speak for the source named just before it.
    static let firstPerson: Set<String> = ["we", "our", "i", "my", "us"]

    /// Words after a number's "of" that are not its object: "93 per cent of the city".
    static let objectSkips: Set<String> = ["the", "its", "their", "his", "her", "a", "an", "all", "this", "that"]

    /// Words that refer a bare number back to the count before it: "Turkey estimated the number to be nearer 8,000".
    static let anaphora: Set<String> = ["number", "figure", "total", "toll", "tally", "count"]

    /// Words that make a sentence a forecast or a possibility rather than a report.
    static let projectionWords: Set<String> = ["could", "may", "might", "expected", "forecast",
                                               "forecasts", "projected", "likely", "predicted", "predicts"]

    /// Each word of the tables tested in loops, with its classes.
    static let wordFlags: [String: LedgerWordFlags] = {
        var table: [String: LedgerWordFlags] = [:]
        for word in speechVerbs { table[word, default: []].insert(.speechVerb) }
        for word in sourceNouns { table[word, default: []].insert(.sourceNoun) }
        for word in anaphora { table[word, default: []].insert(.anaphora) }
        for word in firstPerson { table[word, default: []].insert(.firstPerson) }
        for word in projectionWords { table[word, default: []].insert(.projection) }
        for word in ["years", "decades"] { table[word, default: []].insert(.longPeriod) }
        for word in ["put", "puts", "putting"] { table[word, default: []].insert(.estimateVerb) }
        for words in [clauseWords, phrasePrepositions, determiners, prepositions, numberWords] {
            for word in words { table[word, default: []].insert(.notCounted) }
        }
        return table
    }()

    /// Modifiers kept before a place in a group's label: "eastern Aleppo".
    static let placeModifiers: Set<String> = ["eastern", "western", "northern", "southern", "east", "west",
                                              "north", "south", "central", "rebel-held", "besieged"]

    /// Units of length in metres; a measure of another dimension keeps its own unit.
    static let lengthInMetres: [String: Double] = [
        "kilometers": 1000, "kilometres": 1000, "kilometer": 1000, "kilometre": 1000, "km": 1000,
        "miles": 1609.344, "mile": 1609.344, "meters": 1, "metres": 1, "meter": 1, "metre": 1, "m": 1,
        "feet": 0.3048, "foot": 0.3048, "ft": 0.3048, "yards": 0.9144, "yard": 0.9144,
    ]
    /// Compass bearings written between a distance and the place it is measured from: "60km southwest of Opunake".
    static let bearings: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast",
                                        "southwest", "north-east", "north-west", "south-east", "south-west",
                                        "northeastern", "northwestern", "southeastern", "southwestern", "away"]
    static let massInKilograms: [String: Double] = [
        "tonnes": 1000, "tonne": 1000, "tons": 907.185, "ton": 907.185, "kilograms": 1, "kilogram": 1,
        "kg": 1, "pounds": 0.453592, "pound": 0.453592, "lbs": 0.453592,
    ]
    static let areaInSquareMetres: [String: Double] = [
        "square kilometers": 1e6, "square kilometres": 1e6, "sq km": 1e6, "square miles": 2_589_988,
        "hectares": 10_000, "hectare": 10_000, "acres": 4046.86, "acre": 4046.86,
    ]
}
