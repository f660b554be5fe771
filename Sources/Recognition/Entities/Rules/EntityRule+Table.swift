/// The entity rule table: per rule, its id, what it does, the word lists it reads and an invented
/// example (a sentence and the mention the rule gives its span or type there). The switch is
/// exhaustive, so a rule cannot be added without its row; `EntityRuleExampleTests` runs every example.
extension EntityRule {
    public var entry: EntityRuleEntry {
        switch self {
        case .companyFormJoinsName:
            EntityRuleEntry("company-form-joins-name", .spotter, "A company form right after a name (\"Plc\", \"SE\") joins it and makes it an organisation.",
                            lists: [.companyForms], example: .init("Shares of Dovecote Holdings Plc fell.", "Dovecote Holdings Plc", .org))
        case .ampersandCompany:
            EntityRuleEntry("ampersand-company", .spotter, "A short chunk with an ampersand inside names one company.",
                            lists: [.places, .titles], example: .init("He joined Fenwick & Marlow last year.", "Fenwick & Marlow", .org))
        case .partyStateTag:
            EntityRuleEntry("party-state-tag", .spotter, "The state of a party-state tag (\"D-Calif.\") is a place.",
                            lists: [.stateAbbreviations], example: .init("Senator Ann Wick (D-Calif.) spoke.", "Calif.", .place))
        case .stateAfterCity:
            EntityRuleEntry("state-after-city", .spotter, "An AP state abbreviation after a city and a comma is a place.",
                            lists: [.stateAbbreviations], example: .init("The storm hit Tampa, Fla. on Monday.", "Fla.", .place))
        case .exPrefixRole:
            EntityRuleEntry("ex-prefix-role", .spotter, "A former role written with \"Ex-\" announces the name after it as a person.",
                            example: .init("Ex-spinner Abdul Rehmat was named coach.", "Abdul Rehmat", .person))
        case .abbreviatedDirectionPlace:
            EntityRuleEntry("abbreviated-direction-place", .spotter, "An abbreviated direction (\"S.\") before words it makes a known place names that place.",
                            lists: [.places], example: .init("Exports to S. Korea rose.", "S. Korea", .place))
        case .ministerialPortfolio:
            EntityRuleEntry("ministerial-portfolio", .spotter, "A minister's portfolio (\"of Energy and Mines\") is part of the title, and the name after it the minister.",
                            lists: [.titles, .ministers, .commonWords], example: .init("Deputy Minister of Energy and Mines Khamvan Sorath spoke.", "Khamvan Sorath", .person))
        case .serviceRank:
            EntityRuleEntry("service-rank", .spotter, "A rank of a service (\"Commissioner of Police\") is a title, and the name after it the officer.",
                            lists: [.titles, .ranks, .services], example: .init("Deputy Commissioner of Police Mark Tandry said so.", "Mark Tandry", .person))
        case .formalPlaceName:
            EntityRuleEntry("formal-place-name", .spotter, "\"State of\", \"Kingdom of\" and a known place is the place's formal name.",
                            lists: [.stateNouns, .places], example: .init("Talks with the Kingdom of Saudi Arabia resumed.", "Kingdom of Saudi Arabia", .place))
        case .placeAbbreviationName:
            EntityRuleEntry("place-abbreviation-name", .spotter, "\"St.\" or \"Mt.\" with its full stop before capitalised words names a place.",
                            lists: [.placeAbbreviations, .titles, .stopWords, .organisationWords], example: .init("They climbed Mt. Karoo last week.", "Mt. Karoo", .place))
        case .roadNumber:
            EntityRuleEntry("road-number", .spotter, "A road word before a number names a road.",
                            lists: [.roads], example: .init("The crash closed Highway 17 overnight.", "Highway 17", .place))
        case .roadNameNumber:
            EntityRuleEntry("road-name-number", .spotter, "A road word, one capitalised word and a number name a road.",
                            lists: [.roads, .titles, .organisationWords], example: .init("Traffic on Route Nationale 2 slowed.", "Route Nationale 2", .place))
        case .streetName:
            EntityRuleEntry("street-name", .spotter, "A street word (\"Rue\", \"Calle\") before capitalised words names the street.",
                            lists: [.streets, .titles, .stopWords, .organisationWords], example: .init("Shops on Rue Valmont reopened.", "Rue Valmont", .place))
        case .loneInstitutionWord:
            EntityRuleEntry("lone-institution-word", .spotter, "An institution named by one word (\"the Treasury\", \"the Judiciary\"), alone and before no noun it describes, is the body.",
                            example: .init("Officials said the Judiciary had asked for more money.", "Judiciary", .org))
        case .nationalBranch:
            EntityRuleEntry("national-branch", .spotter, "A name and the place it serves, closing the chunk, is a body (\"Garuda Indonesia\").",
                            lists: [.places, .givenNames], example: .init("The data came from Garuda Indonesia.", "Garuda Indonesia", .org))
        case .stopWordStartsOrganisation:
            EntityRuleEntry("stop-word-starts-organisation", .spotter, "A capitalised stop word mid-sentence (a language) starts an organisation named by a cue after it.",
                            lists: [.stopWords, .organisationWords], example: .init("A study by the English National Research Council found it.", "English National Research Council", .org))
        case .nationalityPartyBranch:
            EntityRuleEntry("nationality-party-branch", .spotter, "A nationality before a party's short name is the party's branch there.",
                            lists: [.demonyms, .parties], example: .init("The vote split Scottish Labour in two.", "Scottish Labour", .org))
        case .organisationCue:
            EntityRuleEntry("organisation-cue", .spotter, "An organisation cue word later in the chunk (\"Authority\", \"Ministry\") makes everything up to it one organisation.",
                            lists: [.organisationWords, .placeWords], example: .init("The Kelso Ports Authority raised fees.", "Kelso Ports Authority", .org))
        case .academicCity:
            EntityRuleEntry("academic-city", .spotter, "A seat of learning's city closing the chunk is part of its name (\"Trinity College Dublin\").",
                            lists: [.academicHeads, .places], example: .init("She studied at Trinity College Dublin for years.", "Trinity College Dublin", .org))
        case .placeTeamNickname:
            EntityRuleEntry("place-team-nickname", .spotter, "A known city before a capitalised plural nickname is a sports team.",
                            lists: [.places, .commonWords], example: .init("The Toronto Grizzlies won again.", "Toronto Grizzlies", .org))
        case .placeCompanyForm:
            EntityRuleEntry("place-company-form", .spotter, "A place or nationality opening a name closed by a company form is a company.",
                            lists: [.places, .demonyms, .companyForms], example: .init("The order went to Kaunas Timber UAB in May.", "Kaunas Timber UAB", .org))
        case .knownPlacePrefix:
            EntityRuleEntry("known-place-prefix", .spotter, "A place prefix that is also a known name (\"Rio\") before unknown capitalised words names a place.",
                            lists: [.placePrefixes, .places, .givenNames, .commonWords], example: .init("The spill reached the Rio Tavaro on Friday.", "Rio Tavaro", .place))
        case .nationalityChurch:
            EntityRuleEntry("nationality-church", .spotter, "Nationality and faith words before \"Church\" name the church.",
                            lists: [.demonyms], example: .init("Leaders of the Serbian Orthodox Church met.", "Serbian Orthodox Church", .org))
        case .knownPlace:
            EntityRuleEntry("known-place", .spotter, "The longest known place name from the gazetteer.",
                            lists: [.places], example: .init("Prices rose in Nairobi last week.", "Nairobi", .place))
        case .knownOrganisation:
            EntityRuleEntry("known-organisation", .spotter, "The longest known organisation name from the gazetteer.",
                            lists: [.organisations], example: .init("Officials at the World Health Organization agreed.", "World Health Organization", .org))
        case .knownNationality:
            EntityRuleEntry("known-nationality", .spotter, "The longest known nationality or group from the gazetteer.",
                            lists: [.demonyms], example: .init("The Kenyan runner won easily.", "Kenyan", .norp))
        case .placeExtended:
            EntityRuleEntry("place-extended", .spotter, "A known place takes in a lower-case place word after it (\"Hamra street\").",
                            lists: [.placeWords], example: .init("Shops on Nairobi road reopened after the long strike.", "Nairobi road", .place))
        case .placeHeadNoun:
            EntityRuleEntry("place-head-noun", .spotter, "Capitalised words after a known place that end in a place word make one place with it.",
                            lists: [.placeWords], example: .init("Flights left Salmon Arm Regional Airport late.", "Salmon Arm Regional Airport", .place))
        case .directionContinent:
            EntityRuleEntry("direction-continent", .spotter, "A direction before a continent names a region.",
                            lists: [.directions, .continents], example: .init("Drought hit East Africa again.", "East Africa", .place))
        case .directionUnknownWord:
            EntityRuleEntry("direction-unknown-word", .spotter, "A direction before one unknown capitalised word names a place.",
                            lists: [.directions, .titles, .stopWords, .organisationWords, .givenNames], example: .init("Fighting resumed in North Zarvu on Tuesday.", "North Zarvu", .place))
        case .placeWordOf:
            EntityRuleEntry("place-word-of", .spotter, "A place word, \"of\" and capitalised words name a place (\"Port of Santos\").",
                            lists: [.placeWords], example: .init("Ships queued outside the Port of Velmora today.", "Port of Velmora", .place))
        case .houseOf:
            EntityRuleEntry("house-of", .spotter, "\"House of\" and capitalised words name a legislature.",
                            example: .init("The bill passed the House of Commons easily.", "House of Commons", .org))
        case .titledPlace:
            EntityRuleEntry("titled-place", .spotter, "A title before names ending in a place word belongs to the place (\"King Fahd Stadium\").",
                            lists: [.titles, .placeWords], example: .init("Fans filled the King Fahd Stadium for the final on a very warm evening.", "King Fahd Stadium", .place))
        case .titleBeforeName:
            EntityRuleEntry("title-before-name", .spotter, "A capitalised title (\"Chairman\", \"Mr\") announces the name after it as a person.",
                            lists: [.titles], example: .init("On Monday Chairman Jerome Powell spoke.", "Jerome Powell", .person))
        case .titleBeforeChunk:
            EntityRuleEntry("title-before-chunk", .spotter, "A lower-case title right before a capitalised name (\"coach Houston\") announces a person.",
                            lists: [.titles], example: .init("The club hired coach Brannigan last year.", "Brannigan", .person))
        case .placePrefixUnknownWords:
            EntityRuleEntry("place-prefix-unknown-words", .spotter, "A place prefix (\"Mount\", \"Lake\") before unknown capitalised words names a place.",
                            lists: [.placePrefixes, .commonWords], example: .init("Ash rose from Mount Semeru again.", "Mount Semeru", .place))
        case .pluralArticleGroup:
            EntityRuleEntry("plural-article-group", .spotter, "A plural Romance article before unknown capitalised words names a group (\"Los Zetas\").",
                            lists: [.pluralArticles], example: .init("Police blamed Los Zetas for the attack.", "Los Zetas", .org))
        case .hyphenatedPlaceName:
            EntityRuleEntry("hyphenated-place-name", .spotter, "A saint's prefix or a known place with a compass suffix, hyphenated, is a place (\"Saint-Gaudens\", \"Paris-Nord\").",
                            lists: [.saintPrefixes, .compassSuffixes, .places], example: .init("The train stopped at Paris-Nord briefly.", "Paris-Nord", .place))
        case .nationalityCompound:
            EntityRuleEntry("nationality-compound", .spotter, "Nationalities joined by hyphens name a group of people (\"Russian-American\").",
                            lists: [.demonyms], example: .init("The author is a Russian-American writer.", "Russian-American", .norp))
        case .titledCamelCaseBrand:
            EntityRuleEntry("titled-camel-case-brand", .spotter, "After a title, one word with a capital inside names a body, not a person (\"monitor GeoNet\").",
                            lists: [.titles, .surnamePrefixes], example: .init("The readings came from seismic monitor QuakeNet overnight.", "QuakeNet", .org))
        case .titledWordPerson:
            EntityRuleEntry("titled-word-person", .spotter, "One capitalised word after a title is the person the title announces.",
                            lists: [.titles], example: .init("On Monday Mr Wilson resigned.", "Wilson", .person))
        case .houseChamber:
            EntityRuleEntry("house-chamber", .spotter, "\"House\" capitalised mid-sentence is the chamber.",
                            example: .init("The bill cleared the House on Monday.", "House", .org))
        case .hyphenatedPlacePair:
            EntityRuleEntry("hyphenated-place-pair", .spotter, "An unknown hyphenated word of two known places between lower-case words is two places.",
                            lists: [.places], example: .init("They drove the Nairobi-Nakuru highway at night.", "Nairobi", .place))
        case .placeWordAfter:
            EntityRuleEntry("place-word-after", .spotter, "A place word right after an unknown capitalised word (\"al-Hawoz street\") makes it a place.",
                            lists: [.placeWords], example: .init("Protesters filled Tavrin street again.", "Tavrin street", .place))
        case .companyDescriptorWord:
            EntityRuleEntry("company-descriptor-word", .spotter, "A lower-case company descriptor (\"drugmaker\") before one unknown word makes it a company.",
                            lists: [.companyDescriptors], example: .init("Shares of drugmaker Velocor rose.", "Velocor", .org))
        case .singleWordContext:
            EntityRuleEntry("single-word-context", .spotter, "The lower-case words around one unknown word name its type (\"an analyst at Drewry\", \"the port at Patimban\").",
                            lists: [.placeContext], example: .init("Work on a new port at Patimban began.", "Patimban", .place))
        case .unknownWord:
            EntityRuleEntry("unknown-word", .spotter, "One unknown capitalised word is left for the linker to type with the whole document's evidence.",
                            example: .init("Officials at Zentravo declined to comment.", "Zentravo", .org))
        case .runEndsInPlaceWord:
            EntityRuleEntry("run-ends-in-place-word", .spotter, "Capitalised words ending in a place word are a place (\"Kavala Valley\").",
                            lists: [.placeWords], example: .init("Floods swept the Kavrala Valley overnight.", "Kavrala Valley", .place))
        case .personAfterPortfolio:
            EntityRuleEntry("person-after-portfolio", .spotter, "Capitalised common words (a portfolio) before a given name and surname are no part of the person.",
                            lists: [.commonWords, .givenNames], example: .init("The budget was read by the Rural Affairs Aoife Brennagh after a long debate.", "Aoife Brennagh", .person))
        case .romanceBody:
            EntityRuleEntry("romance-body", .spotter, "An unknown word, a Romance connector and a known place name a body of that place (\"Electricite du Laos\").",
                            lists: [.romanceConnectors, .places, .givenNames, .commonWords], example: .init("Power came from Electricite du Laos that year.", "Electricite du Laos", .org))
        case .companyDescriptorRun:
            EntityRuleEntry("company-descriptor-run", .spotter, "A lower-case company descriptor before unknown capitalised words makes them a company.",
                            lists: [.companyDescriptors], example: .init("Shares of drugmaker Velocor Lantis rose.", "Velocor Lantis", .org))
        case .runEndsInCompanyForm:
            EntityRuleEntry("run-ends-in-company-form", .spotter, "Unknown capitalised words closed by a company form are a company.",
                            lists: [.companyForms], example: .init("The deal with Velstra Korvin SIA closed.", "Velstra Korvin SIA", .org))
        case .companyFormBeforeRun:
            EntityRuleEntry("company-form-before-run", .spotter, "A company form written before unknown capitalised words (\"PT\", \"SIA\") makes a company.",
                            lists: [.companyForms], example: .init("The deal with SIA Vidzemes Koks closed.", "SIA Vidzemes Koks", .org))
        case .contextOutweighsGivenName:
            EntityRuleEntry("context-outweighs-given-name", .spotter, "An organisation noun after a name, or a place preposition before it, outweighs a given name in it.",
                            lists: [.placeContext, .givenNames], example: .init("Guards from the Kevin Lotto security agency arrived.", "Kevin Lotto", .org))
        case .acronymBeforeCommonWords:
            EntityRuleEntry("acronym-before-common-words", .spotter, "An acronym before capitalised common words names a body (\"GNS Science\").",
                            lists: [.commonWords, .givenNames], example: .init("Data from GNS Science showed it.", "GNS Science", .org))
        case .titledRunPerson:
            EntityRuleEntry("titled-run-person", .spotter, "Capitalised words after a title are the person it announces.",
                            lists: [.titles], example: .init("Then Judge Marta Oskvik ruled.", "Marta Oskvik", .person))
        case .capitalsRunPerson:
            EntityRuleEntry("capitals-run-person", .spotter, "Unknown words in capitals are a name in a shouted byline.",
                            example: .init("By RACHEL DUNMORE\n\nThe vote was close.", "RACHEL DUNMORE", .person))
        case .givenNameRunPerson:
            EntityRuleEntry("given-name-run-person", .spotter, "Capitalised words that start with a given name are a person.",
                            lists: [.givenNames], example: .init("The report was written by Maria Vostrikova in May.", "Maria Vostrikova", .person))
        case .placePossessivePerson:
            EntityRuleEntry("place-possessive-person", .spotter, "Unknown words after a place's possessive are a person (\"Italy's Jannik Sinner\").",
                            lists: [.places, .commonWords], example: .init("The final went to Italy's Zanrico Velotti easily.", "Zanrico Velotti", .person))
        case .runContext:
            EntityRuleEntry("run-context", .spotter, "A lower-case role and \"at\" before unknown capitalised words name the employer (\"an economist at Rio Finanzas\").",
                            lists: [.placeContext], example: .init("The plan is sound, said an economist at Kelvor Tarvan.", "Kelvor Tarvan", .org))
        case .innerPlaceWord:
            EntityRuleEntry("inner-place-word", .spotter, "A place word inside unknown capitalised words makes a place (\"Yangtze River Delta\").",
                            lists: [.placeWords], example: .init("Scientists studied Zhanqi River Korvat for many years before the dam was built.", "Zhanqi River Korvat", .place))
        case .endsInCommonWord:
            EntityRuleEntry("ends-in-common-word", .spotter, "Unknown capitalised words ending in a common English word are a body (\"Severnside Water\").",
                            lists: [.commonWords, .givenNames], example: .init("Bills from Severnside Water rose.", "Severnside Water", .org))
        case .unknownRunPerson:
            EntityRuleEntry("unknown-run-person", .spotter, "Unknown capitalised words that nothing else explains are a person.",
                            example: .init("The deal was signed by Zorvat Kelimbo yesterday.", "Zorvat Kelimbo", .person))
        case .tenureWord:
            EntityRuleEntry("tenure-word", .spotter, "A tenure word before a title (\"Former\", \"Acting\") is no part of a name.",
                            example: .init("The prize went to Former President Dana Kelvor on Monday.", "Former", nil))
        case .headlineWord:
            EntityRuleEntry("headline-word", .spotter, "A common word capitalised only by a title-case headline is no name.",
                            lists: [.commonWords], example: .init("Velmor Port Traffic Rises Sharply After Strike", "Rises", nil))
        case .codeOrAmount:
            EntityRuleEntry("code-or-amount", .spotter, "An amount with a currency prefix (\"R86\") or a ticker (\"KSTL.O\") is no name.",
                            example: .init("The fare rose to R86 for adults last week.", "R86", nil))
        case .dateMonth:
            EntityRuleEntry("date-month", .spotter, "An abbreviated month before a day number is a date.",
                            example: .init("The vote on Monday Nov 12 was close.", "Nov", nil))
        case .modelOrCurrencyCode:
            EntityRuleEntry("model-or-currency-code", .spotter, "Capitals glued to a model number (\"ATR 72\") or a dollar sign (\"HK$\") are no body.",
                            example: .init("The plane, an ATR 72, landed safely in the rain.", "ATR", nil))
        case .currencyAbbreviation:
            EntityRuleEntry("currency-abbreviation", .spotter, "A currency in mixed case before its amount (\"Ksh 2,500\") is money.",
                            example: .init("The fee is now Ksh 2,500 a month for most families.", "Ksh", nil))
        case .stormName:
            EntityRuleEntry("storm-name", .spotter, "A storm's name (\"Typhoon Haiyan\") is no entity, and nor are its repeats.",
                            example: .init("The coast was hit hard by Typhoon Haiyan last year.", "Haiyan", nil))
        case .prizeName:
            EntityRuleEntry("prize-name", .spotter, "A name that a prize word closes (\"Academy Award\", \"Nobel Prize\") is no entity, a cue word inside it included.",
                            example: .init("She won the Academy Award for her role.", "Academy Award", nil))
        case .raceName:
            EntityRuleEntry("race-name", .spotter, "A race's name (\"Tour de France\") is no entity, the place inside it included.",
                            example: .init("He won the Tour de France twice in a row.", "Tour de France", nil))
        case .languageName:
            EntityRuleEntry("language-name", .spotter, "A nationality glued to \"-speaking\" or \"-language\" names a language.",
                            lists: [.demonyms], example: .init("Most of the French-speaking south voted no.", "French", nil))
        case .shoutedFunctionWord:
            EntityRuleEntry("shouted-function-word", .spotter, "A two-letter function word among words in capitals is no acronym.",
                            example: .init("CABINET APPROVES TERMS IN KHARAS", "IN", nil))
        case .eventName:
            EntityRuleEntry("event-name", .spotter, "A place or nationality before an event's words (\"Australian Open\") names an event.",
                            lists: [.places, .demonyms], example: .init("She won the Australian Open last year after a long wait.", "Australian Open", nil))
        case .nonEntityAcronym:
            EntityRuleEntry("non-entity-acronym", .spotter, "An acronym on the list of those that name no body (\"GMT\") is passed over.",
                            lists: [.nonEntityAcronyms], example: .init("Prices rose in Nairobi GMT on Monday.", "GMT", nil))
        case .capitalisedCompanyDescriptor:
            EntityRuleEntry("capitalised-company-descriptor", .spotter, "A company descriptor capitalised only by the sentence start is no part of the name after it.",
                            lists: [.companyDescriptors], example: .init("Drugmaker Velocor said profits rose.", "Drugmaker", nil))
        case .marketIndex:
            EntityRuleEntry("market-index", .spotter, "A name before \"index\" is a market index, no entity, throughout the text.",
                            example: .init("Shares fell and the Merval index lost two percent.", "Merval", nil))
        case .headlineCompound:
            EntityRuleEntry("headline-compound", .spotter, "A hyphenated headline word ending in a common word (\"Mega-Port\") is no part of a name.",
                            lists: [.commonWords], example: .init("Tuas Mega-Port Opens", "Mega-Port", nil))
        case .sentenceInitialCommonWord:
            EntityRuleEntry("sentence-initial-common-word", .spotter, "A common word capitalised by the sentence start is no part of the name after it.",
                            lists: [.commonWords, .givenNames], example: .init("Local Kelvorian officials said so.", "Local", nil))
        case .deskCodes:
            EntityRuleEntry("desk-codes", .spotter, "Short unknown words in capitals after a credit are desk codes.",
                            lists: [.givenNames], example: .init("The vote was close. RBT SKD", "RBT SKD", nil))
        case .commonWordLabel:
            EntityRuleEntry("common-word-label", .spotter, "Capitalised common words with no given name are a label, not a person (\"Car Wash\").",
                            lists: [.commonWords, .givenNames], example: .init("The probe known as Car Wash ended.", "Car Wash", nil))
        case .eventHead:
            EntityRuleEntry("event-head", .spotter, "Words a trophy's or competition's head word ends (\"Memorial Cup\", \"Prize\") name no entity.",
                            lists: [.eventHeads], example: .init("She won the Daphne Akhurst Memorial Cup twice.", "Daphne Akhurst Memorial Cup", nil))
        case .corporateAbbreviationStop:
            EntityRuleEntry("corporate-abbreviation-stop", .spotter, "The full stop of a corporate abbreviation (\"Corp.\") belongs to the name.",
                            lists: [.corporateAbbreviations], example: .init("Workers at Fenmore Steel Corp. went on strike.", "Fenmore Steel Corp.", .org))
        case .nameSuffixStop:
            EntityRuleEntry("name-suffix-stop", .spotter, "The full stop of a name's suffix (\"Jr.\") belongs to the name.",
                            lists: [.nameSuffixes], example: .init("Officials said Teodoro dela Cruz Jr. resigned.", "Teodoro dela Cruz Jr.", .person))
        case .plusSign:
            EntityRuleEntry("plus-sign", .spotter, "A plus after a name (\"OPEC+\") belongs to it.",
                            example: .init("Members of OPEC+ met on Sunday.", "OPEC+", .org))
        case .lowerCasePlc:
            EntityRuleEntry("lower-case-plc", .spotter, "\"plc\" in lower case after a name joins it and makes a company.",
                            example: .init("Bills from Severnside Water plc rose.", "Severnside Water plc", .org))
        case .nordicCompanyForm:
            EntityRuleEntry("nordic-company-form", .spotter, "\"A/S\" after a name joins it and makes a company.",
                            example: .init("Orders at Halvorsen Pharma A/S rose.", "Halvorsen Pharma A/S", .org))
        case .hyphenatedGivenNameSyllable:
            EntityRuleEntry("hyphenated-given-name-syllable", .spotter, "A short lower-case syllable hyphenated to a person's last word belongs to the name (\"Kim Sung-ho\").",
                            lists: [.commonWords], example: .init("The award went to Kim Sung-ho on Friday.", "Kim Sung-ho", .person))
        case .possessivePluralJoin:
            EntityRuleEntry("possessive-plural-join", .spotter, "A common plural's possessive joins the capitalised word after it into the chunk (\"Women's League\").",
                            lists: [.commonWords], example: .init("A statement from the Kenya Women's League followed.", "Kenya Women's League", .org))
        case .ampersandJoin:
            EntityRuleEntry("ampersand-join", .spotter, "An ampersand between capitalised words joins them into one chunk, unless a full name starts after it.",
                            example: .init("Engines made by Pratt & Whitney failed.", "Pratt & Whitney", .org))
        case .secondCompanyFormJoin:
            EntityRuleEntry("second-company-form-join", .spotter, "A second company form after a comma (\"Co., Ltd.\") joins the chunk.",
                            lists: [.companyForms], example: .init("The dam was built by Phou Luang Power Co., Ltd. last year.", "Phou Luang Power Co., Ltd.", .org))
        case .lowerCaseBrandJoin:
            EntityRuleEntry("lower-case-brand-join", .spotter, "A lower-case brand word that is no English word, then a company form, joins the chunk (\"SK hynix Inc.\").",
                            lists: [.commonWords, .companyForms], example: .init("Shares of Dorian velkor Inc. rose.", "Dorian velkor Inc.", .org))
        case .portfolioListJoin:
            EntityRuleEntry("portfolio-list-join", .spotter, "A body's portfolio listed with commas and \"and\" (\"of Trade, Industry and Energy\") joins the chunk.",
                            lists: [.commonWords], example: .init("A statement from the Ministry of Trade, Industry and Energy followed.", "Ministry of Trade, Industry and Energy", .org))
        case .connectorJoin:
            EntityRuleEntry("connector-join", .spotter, "A connector (\"of\", \"de\", \"for\") between capitalised words joins them into one chunk.",
                            example: .init("The Bank of Velmora raised rates.", "Bank of Velmora", .org))
        case .connectorArticleJoin:
            EntityRuleEntry("connector-article-join", .spotter, "A connector and an article (\"of the\", \"de la\") before a capitalised word join it into the chunk.",
                            example: .init("Staff of the International Committee of the Red Cross left.", "International Committee of the Red Cross", .org))
        case .nameParticlesJoin:
            EntityRuleEntry("name-particles-join", .spotter, "Two name particles (\"van der\") between capitalised words join them into one chunk.",
                            example: .init("The goal was scored by Femke van der Laan on Sunday.", "Femke van der Laan", .person))
        case .placeAbbreviationJoin:
            EntityRuleEntry("place-abbreviation-join", .spotter, "A capitalised word after \"St. \" or \"Mt. \" joins the abbreviation's chunk across its full stop.",
                            lists: [.placeAbbreviations], example: .init("They moved to St. Gallen last year.", "St. Gallen", .place))
        case .languageCommunity:
            EntityRuleEntry("language-community", .retyper, "A language community (\"Anglophone\", \"Francophones\") is a people.",
                            lists: [.commonWords], example: .init("Anglophone regions voted no.", "Anglophone", .norp))
        case .hyphenatedTitleTrimmed:
            EntityRuleEntry("hyphenated-title-trimmed", .retyper, "A hyphenated title before a person (\"Director-General\") is no part of the name.",
                            lists: [.hyphenatedTitles], example: .init("The agency's Director-General Tedros Adhanom Ghebreyesus spoke.", "Tedros Adhanom Ghebreyesus", .person))
        case .peopleHeadNoun:
            EntityRuleEntry("people-head-noun", .retyper, "Capitalised words before \"people\" or \"tribe\" name a people.",
                            lists: [.peopleHeadNouns, .givenNames, .titles], example: .init("Elders of the Djab Wurrung people spoke.", "Djab Wurrung", .norp))
        case .acronymBeforeWord:
            EntityRuleEntry("acronym-before-word", .retyper, "Three capitals before a mixed-case word are an acronym of a body, not a person's initials.",
                            lists: [.givenNames], example: .init("A post on KWQ Newsroom said so.", "KWQ Newsroom", .org))
        case .vietnamesePlace:
            EntityRuleEntry("vietnamese-place", .retyper, "Vietnamese syllables that are no person's name pattern name a place.",
                            lists: [.vietnameseSyllables], example: .init("Heavy rain hit Tân Phước on Monday.", "Tân Phước", .place))
        case .nameSuffixJoined:
            EntityRuleEntry("name-suffix-joined", .retyper, "A generational suffix after a full name (\", Jr.\", \"III\") is taken into the name.",
                            lists: [.nameSuffixes], example: .init("The order was signed by Joseph R. Bidwell, Jr. on Monday.", "Joseph R. Bidwell, Jr.", .person))
        case .surnameOfFullName:
            EntityRuleEntry("surname-of-full-name", .linker, "A word that ends a person's full name elsewhere in the text is that person.",
                            example: .init("Marta Oskvik won. Later Oskvik said she was tired.", "Oskvik", .person))
        case .givenNameOfFullName:
            EntityRuleEntry("given-name-of-full-name", .linker, "A word that starts a person's full name elsewhere in the text is that person.",
                            lists: [.commonWords], example: .init("Zhang Weiming arrived. \"We won,\" said Zhang.", "Zhang", .person))
        case .typedElsewhere:
            EntityRuleEntry("typed-elsewhere", .linker, "A word typed elsewhere in the text keeps that type where nothing types it.",
                            example: .init("Ash fell from Mount Semeru. Semeru erupted again.", "Semeru", .place))
        case .coordinatedWithPlace:
            EntityRuleEntry("coordinated-with-place", .linker, "An unknown word joined by \"and\" or \"or\" to a place is a place too.",
                            lists: [.commonWords], example: .init("Trains between Orlakey and Kassel were cancelled.", "Orlakey", .place))
        case .capitalsOrganisation:
            EntityRuleEntry("capitals-organisation", .linker, "An unknown word in capitals is an organisation's acronym.",
                            lists: [.nonEntityAcronyms, .commonWords], example: .init("A report by the KWSB said so.", "KWSB", .org))
        case .peopleWord:
            EntityRuleEntry("people-word", .linker, "An unknown plural of a nationality or place, or a word in a people's context (\"Fulani herders\"), is a people.",
                            lists: [.demonyms, .places, .peopleContext], example: .init("Clashes between Zanuvi herders and farmers grew.", "Zanuvi", .norp))
        case .placeContextWord:
            EntityRuleEntry("place-context-word", .linker, "An unknown word after a place preposition or in a place's context (\"residents of Wuse\") is a place.",
                            lists: [.placeContext], example: .init("Residents of Wuseko fled.", "Wuseko", .place))
        case .speakerCalledHeOrShe:
            EntityRuleEntry("speaker-called-he-or-she", .linker, "An unknown word that says or tells, and is then \"he\" or \"she\" (not \"it\"), is a person.",
                            example: .init("Tewodrake said he would resign before March.", "Tewodrake", .person))
        case .unknownWordOrganisation:
            EntityRuleEntry("unknown-word-organisation", .linker, "An unknown word that no full name explains is taken for an organisation.",
                            lists: [.commonWords, .givenNames], example: .init("Officials at Zentravo declined to comment.", "Zentravo", .org))
        case .acronymOfPreviousName:
            EntityRuleEntry("acronym-of-previous-name", .linker, "An acronym that spells the organisation before it is that organisation.",
                            example: .init("The Kelso Ports Authority (KPA) raised fees.", "KPA", .org))
        case .repeatOfNonEntity:
            EntityRuleEntry("repeat-of-non-entity", .linker, "A word a rule showed to be no entity elsewhere (a storm's name) is dropped wherever it stands alone.",
                            example: .init("Typhoon Haiyan hit the coast. Later Haiyan moved north.", "Haiyan", nil))
        case .unnamedDropped:
            EntityRuleEntry("unnamed-dropped", .linker, "One untyped word that is a common word, a listed acronym, an amount or a weak given name is dropped.",
                            lists: [.commonWords, .nonEntityAcronyms, .givenNames], example: .init("Officials met in Gloomy weather on Monday.", "Gloomy", nil))
        case .teamNickname:
            EntityRuleEntry("team-nickname", .teamLinker, "A nickname some rule typed otherwise, once the text named the team with its city, is the team.",
                            example: .init("The Toronto Zorvans won again, and residents of Zorvans were happy all night.", "Zorvans", .org))
        case .teamCityInGame:
            EntityRuleEntry("team-city-in-game", .teamLinker, "In a game's sentence, the city of a team the text named is the team.",
                            example: .init("The Toronto Grizzlies lost. Boston beat Toronto 4-2 on Sunday.", "Toronto", .org))
        case .teamNicknameAlone:
            EntityRuleEntry("team-nickname-alone", .teamLinker, "A team's nickname no rule marked, once the text named the team with its city, is the team.",
                            example: .init("The Toronto Grizzlies won. The Grizzlies cheered.", "Grizzlies", .org))
        case .modelTyped:
            EntityRuleEntry("model-typed", .model, "The learned model settles the type of a name only the linker's default typed.",
                            example: .init("Officials at Zentravo declined to comment.", "Zentravo", .org))
        }
    }
}
