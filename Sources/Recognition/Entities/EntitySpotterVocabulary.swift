/// The word tables that `EntitySpotter`, `NameContext` and `OrganisationPrefix` read, built once and
/// held by the spotter.
///
/// As `static let`s these were lazily initialised globals, and every read of one goes through
/// `swift_once` (a call and a check each time): the rules ask several of them about every
/// capitalised word, which cost a few percent of the recogniser. Held as `let` properties of one
/// shared instance that the spotter takes once per document, a table is a plain load away.
final class EntitySpotterVocabulary: Sendable {
    /// Built on first use; a few hundred words, so building them costs next to nothing.
    static let shared = EntitySpotterVocabulary()

    // MARK: The spotter's words

    /// Lower-case words that may sit inside a name ("Army of Conquest", "Ludwig van Beethoven").
    let connectorHashes: WordHashTable = WordHashTable(["of", "for", "and", "de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du", "del", "di", "do", "dos", "das", "y", "ibn", "abu", "bint", "ben", "ould",
        // Dutch, Filipino, Italian, German and Malay particles ("Jan-Willem ter Horst", "Teodoro dela Cruz").
        "ter", "ten", "dela", "della", "zu", "binti",
        // Urdu and Arabic particles ("Zia ul Haq", "Shams ud Din").
        "ul", "ud",
        // Spanish "por" before an article inside a party's or movement's name ("Unión por la Patria",
        // "Juntos por el Cambio").
        "por"].map(WordHash.exact))
    /// Particles that may stand second in a pair before a surname ("van der Laan", "van den Oever",
    /// "von der Leyen", "de los Santos").
    let secondParticleHashes: WordHashTable = WordHashTable(["der", "den", "de", "del", "la", "los", "las", "le", "zu"].map(WordHash.exact))
    /// Words that qualify a place without being part of it unless the gazetteer says so
    /// ("East Aleppo" → "Aleppo", but "North Kivu" when "Kivu" is unknown).
    let directionHashes: WordHashTable = WordHashTable(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Central", "Northwest", "Northeast", "Southwest", "Southeast", "Northwestern", "Northeastern", "Southwestern", "Southeastern", "Upper", "Lower", "Greater", "New", "Old"].map(WordHash.exact))
    let theHash = WordHash.exact("the")
    /// Words for a state that, before "of" and a known place, are part of its formal name ("the State
    /// of Israel", "the Kingdom of Saudi Arabia").
    let stateNounHashes: WordHashTable = WordHashTable(
        ["State", "Republic", "Kingdom", "Sultanate", "Emirate", "Principality", "Commonwealth", "Federation", "Duchy"].map(WordHash.exact))
    /// Continents, which a direction before them makes a region ("East Africa", "Central Asia").
    let continentHashes: WordHashTable = WordHashTable(["Africa", "Asia", "Europe", "America"].map(WordHash.exact))
    /// Ranks that end a title before "of" and a service ("Commissioner of Police").
    let rankHashes: WordHashTable = WordHashTable(
        ["Commissioner", "Inspector", "Inspector-General", "General", "Superintendent", "Director", "Director-General",
         "Commandant", "Comptroller", "Controller", "Commissioner-General"].map(WordHash.exact))
    /// Services whose ranks are titles ("Inspector General of Police", "Commissioner of Prisons").
    let serviceHashes: WordHashTable = WordHashTable(["Police", "Prisons", "Customs", "Immigration"].map(WordHash.exact))
    /// Full month names, which are also given names ("May", "June").
    let monthHashes: WordHashTable = WordHashTable(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map(WordHash.exact))
    /// Directions glued after a place that name a part of it or its station ("Brussels-South", "Paris-Nord").
    let compassSuffixHashes: WordHashTable = WordHashTable(
        ["North", "South", "East", "West", "Central", "Nord", "Sud", "Midi", "Est", "Ouest", "Mitte", "Ost"].map(WordHash.exact))
    /// Words glued after a nationality that make it a language ("French-speaking", "Arabic-language").
    let languageSuffixHashes: WordHashTable = WordHashTable(["speaking", "language"].map(WordHash.exact))
    /// Titles whose "of"/"for" phrase is a portfolio, not a body ("Minister of Energy and Mines").
    let ministerHashes: WordHashTable = WordHashTable(["Minister", "Ministers", "Secretary", "Minister-designate"].map(WordHash.exact))
    let northHash = WordHash.exact("North")
    let southHash = WordHash.exact("South")
    let eastHash = WordHash.exact("East")
    let westHash = WordHash.exact("West")
    /// Title words that name only a portfolio ("Finance" of "Finance Minister"): alone before a
    /// capitalised word they make no title ("the Finance Act", "the Health Bill").
    let portfolioTitleHashes: WordHashTable = WordHashTable(
        ["Foreign", "Defence", "Defense", "Interior", "Finance", "Cabinet", "Health", "Trade", "Economy", "Economic",
         "Environment", "Energy", "Culture", "Education", "Transport", "Agriculture", "Labor", "Labour", "Home", "State",
         "Treasury"].map(WordHash.exact))
    /// Surname prefixes written with a capital after them ("McKenzie", "MacLeod", "DeSantis"), as bytes.
    let surnamePrefixes: Set<[UInt8]> = Set(["Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La", "Le", "Lo", "Van", "Von",
                                              "Fitz", "Ben", "Abu", "Al", "El"].map { Array($0.utf8) })
    /// Connectors before a body's or a title's portfolio ("Ministry of ...", "Minister for ...").
    let portfolioConnectorHashes: WordHashTable = WordHashTable(["of", "for"].map(WordHash.exact))
    /// Words before a title that say when someone held it ("Former Finance Minister"); never part
    /// of an organisation's name ("Former Rail Agency chief").
    let tenureHashes: WordHashTable = WordHashTable(
        ["Former", "Acting", "Late", "Interim", "Outgoing", "Incoming", "Ex", "Then"].map(WordHash.exact))
    /// Words that name a storm or fire by the capitalised word after them ("Typhoon Haiyan"):
    /// named storms are not entities.
    let stormHashes: WordHashTable = WordHashTable(
        ["Typhoon", "Hurricane", "Cyclone", "Storm", "Tropical", "Super", "Depression", "Wildfire", "Bushfire"].map(WordHash.exact))
    /// Currency prefixes written glued to an amount ("R86" rand, "Rs500" rupees, "K20" kwacha).
    static let currencyPrefixes = ["R", "Rs", "Rp", "RM", "K", "Sh", "KSh", "P", "N", "Tk"]
    let currencyPrefixHashes: WordHashTable = WordHashTable(EntitySpotterVocabulary.currencyPrefixes.map(WordHash.exact))
    /// The longest currency prefix, in bytes.
    let longestCurrencyPrefix = EntitySpotterVocabulary.currencyPrefixes.map(\.utf8.count).max() ?? 0
    /// Road words that name a road with a number after them ("Highway 97", "Route 66").
    let roadHashes: WordHashTable = WordHashTable(["Highway", "Route", "Interstate", "Motorway", "Autobahn"].map(WordHash.exact))
    /// Words that make the capitalised words after them a place ("Mount Semeru", "Lake Toba", "Fort Worth").
    let placePrefixHashes: WordHashTable = WordHashTable(
        (["Mount", "Mt", "Lake", "Fort", "Cape", "Port", "Isle", "Mont", "Monte", "River", "Loch", "Rio", "Wadi", "Jebel",
         "Jabal", "Gunung", "Pulau", "Lago", "Sierra", "Camp"] + EntitySpotterVocabulary.streetWords).map(WordHash.exact))
    /// Street words of other languages, written before the street's name ("Calle Mayor", "Rua Augusta"),
    /// which may be a known place ("Rue Sainte-Catherine").
    static let streetWords = ["Calle", "Avenida", "Rua", "Rue", "Jalan", "Piazza", "Paseo", "Praça", "Ulica"]
    let streetHashes: WordHashTable = WordHashTable(EntitySpotterVocabulary.streetWords.map(WordHash.exact))
    /// Plural Spanish and Portuguese articles: "Los Zetas", "Los Chapitos" name groups.
    let pluralArticleHashes: WordHashTable = WordHashTable(["Los", "Las", "Os", "Les"].map(WordHash.exact))
    /// Words that make a competition or trophy of the name before them ("Australian Open", "Davis Cup"):
    /// events and trophies are not entities.
    let eventHeadHashes: WordHashTable = WordHashTable(
        ["Open", "Cup", "Trophy", "Championship", "Championships", "Games", "Olympics", "Paralympics",
         // Indexes are no entities either ("Colombo Consumer Price Index").
         "Index", "Indices", "Prix",
         // Races named after their city ("the Berlin Marathon").
         "Marathon", "Half-Marathon",
         // Prizes and awards ("the Nobel Peace Prize", "the Booker Prize").
         "Prize", "Prizes", "Award", "Awards", "Medal"].map(WordHash.exact))
    /// Institutions of a state that news names by one capitalised word ("the Treasury said", "the
    /// Judiciary", "the Secretariat", "the Commission"), the state or body named earlier.
    let loneInstitutionHashes: WordHashTable = WordHashTable(
        ["Treasury", "Judiciary", "Secretariat", "Commission"].map(WordHash.exact))
    /// Lower-case nouns after such a word that make it a description of something else: "Treasury
    /// bills", "Treasury yields", "Commission members", "Treasury secretary".
    let institutionModifiedHashes: WordHashTable = WordHashTable(
        ["bill", "bills", "bond", "bonds", "note", "notes", "yield", "yields", "securities", "auction", "auctions",
         "market", "markets", "rate", "rates", "curve", "futures", "debt", "paper", "inflation-protected", "secretary",
         "secretaries", "minister", "chief", "member", "members", "chair", "chairman", "chairwoman", "president",
         "official", "officials", "staff", "report", "reports"].map(WordHash.exact))
    /// The last word of a prize's name ("the Academy Award", "the Ramon Magsaysay Award").
    let prizeHashes: WordHashTable = WordHashTable(["Prize", "Prizes", "Award", "Awards", "Medal", "Medals"].map(WordHash.exact))
    /// Plurals after a place that name no team: places, talks, events ("Golan Heights", "Geneva Talks").
    let notTeamHashes: WordHashTable = WordHashTable(
        ["Islands", "Isles", "Heights", "Falls", "Springs", "Hills", "Mountains", "Highlands", "Lowlands", "Plains",
         "Talks", "Accords", "Awards", "Games", "Olympics", "Paralympics", "Championships", "Finals",
         "Affairs", "Studies", "Sciences", "Works", "Docks", "Gardens", "Towers", "Apartments", "Residents",
         "Metropolitans", "Marathons", "Series", "Protests", "Riots", "Floods", "Fires"].map(WordHash.exact))
    let churchHash = WordHash.exact("Church")
    /// Abbreviations that start a place's name, written with a full stop ("St. Gallen", "Mt. Kenya").
    let placeAbbreviationHashes: WordHashTable = WordHashTable(["St", "Ste", "Mt", "Ft"].map(WordHash.exact))
    /// Cue words that also head the names of races ("Tour de France", "Tour de Suisse"), which are events.
    let raceHashes: WordHashTable = WordHashTable(["Tour"].map(WordHash.exact))
    let possessiveHash = WordHash.exact("s")
    /// Abbreviated months, which name a date before a day number ("Jan 25", "Nov. 12"), not a person.
    let monthAbbreviationHashes: WordHashTable = WordHashTable(
        ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"].map(WordHash.exact))
    /// What kind of company a name is ("drugmaker Halvorsen", "U.S. Drugmaker Ridgeline"): the name
    /// after it is an organisation, the descriptor no part of it. Keyed by lower-cased hash.
    let companyDescriptorHashes: WordHashTable = WordHashTable(
        ["drugmaker", "carmaker", "automaker", "chipmaker", "planemaker", "shipbuilder", "steelmaker", "miner",
         "lender", "insurer", "retailer", "airline", "carrier", "brewer", "biotech", "conglomerate", "startup",
         "start-up", "firm", "company", "group", "bank", "broker", "exchange", "operator", "supplier", "manufacturer",
         "developer", "publisher", "broadcaster", "newspaper", "outlet", "utility", "refiner", "producer", "trader",
         "rival", "unit", "subsidiary", "giant", "maker", "distributor", "app", "platform", "network"].map(WordHash.exact))
    /// Company-form abbreviations whose full stop belongs to the name ("Hyundai Motor Co.", "Kia Corp.").
    let corporateAbbreviationHashes: WordHashTable = WordHashTable(
        ["Co", "Corp", "Inc", "Ltd", "Cos", "Bhd", "Pty", "Plc", "Dept", "Pte", "Pvt"].map(WordHash.exact))
    /// Parties' short names that a nationality before them turns into a national branch ("Scottish Labour").
    let partyHashes: WordHashTable = WordHashTable(
        ["Labour", "Conservatives", "Tories", "Greens", "Democrats", "Republicans", "Liberals", "Socialists", "Nationalists",
         "Unionists"].map(WordHash.exact))
    /// Company forms written after a company's name ("HSBC Holdings Plc", "Airbus SE", "Bayer AG").
    let companyFormHashes: WordHashTable = WordHashTable(
        ["Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "AG", "SE", "SA", "NV", "GmbH", "LLC", "LLP", "Bhd", "Pty", "Limited", "Incorporated",
         // Singaporean, Malaysian, Indonesian, Indian, Russian, Dutch, Italian, Nordic forms.
         "Pte", "Sdn", "Tbk", "Pvt", "JSC", "PJSC", "BV", "SpA", "Oyj", "ASA", "AB",
         // Written with full stops (the tokenizer keeps the last one of dotted capitals) and other
         // French, Spanish, Italian, Romanian, Hungarian, Latvian, Lithuanian and Danish forms.
         "S.A.", "N.V.", "B.V.", "A.G.", "S.L.", "SL", "SAS", "SARL", "SRL", "S.R.L.", "Kft", "Zrt", "Nyrt", "SIA", "UAB",
         "ApS", "KK", "K.K."].map(WordHash.exact))
    /// Company forms written before a company's name ("SIA Vidzemes Koks", "PT Bank Mandiri", "OOO Gazprom
    /// Neft"): Latvian, Lithuanian, Indonesian and Russian forms.
    let companyPrefixFormHashes: WordHashTable = WordHashTable(
        ["SIA", "UAB", "AS", "PT", "OOO", "OAO", "ZAO", "PAO", "PJSC", "JSC"].map(WordHash.exact))
    /// Name suffixes written with a full stop ("Jr.", "Sr.").
    let nameSuffixAbbreviationHashes: WordHashTable = WordHashTable(["Jr", "Sr"].map(WordHash.exact))
    /// Short words after a hyphen that make a modifier, not a name ("Saudi-led", "Soviet-era").
    let modifierSuffixHashes: WordHashTable = WordHashTable(
        ["led", "run", "era", "old", "set", "hit", "big", "new", "age", "end", "day", "fed", "due", "far",
         "born", "made", "held", "wide", "like", "free", "rich", "type", "only", "long", "size", "side", "area", "zone"].map(WordHash.exact))
    /// The US House of Representatives, written short.
    let houseHash = WordHash.exact("House")
    /// Name prefixes that make a place ("Saint-Gaudens", "St-Denis").
    let saintPrefixes: [[UInt8]] = ["Saint-", "Sainte-", "St-", "Ste-"].map { Array($0.utf8) }
    /// Connectors that only an organisation or place name may span ("of", "for", "and").
    let institutionalConnectorHashes: WordHashTable = WordHashTable(["of", "for", "and"].map(WordHash.exact))
    /// Connectors of Romance and German names that join a phrase after an organisation's cue word
    /// ("Banco Central de la República", "Instituto Nacional de Estadística y Censos").
    let foreignOrganisationConnectorHashes: WordHashTable = WordHashTable(
        ["de", "del", "des", "du", "di", "della", "do", "da", "dos", "das", "y", "e", "et", "und", "für"].map(WordHash.exact))
    /// Connectors that join two names rather than start a phrase of one ("and", "y", "et").
    let coordinatingConnectorHashes: WordHashTable = WordHashTable(["and", "y", "e", "et", "und"].map(WordHash.exact))
    /// Articles that may follow a connector inside a name ("of the", "de la", "de los").
    let articleHashes: WordHashTable = WordHashTable(["the", "la", "las", "los", "le", "les", "el"].map(WordHash.exact))

    // MARK: Words of `NameContext`

    /// Prepositions after which an unknown name is a place. Narrower than the linker's list: "from"
    /// and "into" often stand before a person's or a body's words.
    let placePrepositionHashes: WordHashTable = WordHashTable(
        ["in", "near", "outside", "towards", "toward", "around"].map(WordHash.exact))
    /// Lower-case nouns after a name that make it a place ("the Kwesi Dara crossing").
    let placeHeadNounHashes: WordHashTable = WordHashTable(
        ["crossing", "crossings", "checkpoint", "border", "district", "districts", "region", "province", "county", "valley",
         "municipality", "prefecture", "governorate", "neighbourhood", "neighborhood", "suburb", "village", "town",
         "river", "lake", "coast", "oblast", "island", "peninsula", "township",
         // "the Tanjong Pagar terminals", "the Kalla Dun glacier": harbours, terminals and landforms.
         "terminal", "terminals", "berth", "berths", "harbour", "harbor", "glacier", "volcano", "volcanoes", "flat", "flats"].map(WordHash.exact))
    /// Nouns of volcanoes and mountains before "of" and a name ("the eruption of Hekla", "the summit of X").
    let landformOfHashes: WordHashTable = WordHashTable(
        ["eruption", "eruptions", "slopes", "slope", "summit", "crater", "foothills", "peak", "flanks"].map(WordHash.exact))
    /// Nouns of ways and traffic before "between" two places ("the road between X and Y").
    let routeNounHashes: WordHashTable = WordHashTable(
        ["road", "roads", "highway", "motorway", "route", "routes", "railway", "line", "flights", "trains", "ferries", "ferry",
         "services", "corridor", "closed", "border", "pipeline", "distance"].map(WordHash.exact))
    let betweenHash = WordHash.exact("between")
    /// Prepositions of way or nearness after which "the" and a name make a place ("along the Kurfürstendamm").
    let routePrepositionHashes: WordHashTable = WordHashTable(
        ["along", "across", "through", "near", "outside"].map(WordHash.exact))
    /// Lower-case nouns of facilities that stand somewhere: after "<noun> at", a name is the place
    /// ("the terminals at Pasir Panjang", "a new port at Patimban"); a person or a firm follows a role.
    let facilityNounHashes: WordHashTable = WordHashTable(
        ["port", "ports", "terminal", "terminals", "berth", "berths", "harbour", "harbor", "plant", "plants", "refinery",
         "smelter", "mine", "mines", "base", "bases", "camp", "camps", "airport", "airfield", "station", "depot", "dam",
         "site", "sites", "facility", "facilities", "factory", "factories", "shipyard", "warehouse", "border", "crossing",
         "checkpoint", "eruption", "eruptions", "landslide", "explosion", "blast", "floods", "flooding"].map(WordHash.exact))
    /// Lower-case nouns after a name that make it a body ("the Kao Ren party", "the Shin Lo security agency").
    let organisationHeadNounHashes: WordHashTable = WordHashTable(
        ["party", "movement", "agency", "militia", "faction", "coalition", "alliance", "union", "company", "firm",
         "consultancy", "newspaper", "broadcaster", "group", "bloc", "organisation", "organization", "ministry",
         "bank", "insurer", "lender"].map(WordHash.exact))
    /// Lower-case nouns after a name that make it a market index, no entity ("the Merval index").
    let indexNounHashes: WordHashTable = WordHashTable(["index", "indices", "indexes"].map(WordHash.exact))

    // MARK: Words of `OrganisationPrefix`

    /// "U.S." and "US" as the tokenizer hashes them.
    let unitedStatesHashes: WordHashTable = WordHashTable(["U.S.", "US"].compactMap { name -> UInt64? in
        var text = name
        return text.withUTF8 { bytes in
            let tokens = EntityTokenizer.tokenize(bytes)
            return tokens.count == 1 ? tokens[0].hash : nil
        }
    })
    /// Generic heads of a country's government bodies: a nationality before them says whose body
    /// it is and is no part of its name ("Egyptian Irrigation Ministry", "the Chinese Embassy").
    let governmentBodyHashes: WordHashTable = WordHashTable(
        ["Ministry", "Ministries", "Embassy", "Consulate"].map(WordHash.exact))

    /// Heads that make a name of the place before them even in a headline ("Kyoto University").
    let academicHeadHashes: WordHashTable = WordHashTable(["University", "College", "Institute", "Polytechnic"].map(WordHash.exact))

    // MARK: Other types' words, copied once

    /// `MentionLinker.ofHash`.
    let ofHash = MentionLinker.ofHash
    /// `MentionLinker.atHash`.
    let atHash = MentionLinker.atHash
    /// `MentionLinker.andHash`.
    let andHash = MentionLinker.andHash
    /// `MentionLinker.placeNounHashes`: nouns of places before "of" and a name ("the town of ...").
    let placeNounHashes = MentionLinker.placeNounHashes
    /// `ShoutedWords.stopWordHashes`: lower-cased stop words, for function words in capitals.
    let shoutedStopWordHashes = ShoutedWords.stopWordHashes
}
