/// A named rule of the entity recogniser. Every place in the code that makes, extends, splits or
/// types a mention records its rule on the mention (`EntityMention.rules`), so that
/// `reader analyze --explain` can say why each entity has its span and type. The table of ids,
/// descriptions, word lists and examples is `entry` (EntityRule+Table.swift).
///
/// A byte each: a mention holds up to eight (`EntityRuleTrace`). Cases are in the order the
/// recogniser asks them; the raw values are no contract (ids are), so new rules go anywhere.
public enum EntityRule: UInt8, Sendable, CaseIterable {
    // EntitySpotter, in the order of its ladder.
    case companyFormJoinsName
    case ampersandCompany
    case partyStateTag
    case stateAfterCity
    case exPrefixRole
    case abbreviatedDirectionPlace
    case ministerialPortfolio
    case serviceRank
    case formalPlaceName
    case placeAbbreviationName
    case roadNumber
    case roadNameNumber
    case streetName
    case loneInstitutionWord
    case nationalBranch
    case stopWordStartsOrganisation
    case nationalityPartyBranch
    case organisationCue
    case academicCity
    case placeTeamNickname
    case placeCompanyForm
    case knownPlacePrefix
    case nationalityChurch
    case knownPlace
    case knownOrganisation
    case knownNationality
    case placeExtended
    case placeHeadNoun
    case directionContinent
    case directionUnknownWord
    case placeWordOf
    case houseOf
    case titledPlace
    case titleBeforeName
    case titleBeforeChunk
    case placePrefixUnknownWords
    case pluralArticleGroup
    case hyphenatedPlaceName
    case nationalityCompound
    case titledCamelCaseBrand
    case titledWordPerson
    case houseChamber
    case hyphenatedPlacePair
    case placeWordAfter
    case companyDescriptorWord
    case singleWordContext
    case unknownWord
    case runEndsInPlaceWord
    case personAfterPortfolio
    case romanceBody
    case companyDescriptorRun
    case runEndsInCompanyForm
    case companyFormBeforeRun
    case contextOutweighsGivenName
    case acronymBeforeCommonWords
    case titledRunPerson
    case capitalsRunPerson
    case givenNameRunPerson
    case placePossessivePerson
    case runContext
    case innerPlaceWord
    case endsInCommonWord
    case unknownRunPerson
    // EntitySpotter: words passed over (no mention; `EntityRecognizer.explanation` lists them).
    case tenureWord
    case headlineWord
    case codeOrAmount
    case dateMonth
    case modelOrCurrencyCode
    case currencyAbbreviation
    case stormName
    case raceName
    case prizeName
    case languageName
    case shoutedFunctionWord
    case eventName
    case nonEntityAcronym
    case capitalisedCompanyDescriptor
    case marketIndex
    case headlineCompound
    case sentenceInitialCommonWord
    case deskCodes
    case commonWordLabel
    case eventHead
    // EntitySpotter, characters after a mention's last word.
    case corporateAbbreviationStop
    case nameSuffixStop
    case plusSign
    case lowerCasePlc
    case nordicCompanyForm
    case hyphenatedGivenNameSyllable
    // EntitySpotter.chunkEnd: joins that take more words into a chunk than adjacent capitalised words.
    case possessivePluralJoin
    case ampersandJoin
    case secondCompanyFormJoin
    case lowerCaseBrandJoin
    case portfolioListJoin
    case connectorJoin
    case connectorArticleJoin
    case nameParticlesJoin
    case placeAbbreviationJoin
    // MentionRetyper.
    case languageCommunity
    case hyphenatedTitleTrimmed
    case peopleHeadNoun
    case acronymBeforeWord
    case vietnamesePlace
    case nameSuffixJoined
    // MentionLinker.
    case surnameOfFullName
    case givenNameOfFullName
    case typedElsewhere
    case coordinatedWithPlace
    case capitalsOrganisation
    case peopleWord
    case placeContextWord
    case speakerCalledHeOrShe
    case unknownWordOrganisation
    case acronymOfPreviousName
    case repeatOfNonEntity
    case unnamedDropped
    // TeamNameLinker.
    case teamNickname
    case teamCityInGame
    case teamNicknameAlone
    // EntityModelTyper.
    case modelTyped

    /// The stable kebab-case id.
    public var id: String { entry.id }

    /// The rule with the id `id`, or nil.
    public init?(id: String) {
        guard let rule = Self.allCases.first(where: { $0.id == id }) else { return nil }
        self = rule
    }
}
