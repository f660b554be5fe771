import Testing
@testable import Annotations

/// Capitalised words that are no entities: market indexes, events, acronyms of things, and currency
/// codes glued to amounts.
/// Every sentence is invented (see `EntitySpans`).
@Suite struct EntityNonEntityRuleTests {
    @Test func marketIndexesAndNonEntityAcronymsAreNotMarked() {
        #expect(EntitySpans.inBody("The Merval index rose 3% in the morning, and the Merval closed higher still.") == [])
        #expect(EntitySpans.inBody("The agency said the MPs would vote at 10 a.m. ET after a long VAR review of the goal.") == [])
    }

    @Test func eventNamesAreNotEntities() {
        // The place inside an event's name is not marked either ("the Amsterdam Marathon").
        #expect(EntitySpans.inBody("He won the Singapore Grand Prix for the second time on a hot night.") == [])
        #expect(EntitySpans.inBody("They reached the final of the Africa Cup of Nations for the first time in years.") == [])
    }

    @Test func scanAcronymsAreNoEntities() {
        #expect(EntitySpans.inBody("Doctors ordered a PET scan for the patient.") == [])
    }

    @Test func currencyCodesGluedToAmountsAreNoEntities() {
        #expect(EntitySpans.inBody("Rice now sells for VND12,000 a kilo, up from INR40 last year.") == [])
    }

    @Test func wireAndPressReleaseLabelsAreNoEntities() {
        #expect(EntitySpans.inText("(LEAD) Exports rise again\n\nExports rose for a fifth month.") == [])
        #expect(EntitySpans.inText("MEDIA RELEASE\n\nThe port will open on Monday.\n\n-ENDS-") == [])
        #expect(EntitySpans.inBody("The port handled 4 million TEUs last year.") == [])
    }

    @Test func racesNamedAfterACityAreNoEntities() {
        #expect(EntitySpans.inBody("She won the Lisbon Marathon on Sunday.") == [])
    }

    @Test func languagesGluedToSpeakingAreNoNationalities() {
        #expect(EntitySpans.inBody("Schools in the French-speaking south stayed open.") == [])
    }

    @Test func shoutedFunctionWordsAreNoAcronyms() {
        #expect(EntitySpans.inText("Notice\n\nCOUNCIL APPROVES WATER PLAN IN NORTHERN TOWNS\n\nThe plan was approved.").contains("ORG:IN") == false)
    }

    @Test func aPhotoCreditLabelIsNoEntity() {
        #expect(EntitySpans.inBody("Marchers gathered in the square. (Pic: Ana Ruiz)") == ["PERSON:Ana Ruiz"])
    }

    @Test func currencyAbbreviationsBeforeAmountsAreNoEntities() {
        #expect(EntitySpans.inBody("The levy rose to Ksh 2,500 for each trader, and the permit to Rs. 450.") == [])
        #expect(EntitySpans.inBody("Each ticket costs Dh 50 and the loan was Tk 5 lakh.") == [])
    }

    @Test func airportCodesAreNoPlaces() {
        // Codes in capitals of big cities' airports came in with GeoNames' alternate names.
        #expect(!EntitySpans.inBody("Flights between AMD and ACC were cancelled on Monday.").contains { $0.hasPrefix("PLACE:") })
        #expect(!EntitySpans.inBody("The regulator fined AMS and AKL for the delay.").contains { $0.hasPrefix("PLACE:") })
    }

    @Test func englishWordsInALineOfCapitalsAreNoBodies() {
        let spans = EntitySpans.inText("RUGBY LEAGUE RESULTS AND STANDINGS\n\nLONDON, May 3 - Results of the weekend's matches.\n")
        #expect(!spans.contains("ORG:RESULTS") && !spans.contains("ORG:STANDINGS"))
        #expect(spans.contains("PLACE:LONDON"))
    }
}

