import Testing
@testable import Annotations

/// The rules that type names from how news writes them rather than from word lists: context words
/// around unknown names, country and nationality prefixes of bodies, connectors inside names, and
/// headline and byline noise. Every sentence is invented; a headline line comes first so that the
/// sentence under test reads as body text.
@Suite struct EntityContextRuleTests {
    let recognizer = EntityRecognizer()

    func spans(_ body: String) -> [String] {
        let text = "Report\n\n" + body
        return recognizer.entities(in: text).filter { $0.start > 6 }.map { "\($0.type.rawValue):\($0.text)" }
    }

    @Test func placeContextTypesUnknownNames() {
        #expect(spans("Farmers said the harvest in Tamale Kpong was poor this year, and traders near Tamale Kpong agreed.")
            == ["PLACE:Tamale Kpong", "PLACE:Tamale Kpong"])
        #expect(spans("Trucks waited for days at the Tarem Valou crossing before the guards let them through.")
            == ["PLACE:Tarem Valou"])
        // "Nea" is also a given name: the place noun before "of" outweighs it.
        #expect(spans("Officials in the town of Nea Kora said the fire had been put out by the morning.") == ["PLACE:Nea Kora"])
    }

    @Test func organisationContextTypesUnknownNames() {
        #expect(spans("The court ordered the dissolution of the opposition Kao Ren party on a charge of sedition.")
            == ["ORG:Kao Ren"])
        #expect(spans("A senior official of the Shin Lo security agency travelled to the capital for the talks.")
            == ["ORG:Shin Lo"])
        #expect(spans("\"Prices will keep rising,\" said an economist at Quanta Finanzas in the capital.")
            == ["ORG:Quanta Finanzas"])
    }

    @Test func subNationalDemonymsAreNationalities() {
        #expect(spans("Many Alaskans felt the shaking, and Texans sent help to the Alaskan towns on the coast.")
            == ["NORP:Alaskans", "NORP:Texans", "NORP:Alaskan"])
    }

    @Test func unitedStatesBeforeABodyIsPartOfIt() {
        #expect(spans("The U.S. Geological Survey said the quake was shallow, and the U.S. Embassy told citizens to stay away from the coast.")
            == ["ORG:U.S. Geological Survey", "ORG:U.S. Embassy"])
        #expect(spans("Data from the U.S. National Snow and Ice Data Center showed a record low this summer.")
            == ["ORG:U.S. National Snow and Ice Data Center"])
        // Before a job title it stays a place.
        #expect(spans("The U.S. Secretary of State flew in for the talks on the ceasefire.") == ["PLACE:U.S."])
    }

    @Test func twoLetterCountryFormsArePlaces() {
        #expect(spans("The loan of about US$ 300 million was approved by the board, and UK officials welcomed it.")
            == ["PLACE:US", "PLACE:UK"])
    }

    @Test func nationalityBeforeAGovernmentBodyStandsApart() {
        #expect(spans("Egyptian Foreign Ministry spokesman Omar Said said the talks would resume within a week.")
            == ["NORP:Egyptian", "ORG:Foreign Ministry", "PERSON:Omar Said"])
        // A proper name keeps its nationality word.
        #expect(spans("The Norwegian Polar Institute said the ice was thinner than it had been for years.")
            == ["ORG:Norwegian Polar Institute"])
        #expect(spans("The Serbian Orthodox Church and the European Commission both called for calm in the streets.")
            == ["ORG:Serbian Orthodox Church", "ORG:European Commission"])
    }

    @Test func connectorsInsideOrganisationNames() {
        #expect(spans("The figures came from the Instituto Nacional de Estadística y Censos and the Banco Central de la República Argentina.")
            == ["ORG:Instituto Nacional de Estadística y Censos", "ORG:Banco Central de la República Argentina"])
        #expect(spans("The Centers for Disease Control and Prevention said cases were rising in the state.")
            == ["ORG:Centers for Disease Control and Prevention"])
        #expect(spans("Lawmakers in the House of Representatives voted on the bill late on Tuesday night.")
            == ["ORG:House of Representatives"])
        #expect(spans("The speech angered the Swiss People's Party, whose leaders walked out of the hall.")
            == ["ORG:Swiss People's Party"])
        // A place before such a name belongs to it.
        #expect(spans("The Kenya Garment Makers and Exporters Association said orders had fallen sharply this year.")
            == ["ORG:Kenya Garment Makers and Exporters Association"])
        // A race is no body.
        #expect(!spans("He rode the Tour de France three times before he retired from the sport.").contains { $0.hasPrefix("ORG") })
    }

    @Test func titleBeforeAPlaceWordNameBelongsToThePlace() {
        #expect(spans("Fans filled the King Fahd Stadium for the final on a very warm evening.") == ["PLACE:King Fahd Stadium"])
    }

    @Test func capitalisedAdministrativeWordExtendsAKnownPlace() {
        #expect(spans("Trade grew in Osaka Prefecture this year, officials said at a briefing.") == ["PLACE:Osaka Prefecture"])
    }

    @Test func marketIndexesAndNonEntityAcronymsAreNotMarked() {
        #expect(spans("The Merval index rose 3% in the morning, and the Merval closed higher still.") == [])
        #expect(spans("The agency said the MPs would vote at 10 a.m. ET after a long VAR review of the goal.") == [])
    }

    @Test func headlineWordsAfterAKnownNameAreNotPartOfIt() {
        let text = "Thai Court Dissolves Opposition Party Before IMF Review\n\nThe court in Bangkok ruled on a very long case on Monday."
        let found = recognizer.entities(in: text).map { "\($0.type.rawValue):\($0.text)" }
        #expect(found.contains("NORP:Thai"))
        #expect(found.contains("ORG:IMF"))
        #expect(!found.contains { $0.hasPrefix("ORG:Thai") || $0 == "ORG:IMF Review" })
    }

    @Test func headlineVerbThatIsAGivenNameDoesNotMakeAPerson() {
        let text = "Morocco Beat Senegal in Final\n\nMorocco won the final against Senegal on Sunday in front of a very large crowd."
        let found = recognizer.entities(in: text).map { "\($0.type.rawValue):\($0.text)" }
        #expect(found.filter { $0.hasPrefix("PERSON") }.isEmpty)
        #expect(found.filter { $0 == "PLACE:Senegal" }.count == 2)
    }

    @Test func shoutedBylineWithoutAKnownGivenName() {
        let text = "Fire Spreads\n\nBy TAVOS KERANIDIS Associated Press\n\nThe fire spread to the hills overnight, officials said on a call."
        let found = recognizer.entities(in: text).map { "\($0.type.rawValue):\($0.text)" }
        #expect(found.contains("PERSON:TAVOS KERANIDIS"))
        #expect(found.contains("ORG:Associated Press"))
    }

    @Test func pluralPossessiveEndsAName() {
        #expect(spans("After the race, Williams' Thomas Berger said the car was fast on the long straight.")
            == ["ORG:Williams", "PERSON:Thomas Berger"])
    }

    @Test func eventNamesAreNotEntities() {
        // The place inside an event's name is not marked either ("the Amsterdam Marathon").
        #expect(spans("He won the Singapore Grand Prix for the second time on a hot night.") == [])
        #expect(spans("They reached the final of the Africa Cup of Nations for the first time in years.") == [])
    }

    @Test func placeAbbreviationWithAFullStopKeepsTheName() {
        #expect(spans("The meeting that was held in St. Petersburg last week moved to a hall at the University of St. Andrews.")
            == ["PLACE:St. Petersburg", "ORG:University of St. Andrews"])
    }

    @Test func aPlacePossessiveStartsNoOrganisationName() {
        #expect(spans("Officials from Turkey's Disaster and Emergency Management Authority said the search went on.")
            == ["PLACE:Turkey", "ORG:Disaster and Emergency Management Authority"])
    }

    @Test func anUnknownWordCoordinatedWithAPlaceIsAPlace() {
        #expect(spans("Trains between Orlakey and Kassel were cancelled on Monday because of the storm.")
            == ["PLACE:Orlakey", "PLACE:Kassel"])
    }

    @Test func portfolioWordsBeforeAPersonAreNotPartOfTheName() {
        #expect(spans("Minister for Rural Affairs Aoife Brennagh said the plan was sound after a long debate.")
            == ["PERSON:Aoife Brennagh"])
    }

    @Test func acronymBeforeCommonWordsIsABody() {
        #expect(spans("Researchers at KTR Science agreed with the Justice Dept. on the risks of the new rule.")
            == ["ORG:KTR Science", "ORG:Justice Dept."])
    }
}
