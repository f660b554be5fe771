import Testing
@testable import Annotations

/// Where an organisation's name starts and ends, and what makes unknown words one: context nouns, a
/// country or nationality before a body, connectors, ampersands and company forms, acronyms, parties.
/// Every sentence is invented (see `EntitySpans`).
@Suite struct EntityOrganisationRuleTests {
    @Test func organisationContextTypesUnknownNames() {
        #expect(EntitySpans.inBody("The court ordered the dissolution of the opposition Kao Ren party on a charge of sedition.")
            == ["ORG:Kao Ren"])
        #expect(EntitySpans.inBody("A senior official of the Shin Lo security agency travelled to the capital for the talks.")
            == ["ORG:Shin Lo"])
        #expect(EntitySpans.inBody("\"Prices will keep rising,\" said an economist at Quanta Finanzas in the capital.")
            == ["ORG:Quanta Finanzas"])
    }

    @Test func unitedStatesBeforeABodyIsPartOfIt() {
        #expect(EntitySpans.inBody("The U.S. Geological Survey said the quake was shallow, and the U.S. Embassy told citizens to stay away from the coast.")
            == ["ORG:U.S. Geological Survey", "ORG:U.S. Embassy"])
        #expect(EntitySpans.inBody("Data from the U.S. National Snow and Ice Data Center showed a record low this summer.")
            == ["ORG:U.S. National Snow and Ice Data Center"])
        // Before a job title it stays a place.
        #expect(EntitySpans.inBody("The U.S. Secretary of State flew in for the talks on the ceasefire.") == ["PLACE:U.S."])
    }

    @Test func nationalityBeforeAGovernmentBodyStandsApart() {
        #expect(EntitySpans.inBody("Egyptian Foreign Ministry spokesman Omar Said said the talks would resume within a week.")
            == ["NORP:Egyptian", "ORG:Foreign Ministry", "PERSON:Omar Said"])
        // A proper name keeps its nationality word.
        #expect(EntitySpans.inBody("The Norwegian Polar Institute said the ice was thinner than it had been for years.")
            == ["ORG:Norwegian Polar Institute"])
        #expect(EntitySpans.inBody("The Serbian Orthodox Church and the European Commission both called for calm in the streets.")
            == ["ORG:Serbian Orthodox Church", "ORG:European Commission"])
    }

    @Test func connectorsInsideOrganisationNames() {
        #expect(EntitySpans.inBody("The figures came from the Instituto Nacional de Estadística y Censos and the Banco Central de la República Argentina.")
            == ["ORG:Instituto Nacional de Estadística y Censos", "ORG:Banco Central de la República Argentina"])
        #expect(EntitySpans.inBody("The Centers for Disease Control and Prevention said cases were rising in the state.")
            == ["ORG:Centers for Disease Control and Prevention"])
        #expect(EntitySpans.inBody("Lawmakers in the House of Representatives voted on the bill late on Tuesday night.")
            == ["ORG:House of Representatives"])
        #expect(EntitySpans.inBody("The speech angered the Swiss People's Party, whose leaders walked out of the hall.")
            == ["ORG:Swiss People's Party"])
        // A place before such a name belongs to it.
        #expect(EntitySpans.inBody("The Kenya Garment Makers and Exporters Association said orders had fallen sharply this year.")
            == ["ORG:Kenya Garment Makers and Exporters Association"])
        // A race is no body.
        #expect(!EntitySpans.inBody("He rode the Tour de France three times before he retired from the sport.").contains { $0.hasPrefix("ORG") })
    }

    @Test func aPlacePossessiveStartsNoOrganisationName() {
        #expect(EntitySpans.inBody("Officials from Turkey's Disaster and Emergency Management Authority said the search went on.")
            == ["PLACE:Turkey", "ORG:Disaster and Emergency Management Authority"])
    }

    @Test func ampersandsAndCompanyFormsMakeOneCompany() {
        #expect(EntitySpans.inBody("The engines were built by Halberd & Finch in a new plant.") == ["ORG:Halberd & Finch"])
        #expect(EntitySpans.inBody("Shares of Norvik Holdings Plc fell, while Tessaro AG rose.") == ["ORG:Norvik Holdings Plc", "ORG:Tessaro AG"])
    }

    @Test func acronymBeforeCommonWordsIsABody() {
        #expect(EntitySpans.inBody("Researchers at KTR Science agreed with the Justice Dept. on the risks of the new rule.")
            == ["ORG:KTR Science", "ORG:Justice Dept."])
    }

    @Test func acronymBeforeAWordIsABody() {
        #expect(EntitySpans.inBody("Reporters can write to the NSRA Pressroom for the full text.") == ["ORG:NSRA Pressroom"])
    }

    @Test func universityAfterAPlaceOnItsOwnLineIsOneBody() {
        #expect(EntitySpans.inBody("Kyoto University, Japan\n\nShe was honoured for her work.") == ["ORG:Kyoto University", "PLACE:Japan"])
    }

    @Test func nationalityBeforePartyNameIsTheParty() {
        #expect(EntitySpans.inBody("Welsh Labour and the Scottish Greens voted against the bill.") == ["ORG:Welsh Labour", "ORG:Scottish Greens"])
    }

    @Test func headlineWordsAfterAKnownNameAreNotPartOfIt() {
        let text = "Thai Court Dissolves Opposition Party Before IMF Review\n\nThe court in Bangkok ruled on a very long case on Monday."
        let found = EntitySpans.inText(text)
        #expect(found.contains("NORP:Thai"))
        #expect(found.contains("ORG:IMF"))
        #expect(!found.contains { $0.hasPrefix("ORG:Thai") || $0 == "ORG:IMF Review" })
    }

    @Test func aLineWithASentenceBreakIsNotAHeadline() {
        // Capital-heavy caption with a sentence break after a number: body text, so the full name stays.
        #expect(EntitySpans.inBody("FILE PHOTO: A flag flies outside the International Atomic Energy Agency in Vienna, Austria, March 4, 2024. REUTERS/Anna Berg")
            .contains("ORG:International Atomic Energy Agency"))
    }

    @Test func aPortfolioListedWithCommasIsOneBody() {
        #expect(EntitySpans.inBody("The Ministry of Agriculture, Fisheries and Food said the ban would stay in place.")
            == ["ORG:Ministry of Agriculture, Fisheries and Food"])
        #expect(EntitySpans.inBody("A letter from the Department of Water, Sanitation, and Forestry reached the council on Monday.")
            == ["ORG:Department of Water, Sanitation, and Forestry"])
        // Written in capitals on a letterhead line.
        #expect(EntitySpans.inText("Notice\n\nMINISTRY OF LANDS, HOUSING AND ENERGY\n\nThe office will close on Friday.")
            .contains("ORG:MINISTRY OF LANDS, HOUSING AND ENERGY"))
        // Places after the comma are a list of their own.
        #expect(EntitySpans.inBody("The Ministry of Health, Kenya and Uganda signed the plan.").contains("PLACE:Kenya"))
    }

    @Test func companyFormsAfterTheNameBelongToIt() {
        #expect(EntitySpans.inBody("The berths will be run by Orchid Marine Logistics Pte and its partner.")
            == ["ORG:Orchid Marine Logistics Pte"])
        #expect(EntitySpans.inBody("The builder, Nam Tha Power Co., Ltd., is owned by two families.")
            == ["ORG:Nam Tha Power Co., Ltd."])
        #expect(EntitySpans.inBody("Memory chips from Daewon Electronics Co. and KT nexora Inc. sold well this year.")
            == ["ORG:Daewon Electronics Co.", "ORG:KT nexora Inc."])
        // The rest of a Nordic company form starts no name of its own.
        #expect(EntitySpans.inBody("Halvorsen Pharma A/S and Nordic Tanker Shipping Co. signed the deal.")
            == ["ORG:Halvorsen Pharma A/S", "ORG:Nordic Tanker Shipping Co."])
    }

    @Test func aPossessiveInsideAnOfPhraseBelongsToTheBody() {
        #expect(EntitySpans.inBody("The file was sent to the Office of the Supreme People's Prosecutor for review.")
            == ["ORG:Office of the Supreme People's Prosecutor"])
    }

    @Test func aSeatOfLearningKeepsItsCity() {
        #expect(EntitySpans.inBody("She studied at Imperial College London before she moved abroad.") == ["ORG:Imperial College London"])
        // A city set apart by a comma is a place of its own.
        #expect(EntitySpans.inBody("He teaches at Kyoto University, Japan.") == ["ORG:Kyoto University", "PLACE:Japan"])
    }

    @Test func anUnknownWordWithARomanceConnectorBeforeACountryIsABody() {
        #expect(EntitySpans.inBody("The line is run by Energie du Laos, which owns half of the dam.") == ["ORG:Energie du Laos"])
        // A given name before the connector is a person's.
        #expect(EntitySpans.inBody("The museum honours Pedro de Mendoza, who founded the city.") == ["PERSON:Pedro de Mendoza"])
    }

    @Test func anEmployerAfterARoleAndAtIsABody() {
        #expect(EntitySpans.inBody("\"Rates will fall,\" said Ana Ruiz, an analyst at Varnell in Madrid.")
            == ["PERSON:Ana Ruiz", "ORG:Varnell", "PLACE:Madrid"])
    }

    @Test func twoSeatsOfLearningWithTheirCities() {
        #expect(EntitySpans.inBody("Students at Imperial College London and University College Galway joined the protest.")
            == ["ORG:Imperial College London", "ORG:University College Galway"])
    }

    @Test func aCompanyFormClosingANameMakesACompany() {
        #expect(EntitySpans.inBody("The contract went to Brasserie Nationale S.A. on Friday.") == ["ORG:Brasserie Nationale S.A."])
        #expect(EntitySpans.inBody("The mill was sold to Kaunas Timber UAB last year.") == ["ORG:Kaunas Timber UAB"])
        #expect(EntitySpans.inBody("The loan went to SIA Latgales Piens on Monday.") == ["ORG:SIA Latgales Piens"])
    }
}

