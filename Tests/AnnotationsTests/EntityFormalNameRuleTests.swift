import Testing
@testable import Annotations

/// Names the rules used to cut short or mistype: regions named by a direction and a continent, a
/// state's formal name, a body whose name holds a title word, police ranks, a place prefix that is
/// also a given name, and prizes. Every sentence is
/// invented (see `EntitySpans`).
@Suite struct EntityFormalNameRuleTests {
    @Test func aDirectionBeforeAContinentNamesARegion() {
        #expect(EntitySpans.inBody("Farmers in East Africa face a third failed rainy season.") == ["PLACE:East Africa"])
        #expect(EntitySpans.inBody("Prices rose across Southern Africa and Central Asia last year.")
            == ["PLACE:Southern Africa", "PLACE:Central Asia"])
        // A direction before a known country still stands apart ("eastern Aleppo" → "Aleppo").
        #expect(EntitySpans.inBody("Shelling hit East Aleppo overnight.") == ["PLACE:Aleppo"])
    }

    @Test func aStatesFormalNameIsOnePlace() {
        #expect(EntitySpans.inBody("He said the State of Israel would respond.") == ["PLACE:State of Israel"])
        #expect(EntitySpans.inBody("A delegation from the Kingdom of Saudi Arabia arrived on Monday.")
            == ["PLACE:Kingdom of Saudi Arabia"])
        // Inside a body's name it stays the body's.
        #expect(EntitySpans.inBody("The Government of the Republic of Namibia signed the accord.")
            == ["ORG:Government of the Republic of Namibia"])
    }

    @Test func aCommonTitleWordBeforeACueBelongsToTheBody() {
        #expect(EntitySpans.inBody("Officials said the International Labour Organization had warned of job losses.")
            == ["ORG:International Labour Organization"])
        // A title after a cue before a person still ends the body.
        #expect(EntitySpans.inBody("European Commission President Marta Vileka spoke first.")
            == ["ORG:European Commission", "PERSON:Marta Vileka"])
    }

    @Test func aPoliceRankIsATitleNotAnOrganisation() {
        #expect(EntitySpans.inBody("Deputy Commissioner of Police Tomas Reyel said the suspects had fled.") == ["PERSON:Tomas Reyel"])
        #expect(EntitySpans.inBody("The Inspector General of Police said ten people had died.") == [])
    }

    @Test func aPortfolioWordAloneIsNoTitle() {
        #expect(EntitySpans.inBody("The court struck down the Finance Act 2023 on Friday.") == [])
        #expect(EntitySpans.inBody("Lawmakers passed the Health Bill and the Trade Policy.") == [])
        // With a title word beside it, the portfolio still makes a title before a person.
        #expect(EntitySpans.inBody("Finance Minister Tobias Ndekwe presented the budget.") == ["PERSON:Tobias Ndekwe"])
        #expect(EntitySpans.inBody("Defence Chief Kamau Otieno spoke.") == ["PERSON:Kamau Otieno"])
    }

    @Test func aPlacePrefixThatIsAGivenNameStillNamesAPlace() {
        #expect(EntitySpans.inBody("Waste from the dam reached the Rio Verdaso within days.") == ["PLACE:Rio Verdaso"])
    }

    @Test func aPrizeIsNoEntity() {
        #expect(EntitySpans.inBody("She won the Nobel Peace Prize in 2021.") == [])
    }
}
