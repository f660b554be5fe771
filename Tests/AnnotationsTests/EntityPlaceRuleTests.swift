import Testing
@testable import Annotations

/// How names the gazetteers do not know become places: prepositions, place nouns, travel, datelines,
/// lists and coordination with known places, streets and roads, and place words inside names.
/// Every sentence is invented (see `EntitySpans`).
@Suite struct EntityPlaceRuleTests {
    @Test func placeContextTypesUnknownNames() {
        #expect(EntitySpans.inBody("Farmers said the harvest in Tamale Kpong was poor this year, and traders near Tamale Kpong agreed.")
            == ["PLACE:Tamale Kpong", "PLACE:Tamale Kpong"])
        #expect(EntitySpans.inBody("Trucks waited for days at the Tarem Valou crossing before the guards let them through.")
            == ["PLACE:Tarem Valou"])
        // "Nea" is also a given name: the place noun before "of" outweighs it.
        #expect(EntitySpans.inBody("Officials in the town of Nea Kora said the fire had been put out by the morning.") == ["PLACE:Nea Kora"])
    }

    @Test func travelAndDatelineContextMakePlaces() {
        #expect(EntitySpans.inBody("The squad will travel to Valbrekka next month.") == ["PLACE:Valbrekka"])
        #expect(EntitySpans.inBody("Water levels at Tarnobi in Cambodia fell again.") == ["PLACE:Tarnobi", "PLACE:Cambodia"])
        #expect(EntitySpans.inBody("Ouadrikoro (Mali) (AFP) - Fighting between the army and the rebels resumed on Sunday near the old river crossing.").first == "PLACE:Ouadrikoro")
    }

    @Test func sitesParksAndFlightsMakePlaces() {
        #expect(EntitySpans.inBody("Crews cleared the Velmora site before dawn.") == ["PLACE:Velmora"])
        #expect(EntitySpans.inBody("The council closed the Tarvasco national park after the fire.") == ["PLACE:Tarvasco"])
        #expect(EntitySpans.inBody("The plane lost contact on a short flight to Kelbori on Monday.") == ["PLACE:Kelbori"])
    }

    @Test func wordBeforeMineOrFieldIsAPlace() {
        #expect(EntitySpans.inBody("Workers at the Quebradilla mine went on strike. Quebradilla produced less copper this year.")
            == ["PLACE:Quebradilla", "PLACE:Quebradilla"])
        #expect(EntitySpans.inBody("The Tarkovan field holds much of the gas.") == ["PLACE:Tarkovan"])
        #expect(EntitySpans.inBody("Fire crews fought a blaze in the Velmonte hills. Velmonte was evacuated.")
            == ["PLACE:Velmonte", "PLACE:Velmonte"])
    }

    @Test func anUnknownWordCoordinatedWithAPlaceIsAPlace() {
        #expect(EntitySpans.inBody("Trains between Orlakey and Kassel were cancelled on Monday because of the storm.")
            == ["PLACE:Orlakey", "PLACE:Kassel"])
    }

    @Test func knownPlaceInAListMakesTheOthersPlaces() {
        #expect(EntitySpans.inBody("The worst-hit areas are Dornavka, Kelmir, Tibet and Ostravan.")
            == ["PLACE:Dornavka", "PLACE:Kelmir", "PLACE:Tibet", "PLACE:Ostravan"])
    }

    @Test func listWithoutAKnownPlaceOrWithoutAndStaysAsItWas() {
        #expect(EntitySpans.inBody("Dornavka, Kelmir and Ostravan reported higher profits.")
            == ["ORG:Dornavka", "ORG:Kelmir", "ORG:Ostravan"])
        #expect(EntitySpans.inBody("In Paris, Velcorp said profits rose.") == ["PLACE:Paris", "ORG:Velcorp"])
    }

    @Test func vietnameseNamesWithoutAFamilyNameArePlaces() {
        #expect(EntitySpans.inBody("Salt water reached Mỏ Cày and the farms of Nguyễn Văn Tâm this week.")
            == ["PLACE:Mỏ Cày", "PERSON:Nguyễn Văn Tâm"])
    }

    @Test func twoLetterCountryFormsArePlaces() {
        #expect(EntitySpans.inBody("The loan of about US$ 300 million was approved by the board, and UK officials welcomed it.")
            == ["PLACE:US", "PLACE:UK"])
    }

    @Test func titleBeforeAPlaceWordNameBelongsToThePlace() {
        #expect(EntitySpans.inBody("Fans filled the King Fahd Stadium for the final on a very warm evening.") == ["PLACE:King Fahd Stadium"])
    }

    @Test func capitalisedAdministrativeWordExtendsAKnownPlace() {
        #expect(EntitySpans.inBody("Trade grew in Osaka Prefecture this year, officials said at a briefing.") == ["PLACE:Osaka Prefecture"])
    }

    @Test func placeAbbreviationWithAFullStopKeepsTheName() {
        #expect(EntitySpans.inBody("The meeting that was held in St. Petersburg last week moved to a hall at the University of St. Andrews.")
            == ["PLACE:St. Petersburg", "ORG:University of St. Andrews"])
    }

    @Test func shoalsArePlaces() {
        #expect(EntitySpans.inBody("The boat ran aground on Marlow Shoal on Tuesday.") == ["PLACE:Marlow Shoal"])
    }

    @Test func streetAndRoadNamesArePlaces() {
        #expect(EntitySpans.inBody("She works on Rue Sainte-Catherine in the old town.") == ["PLACE:Rue Sainte-Catherine"])
        #expect(EntitySpans.inBody("Trucks drove along Route Nationale 7 to the port.") == ["PLACE:Route Nationale 7"])
    }

    @Test func anAbbreviatedDirectionBeforeAPlaceIsPartOfIt() {
        #expect(EntitySpans.inBody("S. Korea's exports rose for a fifth month, while N. Korea's fell.")
            == ["PLACE:S. Korea", "PLACE:N. Korea"])
        // An initial before a surname stays a person's.
        #expect(EntitySpans.inBody("The report was written by S. Jaishankar Rao.").contains("PLACE:S. Jaishankar Rao") == false)
    }

    @Test func aFacilityAtAnUnknownNameMakesAPlace() {
        #expect(EntitySpans.inBody("Ships waited for days at the terminals at Batu Merah before the new port at Kelongan opened.")
            == ["PLACE:Batu Merah", "PLACE:Kelongan"])
        #expect(EntitySpans.inBody("The Batu Merah and Kelongan terminals closed last year.").contains("PLACE:Batu Merah"))
    }

    @Test func aPairOfKnownPlacesWithAHyphenIsTwoPlaces() {
        #expect(EntitySpans.inBody("The carriers cut calls on their Asia-Europe service last week.") == ["PLACE:Asia", "PLACE:Europe"])
    }

    @Test func oneUnknownWordIsAPlaceByItsContext() {
        #expect(EntitySpans.inBody("The firm is building a new smelter at Kelongan, far from the coast.") == ["PLACE:Kelongan"])
        #expect(EntitySpans.inBody("The runners passed along the Varnastrasse before the finish.") == ["PLACE:Varnastrasse"])
        #expect(EntitySpans.inBody("The old Varnek terminals closed last year.") == ["PLACE:Varnek"])
    }

    @Test func placeWordsEndLandmarks() {
        #expect(EntitySpans.inBody("Trains through the Severn Tunnel were cancelled, and the ferry to Kallo Point stopped.")
            == ["PLACE:Severn Tunnel", "PLACE:Kallo Point"])
    }

    @Test func aHeadlineCompoundEndsAnUnknownPlaceName() {
        let found = EntitySpans.inText("Valdora Mega-Port Opens as Traffic Grows\n\nThe port at Valdora opened on Monday.")
        #expect(found == ["PLACE:Valdora", "PLACE:Valdora"])
    }

    @Test func aShoutedPlaceMayStartWithATwoLetterWord() {
        #expect(EntitySpans.inText("LA PAZ (Reuters) - Talks resumed on Monday.") == ["PLACE:LA PAZ", "ORG:Reuters"])
        // A known acronym before shouted words is still read as written.
        #expect(EntitySpans.inText("Report\n\nUS TROOPS LEAVE BASE\n\nThe troops left on Monday.").contains("PLACE:US"))
    }

    @Test func aPlaceGluedToADirectionIsAPlace() {
        #expect(EntitySpans.inBody("Trains stopped at Lyon-Sud on Sunday. Buses left from Milan-Nord on Monday.")
            == ["PLACE:Lyon-Sud", "PLACE:Milan-Nord"])
    }

    @Test func aPlaceHeadNounAfterOneModifier() {
        #expect(EntitySpans.inBody("The plant stands on the Varela salt flat near the border.") == ["PLACE:Varela"])
        // Without "the" the word after a name may be a verb.
        #expect(EntitySpans.inBody("Later, Ana Ruiz told village elders to leave.") == ["PERSON:Ana Ruiz"])
    }

    @Test func aVolcanoOrAWayMakesUnknownWordsPlaces() {
        #expect(EntitySpans.inBody("Ash from the 2011 eruption of Hvannadal grounded flights.") == ["PLACE:Hvannadal"])
        #expect(EntitySpans.inBody("The road was closed between Skarvik and Holtavik after the flood.") == ["PLACE:Skarvik", "PLACE:Holtavik"])
        // Talks between two people are no way.
        #expect(EntitySpans.inBody("Talks between Ana Ruiz and Tom Becker ended on Monday.") == ["PERSON:Ana Ruiz", "PERSON:Tom Becker"])
    }

    @Test func aStateAbbreviationAfterACityIsAPlace() {
        #expect(EntitySpans.inBody("The storm hit Tampa, Fla., and Charleston, S.C., on Monday.")
            == ["PLACE:Tampa", "PLACE:Fla.", "PLACE:Charleston", "PLACE:S.C."])
        #expect(EntitySpans.inBody("She moved to Albany, N.Y. last year.") == ["PLACE:Albany", "PLACE:N.Y."])
    }
}

